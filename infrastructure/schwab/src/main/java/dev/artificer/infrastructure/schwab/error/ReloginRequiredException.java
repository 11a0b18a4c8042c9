package dev.artificer.infrastructure.schwab.error;

/**
 * The stored Schwab login can no longer be used: no tokens are stored, the refresh token expired or was
 * refused, or Schwab rejected a freshly refreshed access token. Only a new browser login helps.
 */
public final class ReloginRequiredException extends SchwabApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why a new login is needed, without secrets
     */
    public ReloginRequiredException(String message) {
        super(message, null);
    }
}
