package dev.artificer.infrastructure.schwab.error;

/**
 * The streamer answered code 19 REACHED_SYMBOL_LIMIT: a subscription would exceed the symbols allowed on one
 * connection.
 */
public final class StreamerSymbolLimitException extends StreamerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code    the streamer's response code
     * @param message one line: the command, the service and the streamer's message
     */
    public StreamerSymbolLimitException(int code, String message) {
        super(code, message);
    }
}
