package dev.artificer.infrastructure.schwab.error;

/**
 * A request was throttled beyond what the client retries: Schwab kept answering HTTP 429, or the client-side
 * rate limiter gave no permit within its maximum wait.
 */
public final class RateLimitedException extends SchwabApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which request was throttled and for how long it was retried
     */
    public RateLimitedException(String message) {
        super(message, null);
    }
}
