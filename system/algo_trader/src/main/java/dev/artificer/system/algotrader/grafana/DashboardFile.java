package dev.artificer.system.algotrader.grafana;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One dashboard file of {@code system/algo_trader/grafana}, as Grafana provisions it.
 *
 * @param uid   the dashboard's stable uid
 * @param title its title
 * @param file  the JSON file
 */
public record DashboardFile(String uid, String title, Path file) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Reads every {@code *.json} file of a directory (not its subdirectories), sorted by file name.
     *
     * @param directory the dashboards directory
     * @return the dashboards
     * @throws GrafanaSetupException when the directory cannot be listed, a file is not JSON, has no uid or title,
     *                               or two files share a uid
     */
    public static List<DashboardFile> readAll(Path directory) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile).sorted(Comparator.comparing(Path::getFileName)).toList();
        } catch (IOException failure) {
            throw new GrafanaSetupException("cannot list the dashboards in " + directory + ": " + failure.getMessage(),
                    failure);
        }
        List<DashboardFile> dashboards = new ArrayList<>();
        for (Path file : files) {
            DashboardFile dashboard = read(file);
            dashboards.stream().filter(other -> other.uid().equals(dashboard.uid())).findFirst().ifPresent(other -> {
                throw new GrafanaSetupException("dashboards " + other.file().getFileName() + " and "
                        + file.getFileName() + " have the same uid '" + dashboard.uid() + "'");
            });
            dashboards.add(dashboard);
        }
        return List.copyOf(dashboards);
    }

    /**
     * Reads one dashboard file.
     *
     * @param file the JSON file
     * @return its uid and title
     * @throws GrafanaSetupException when the file is unreadable, not JSON, or has no uid or title
     */
    public static DashboardFile read(Path file) {
        JsonNode model;
        try {
            model = JSON.readTree(Files.readString(file));
        } catch (IOException | JacksonException failure) {
            throw new GrafanaSetupException("cannot read dashboard " + file + ": " + failure.getMessage(), failure);
        }
        String uid = model.path("uid").asString("");
        String title = model.path("title").asString("");
        if (uid.isBlank() || title.isBlank()) {
            throw new GrafanaSetupException("dashboard " + file + " has no uid or no title");
        }
        return new DashboardFile(uid, title, file);
    }

    /**
     * The dashboard for messages.
     *
     * @return e.g. {@code algo-trader-market (Market)}
     */
    public String describe() {
        return uid + " (" + title + ")";
    }
}
