package dev.artificer.infrastructure.schwab.error;

/**
 * The streamer closed this connection with code 12 CLOSE_CONNECTION: another connection of the same user took
 * over (Schwab allows one per user). The client does not reconnect, so the two never steal the connection
 * back and forth.
 */
public final class StreamerConnectionTakenOverException extends StreamerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code    the streamer's response code
     * @param message one line: the command, the service and the streamer's message
     */
    public StreamerConnectionTakenOverException(int code, String message) {
        super(code, message);
    }
}
