package dev.artificer.infrastructure.grafana.compose;

/** The docker executable runs, but it has no Compose plugin: {@code docker compose} is not a command. */
public final class ComposePluginMissingException extends DockerComposeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which command failed and how to fix it
     */
    public ComposePluginMissingException(String message) {
        super(message, null);
    }
}
