package dev.artificer.infrastructure.schwab.http;

/**
 * Supplies bearer access tokens to {@link SchwabApiTransport} and refreshes them when Schwab rejects one.
 * Implemented by {@code SchwabTokenManager} over a caller's token store, or by the caller.
 */
public interface AccessTokenSource {

    /**
     * A current access token, refreshed beforehand if it is about to expire.
     *
     * @return the raw token, without {@code Bearer}
     */
    String accessToken();

    /**
     * Called once when Schwab answered HTTP 401 to a token: returns the token to retry with, refreshing it
     * unless another caller already replaced the rejected token.
     *
     * @param rejectedToken the token Schwab rejected
     * @return a different, freshly refreshed token
     */
    String refreshAfterRejection(String rejectedToken);
}
