package dev.artificer.infrastructure.redis;

/** Redis could not be reached or refused a command; the message names the server, never a credential. */
public class RedisAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and where
     * @param cause   the client's exception
     */
    public RedisAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
