package dev.artificer.infrastructure.grafana.compose;

import java.util.Optional;

/** A container could not publish its port because something else on the host already listens there. */
public final class PortInUseException extends DockerComposeException {

    private static final long serialVersionUID = 1L;

    /** The taken host address and port, or null when Docker did not say. */
    private final String address;

    /**
     * Creates the exception.
     *
     * @param message which command failed and which port is taken
     * @param address the taken host address and port as Docker reported it (e.g. {@code 127.0.0.1:3000}), or
     *                null when Docker's message did not say
     */
    public PortInUseException(String message, String address) {
        super(message, null);
        this.address = address;
    }

    /**
     * The taken host address and port.
     *
     * @return e.g. {@code 127.0.0.1:3000}, or empty when Docker's message did not name it
     */
    public Optional<String> address() {
        return Optional.ofNullable(address);
    }
}
