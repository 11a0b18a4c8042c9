package dev.artificer.infrastructure.grafana.compose;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code docker compose ps --format json}. Compose before 2.21 prints one JSON array; later versions
 * print one JSON object per line; no containers gives empty output (or {@code []}).
 */
final class ComposeStatusParser {

    private final JsonMapper json = JsonMapper.builder().build();

    List<ServiceStatus> parse(String output, String what) {
        String text = output.strip();
        List<ServiceStatus> statuses = new ArrayList<>();
        if (text.startsWith("[")) {
            for (JsonNode container : read(text, what)) {
                statuses.add(status(container, what));
            }
        } else {
            text.lines().filter(line -> !line.isBlank())
                    .forEach(line -> statuses.add(status(read(line, what), what)));
        }
        return List.copyOf(statuses);
    }

    private JsonNode read(String text, String what) {
        try {
            return json.readTree(text);
        } catch (JacksonException notJson) {
            throw new UnexpectedComposeOutputException(what + " printed something that is not JSON: "
                    + excerpt(text), notJson);
        }
    }

    private static ServiceStatus status(JsonNode container, String what) {
        String service = container.path("Service").asString("");
        if (!container.isObject() || service.isEmpty()) {
            throw new UnexpectedComposeOutputException(what + " printed a container without a service name: "
                    + excerpt(container.toString()), null);
        }
        return new ServiceStatus(service,
                container.path("Name").asString(""),
                ContainerState.fromDocker(container.path("State").asString(null)),
                ContainerHealth.fromDocker(container.path("Health").asString(null)),
                container.path("ExitCode").asInt(0),
                container.path("Status").asString(""));
    }

    private static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "...";
    }
}
