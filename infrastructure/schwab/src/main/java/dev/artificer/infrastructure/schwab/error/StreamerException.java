package dev.artificer.infrastructure.schwab.error;

/**
 * A failure the Schwab streamer reported with a response code; each subtype is one code (or range of codes) a
 * caller can act on. Reported to the stream's listener rather than thrown, since the stream runs on its own.
 */
public abstract sealed class StreamerException extends SchwabApiException
        permits StreamerLoginDeniedException, StreamerServiceUnavailableException,
        StreamerConnectionTakenOverException, StreamerSymbolLimitException, StreamerConnectionNotFoundException,
        StreamerBadCommandException, StreamerCommandFailedException {

    private static final long serialVersionUID = 1L;

    private final int code;

    /**
     * Creates the exception.
     *
     * @param code    the streamer's response code
     * @param message one line saying what failed, without secrets
     */
    protected StreamerException(int code, String message) {
        super(message, null);
        this.code = code;
    }

    /**
     * The streamer's response code.
     *
     * @return e.g. 12 for CLOSE_CONNECTION
     */
    public int code() {
        return code;
    }
}
