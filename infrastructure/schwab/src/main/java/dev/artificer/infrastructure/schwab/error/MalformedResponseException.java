package dev.artificer.infrastructure.schwab.error;

/** Schwab answered with a success status but a body that is not the documented JSON shape. */
public final class MalformedResponseException extends SchwabApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which response was malformed and how
     */
    public MalformedResponseException(String message) {
        super(message, null);
    }

    /**
     * Creates the exception with the parser's failure as cause; only for bodies that carry no secret.
     *
     * @param message which response was malformed and how
     * @param cause   the parser's exception
     */
    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
