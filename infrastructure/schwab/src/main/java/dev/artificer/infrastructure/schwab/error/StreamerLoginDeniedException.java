package dev.artificer.infrastructure.schwab.error;

/**
 * The streamer refused the LOGIN (code 3) even with a freshly refreshed access token, as many times in a row
 * as the settings allow.
 */
public final class StreamerLoginDeniedException extends StreamerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code    the streamer's response code
     * @param message one line: the command, the service and the streamer's message
     */
    public StreamerLoginDeniedException(int code, String message) {
        super(code, message);
    }
}
