package dev.artificer.infrastructure.grafana.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code docker compose -f FILE -p PROJECT ...} for one compose project: start, stop and restart services,
 * read their status and logs. Each call runs one process through {@link ProcessBuilder} (no shell) and maps a
 * failure to the {@link DockerComposeException} of its category. Stateless and thread-safe.
 */
public final class DockerCompose {

    private static final Logger LOG = LoggerFactory.getLogger(DockerCompose.class);
    private static final Pattern SERVICE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final ComposeSettings settings;
    private final ProcessRunner runner = new ProcessRunner();
    private final ComposeStatusParser statusParser = new ComposeStatusParser();

    /**
     * Creates the runner; nothing is run until the first call.
     *
     * @param settings the docker executable, compose file, project name and timeouts
     */
    public DockerCompose(ComposeSettings settings) {
        this.settings = settings;
    }

    /**
     * Creates and starts the services in the background: {@code up -d SERVICE...}.
     *
     * @param services the services; none means every service of the compose file
     * @throws IllegalArgumentException when a service name is not a valid compose service name
     * @throws DockerComposeException   of the failure's category
     */
    public void up(String... services) {
        run(arguments(List.of("up", "-d"), services));
    }

    /**
     * Stops the services' containers without removing them: {@code stop SERVICE...}.
     *
     * @param services the services; none means every service
     * @throws DockerComposeException of the failure's category
     */
    public void stop(String... services) {
        run(arguments(List.of("stop"), services));
    }

    /**
     * Restarts the services' containers: {@code restart SERVICE...}.
     *
     * @param services the services; none means every service
     * @throws DockerComposeException of the failure's category
     */
    public void restart(String... services) {
        run(arguments(List.of("restart"), services));
    }

    /**
     * The status of every container of the project, stopped ones included: {@code ps --all --format json}.
     *
     * @return one status per container, in Docker's order; empty when the project has none
     * @throws DockerComposeException of the failure's category
     */
    public List<ServiceStatus> status() {
        List<String> arguments = List.of("ps", "--all", "--format", "json");
        return statusParser.parse(run(arguments).stdout(), describe(arguments));
    }

    /**
     * The status of the named services: every container of each, or one {@link ContainerState#ABSENT} entry for a
     * service that has none.
     *
     * @param services the services, in the order wanted
     * @return the statuses, grouped by service in that order
     * @throws DockerComposeException of the failure's category
     */
    public List<ServiceStatus> status(String... services) {
        List<ServiceStatus> all = status();
        List<ServiceStatus> wanted = new ArrayList<>();
        for (String service : services) {
            List<ServiceStatus> containers = all.stream().filter(status -> status.service().equals(service)).toList();
            wanted.addAll(containers.isEmpty() ? List.of(ServiceStatus.absent(service, null)) : containers);
        }
        return List.copyOf(wanted);
    }

    /**
     * The last lines each of the service's containers logged: {@code logs --no-color --tail N SERVICE}.
     *
     * @param service   the service
     * @param tailLines how many lines, at least 1
     * @return the log text as compose prints it (each line prefixed with the container name)
     * @throws DockerComposeException of the failure's category
     */
    public String logs(String service, int tailLines) {
        if (tailLines < 1) {
            throw new IllegalArgumentException("tail lines must be 1 or more (got " + tailLines + ")");
        }
        return run(List.of("logs", "--no-color", "--tail", Integer.toString(tailLines), requireService(service)))
                .stdout();
    }

    /**
     * The settings this runner was built with.
     *
     * @return the settings
     */
    public ComposeSettings settings() {
        return settings;
    }

    private CommandResult run(List<String> arguments) {
        String what = describe(arguments);
        List<String> command = new ArrayList<>(List.of(settings.dockerExecutable(), "compose",
                "-f", settings.composeFile().toString(), "-p", settings.projectName()));
        command.addAll(arguments);
        LOG.debug("running {}", command);
        CommandResult result = runner.run(command, settings.environment(), settings.commandTimeout(), what);
        LOG.debug("{} exited with {}", what, result.exitCode());
        if (result.exitCode() != 0) {
            throw ComposeFailures.classify(what, result, settings.stderrTailLines());
        }
        return result;
    }

    private String describe(List<String> arguments) {
        return "docker compose " + String.join(" ", arguments) + " (project " + settings.projectName() + ")";
    }

    private static List<String> arguments(List<String> command, String... services) {
        List<String> arguments = new ArrayList<>(command);
        Arrays.stream(services).map(DockerCompose::requireService).forEach(arguments::add);
        return arguments;
    }

    private static String requireService(String service) {
        if (service == null || !SERVICE_NAME.matcher(service).matches()) {
            throw new IllegalArgumentException("a compose service name is letters, digits, '_', '.' or '-', starting "
                    + "with a letter or digit (got '" + service + "')");
        }
        return service;
    }
}
