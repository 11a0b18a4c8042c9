package dev.artificer.infrastructure.schwab.error;

/**
 * The streamer answered one of codes 22 to 25 (FAILED_COMMAND_SUBS, _UNSUBS, _ADD, _VIEW): a subscription
 * command was not carried out.
 */
public final class StreamerCommandFailedException extends StreamerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code    the streamer's response code
     * @param message one line: the command, the service and the streamer's message
     */
    public StreamerCommandFailedException(int code, String message) {
        super(code, message);
    }
}
