package dev.artificer.system.algotrader.grafana;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the Grafana files are in the Artificer repository: {@code docker-compose.yml} at the root and the
 * dashboards (and their provisioning) in {@code system/algo_trader/grafana}.
 *
 * @param root the repository root
 */
public record RepositoryLayout(Path root) {

    /** The compose file, relative to the root. */
    public static final String COMPOSE_FILE = "docker-compose.yml";
    /** The dashboards directory, relative to the root. */
    public static final Path DASHBOARDS = Path.of("system", "algo_trader", "grafana");

    /**
     * Finds the repository from a directory inside it: the nearest directory, going up, that holds the compose file
     * and the dashboards directory.
     *
     * @param start where to start, e.g. the working directory
     * @return the layout
     * @throws GrafanaSetupException when no directory above holds both
     */
    public static RepositoryLayout discover(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(COMPOSE_FILE)) && Files.isDirectory(dir.resolve(DASHBOARDS))) {
                return new RepositoryLayout(dir);
            }
        }
        throw new GrafanaSetupException("cannot find " + COMPOSE_FILE + " and " + DASHBOARDS + " in " + start
                .toAbsolutePath() + " or above: run this command from inside the Artificer repository");
    }

    /**
     * The compose file.
     *
     * @return {@code ROOT/docker-compose.yml}
     */
    public Path composeFile() {
        return root.resolve(COMPOSE_FILE);
    }

    /**
     * The dashboards directory.
     *
     * @return {@code ROOT/system/algo_trader/grafana}
     */
    public Path dashboards() {
        return root.resolve(DASHBOARDS);
    }
}
