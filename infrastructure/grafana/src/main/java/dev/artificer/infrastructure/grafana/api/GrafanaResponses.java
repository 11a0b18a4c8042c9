package dev.artificer.infrastructure.grafana.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads Grafana's JSON answers; every shape violation becomes a {@link GrafanaResponseException} naming the call. */
final class GrafanaResponses {

    private static final int MAX_MESSAGE = 200;

    private final JsonMapper json = JsonMapper.builder().build();

    GrafanaHealth health(HttpResponse<String> response, String what) {
        JsonNode root = object(response, what);
        String database = text(root, "database");
        if (database.isEmpty()) {
            throw malformed(response, what, "it has no 'database' field");
        }
        return new GrafanaHealth(database, text(root, "version"), text(root, "commit"));
    }

    List<DashboardSummary> summaries(HttpResponse<String> response, String what) {
        JsonNode root = read(response, what);
        if (!root.isArray()) {
            throw malformed(response, what, "expected a JSON array");
        }
        List<DashboardSummary> summaries = new ArrayList<>();
        for (JsonNode hit : root) {
            summaries.add(new DashboardSummary(text(hit, "uid"), text(hit, "title"), text(hit, "url"), tags(hit),
                    text(hit, "folderUid"), text(hit, "folderTitle")));
        }
        return List.copyOf(summaries);
    }

    Dashboard dashboard(HttpResponse<String> response, String what) {
        JsonNode root = object(response, what);
        JsonNode model = root.path("dashboard");
        if (!model.isObject()) {
            throw malformed(response, what, "it has no 'dashboard' object");
        }
        JsonNode meta = root.path("meta");
        List<Panel> panels = new ArrayList<>();
        addPanels(model.path("panels"), panels);
        return new Dashboard(text(model, "uid"), text(model, "title"), model.path("version").asLong(0), tags(model),
                panels, text(meta, "url"), text(meta, "folderUid"), text(meta, "folderTitle"),
                meta.path("provisioned").asBoolean(false), json.writeValueAsString(model));
    }

    DataSource dataSource(HttpResponse<String> response, String what) {
        JsonNode root = object(response, what);
        return new DataSource(text(root, "uid"), text(root, "name"), text(root, "type"), text(root, "url"),
                text(root, "access"), root.path("isDefault").asBoolean(false), root.path("readOnly").asBoolean(false));
    }

    DataSourceHealth dataSourceHealth(HttpResponse<String> response, String what) {
        JsonNode root = object(response, what);
        String status = text(root, "status");
        if (status.isEmpty()) {
            throw malformed(response, what, "it has no 'status' field");
        }
        return new DataSourceHealth(status, text(root, "message"));
    }

    /**
     * A failure for a status the caller does not handle, with Grafana's own {@code message} when it gave one.
     */
    GrafanaResponseException unexpected(HttpResponse<String> response, String what) {
        String grafanaSays = grafanaMessage(response.body());
        return new GrafanaResponseException(what + ": Grafana answered HTTP " + response.statusCode()
                + (grafanaSays.isEmpty() ? "" : " (" + grafanaSays + ")"), response.statusCode(), null);
    }

    private void addPanels(JsonNode array, List<Panel> panels) {
        for (JsonNode panel : array) {
            panels.add(new Panel(panel.path("id").asInt(0), text(panel, "type"), text(panel, "title")));
            addPanels(panel.path("panels"), panels);
        }
    }

    private JsonNode object(HttpResponse<String> response, String what) {
        JsonNode root = read(response, what);
        if (!root.isObject()) {
            throw malformed(response, what, "expected a JSON object");
        }
        return root;
    }

    private JsonNode read(HttpResponse<String> response, String what) {
        try {
            return json.readTree(response.body());
        } catch (JacksonException notJson) {
            throw new GrafanaResponseException(what + ": Grafana's answer (HTTP " + response.statusCode()
                    + ") is not JSON (" + notJson.getOriginalMessage().lines().findFirst().orElse("") + ")",
                    response.statusCode(), notJson);
        }
    }

    private String grafanaMessage(String body) {
        try {
            String message = text(json.readTree(body), "message").replaceAll("\\s+", " ");
            return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "...";
        } catch (JacksonException notJson) {
            return "";
        }
    }

    private static GrafanaResponseException malformed(HttpResponse<String> response, String what, String problem) {
        return new GrafanaResponseException(what + ": Grafana's answer (HTTP " + response.statusCode()
                + ") is not the documented JSON: " + problem, response.statusCode(), null);
    }

    private static List<String> tags(JsonNode node) {
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(tag -> tags.add(tag.asString("")));
        return tags;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString("") : "";
    }
}
