package dev.artificer.system.algotrader.adapters.callback;

/** The local login callback could not be received; the message says what to do instead. */
public class CallbackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line for the user
     */
    public CallbackException(String message) {
        super(message);
    }
}
