package dev.artificer.infrastructure.schwab.error;

/**
 * Base of every failure this client reports. Each subtype is one failure category a caller can act on; every
 * message is one line and never contains a secret (app secret, tokens or authorization codes).
 */
public abstract sealed class SchwabApiException extends RuntimeException
        permits ReloginRequiredException, RateLimitedException, InvalidRequestException, SchwabServerException,
        MalformedResponseException, SchwabTransportException, OrderRejectedException,
        AuthorizationCodeExpiredException, StreamerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line saying what failed, without secrets
     * @param cause   the underlying failure, or null
     */
    protected SchwabApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
