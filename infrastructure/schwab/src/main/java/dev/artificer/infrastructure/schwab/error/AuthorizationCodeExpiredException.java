package dev.artificer.infrastructure.schwab.error;

/**
 * Schwab refused the authorization code of a browser login: it expired (a code works for about 30 seconds after
 * the login) or was used already. The stored login, if any, is untouched; only starting the login again helps.
 */
public final class AuthorizationCodeExpiredException extends SchwabApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what Schwab answered, without secrets
     */
    public AuthorizationCodeExpiredException(String message) {
        super(message, null);
    }
}
