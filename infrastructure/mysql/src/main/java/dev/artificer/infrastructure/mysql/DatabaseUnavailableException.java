package dev.artificer.infrastructure.mysql;

/** The database could not be reached or refused the account; the message names the URL, never the password. */
public class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and where
     * @param cause   the driver's or pool's exception
     */
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
