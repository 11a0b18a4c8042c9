package dev.artificer.infrastructure.schwab.error;

/**
 * The streamer answered code 11 SERVICE_NOT_AVAILABLE: the requested service cannot be used now (or not with
 * this login).
 */
public final class StreamerServiceUnavailableException extends StreamerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code    the streamer's response code
     * @param message one line: the command, the service and the streamer's message
     */
    public StreamerServiceUnavailableException(int code, String message) {
        super(code, message);
    }
}
