package dev.artificer.infrastructure.grafana;

import java.util.regex.Pattern;

/**
 * Which compose service runs Grafana, and the name of its container.
 *
 * @param service   the service name in the compose file, e.g. {@code grafana}
 * @param container the container name: the compose file's {@code container_name}, or compose's own
 *                  {@code PROJECT-SERVICE-1}; it picks the container when the service has several, and names the
 *                  expected container when there is none
 */
public record GrafanaContainer(String service, String container) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    /**
     * Validates the names.
     *
     * @throws IllegalArgumentException when a name is empty or has characters Docker does not allow
     */
    public GrafanaContainer {
        requireName("service", service);
        requireName("container", container);
    }

    /**
     * The service with the container name compose gives it by default, {@code PROJECT-SERVICE-1}.
     *
     * @param projectName the compose project name
     * @param service     the service name
     * @return the names
     */
    public static GrafanaContainer defaultNamed(String projectName, String service) {
        return new GrafanaContainer(service, projectName + "-" + service + "-1");
    }

    private static void requireName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("grafana " + what + " name must be letters, digits, '_', '.' or '-' "
                    + "(got '" + name + "')");
        }
    }
}
