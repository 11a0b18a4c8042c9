package dev.artificer.system.algotrader.auth;

/** Stored tokens cannot be read or written; the message says what to do and never contains a token. */
public class TokenStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line for the user
     */
    public TokenStorageException(String message) {
        super(message);
    }
}
