package dev.artificer.infrastructure.schwab.error;

/**
 * A request is invalid: either the client rejected it before sending (for example an undocumented
 * price-history combination), or Schwab answered with a 4xx status other than 401 and 429.
 */
public final class InvalidRequestException extends SchwabApiException {

    private static final long serialVersionUID = 1L;

    /** Schwab's HTTP status, or 0 when the request was rejected before sending. */
    private final int status;

    /**
     * Creates the exception for a request rejected before it was sent.
     *
     * @param message what is wrong and what is allowed
     */
    public InvalidRequestException(String message) {
        this(message, 0);
    }

    /**
     * Creates the exception for a request Schwab refused.
     *
     * @param message what Schwab said, without secrets
     * @param status  Schwab's HTTP status
     */
    public InvalidRequestException(String message, int status) {
        super(message, null);
        this.status = status;
    }

    /**
     * Schwab's HTTP status, or 0 when the client rejected the request before sending it.
     *
     * @return the status
     */
    public int status() {
        return status;
    }
}
