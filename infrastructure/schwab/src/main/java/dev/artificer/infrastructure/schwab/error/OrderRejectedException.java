package dev.artificer.infrastructure.schwab.error;

/**
 * Schwab refused an order request (place, cancel or replace) with a 4xx status other than 401 and 429, for
 * example an order that fails its validation or a cancel of a filled order. Carries Schwab's own words.
 */
public final class OrderRejectedException extends SchwabApiException {

    private static final long serialVersionUID = 1L;

    /** Schwab's HTTP status. */
    private final int status;
    /** Schwab's message and errors, one line, or empty. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param message which request was refused and why, without secrets
     * @param status  Schwab's HTTP status
     * @param reason  Schwab's message and errors as one line, or empty when it gave none
     */
    public OrderRejectedException(String message, int status, String reason) {
        super(message, null);
        this.status = status;
        this.reason = reason;
    }

    /**
     * Schwab's HTTP status.
     *
     * @return a 4xx status
     */
    public int status() {
        return status;
    }

    /**
     * Schwab's message and errors, joined into one line, e.g. {@code A validation error occurred: Insufficient
     * buying power}.
     *
     * @return the reason, or an empty string when Schwab gave none
     */
    public String reason() {
        return reason;
    }
}
