package dev.artificer.infrastructure.schwab.error;

/**
 * The streamer answered code 21 BAD_COMMAND_FORMAT: it could not read a request this client sent.
 */
public final class StreamerBadCommandException extends StreamerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code    the streamer's response code
     * @param message one line: the command, the service and the streamer's message
     */
    public StreamerBadCommandException(int code, String message) {
        super(code, message);
    }
}
