package dev.artificer.infrastructure.schwab.error;

/** Schwab could not be reached (connection refused or reset, timeout, interruption) after every retry. */
public final class SchwabTransportException extends SchwabApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which request failed and why
     * @param cause   the I/O failure
     */
    public SchwabTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
