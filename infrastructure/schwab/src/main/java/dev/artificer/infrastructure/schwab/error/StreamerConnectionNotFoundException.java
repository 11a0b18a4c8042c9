package dev.artificer.infrastructure.schwab.error;

/**
 * The streamer answered code 20 STREAM_CONN_NOT_FOUND: it does not know this connection as logged in, e.g. a
 * command arrived before the LOGIN completed. The client reconnects and logs in again.
 */
public final class StreamerConnectionNotFoundException extends StreamerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code    the streamer's response code
     * @param message one line: the command, the service and the streamer's message
     */
    public StreamerConnectionNotFoundException(int code, String message) {
        super(code, message);
    }
}
