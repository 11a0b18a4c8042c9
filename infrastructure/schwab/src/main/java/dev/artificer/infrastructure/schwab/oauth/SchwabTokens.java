package dev.artificer.infrastructure.schwab.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The tokens of one Schwab login, as a {@link TokenStore} keeps them. {@link #toString()} masks both tokens.
 *
 * @param accessToken          the bearer access token (Schwab: valid 30 minutes)
 * @param accessTokenIssuedAt  when the access token was requested; with the expiry it gives the token's lifetime
 * @param accessTokenExpiresAt when the access token expires
 * @param refreshToken         the refresh token (Schwab: valid 7 days from the browser login)
 * @param refreshTokenIssuedAt when the browser login that produced the refresh token happened; refreshing the
 *                             access token does not move it
 */
public record SchwabTokens(String accessToken, Instant accessTokenIssuedAt, Instant accessTokenExpiresAt,
                           String refreshToken, Instant refreshTokenIssuedAt) {

    /** The largest share of an access token's lifetime that the refresh margin may take. */
    public static final double MAX_MARGIN_SHARE = 0.5;

    /**
     * Validates the tokens.
     *
     * @throws IllegalArgumentException when a token is blank, or the access token expires before it was issued
     * @throws NullPointerException     when an instant is missing
     */
    public SchwabTokens {
        requireText("access token", accessToken);
        Objects.requireNonNull(accessTokenIssuedAt, "accessTokenIssuedAt");
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
        if (accessTokenExpiresAt.isBefore(accessTokenIssuedAt)) {
            throw new IllegalArgumentException("access token expires at " + accessTokenExpiresAt
                    + ", before it was issued at " + accessTokenIssuedAt);
        }
        requireText("refresh token", refreshToken);
        Objects.requireNonNull(refreshTokenIssuedAt, "refreshTokenIssuedAt");
    }

    /**
     * Whether the access token can still be used at a moment, keeping a safety margin before its expiry. The margin
     * takes at most half the token's lifetime ({@link #MAX_MARGIN_SHARE}), so a token that lives shorter than the
     * margin is still used for a while after each refresh instead of being refreshed on every call.
     *
     * @param moment the moment of use
     * @param margin how long before expiry the token counts as expired, at most
     * @return true when the moment is before {@link #refreshDueAt(Duration)}
     */
    public boolean accessTokenUsableAt(Instant moment, Duration margin) {
        return moment.isBefore(refreshDueAt(margin));
    }

    /**
     * When the access token should be refreshed: the margin before its expiry, the margin capped at half the
     * token's lifetime.
     *
     * @param margin the wanted margin
     * @return the expiry minus the capped margin
     */
    public Instant refreshDueAt(Duration margin) {
        Duration lifetime = Duration.between(accessTokenIssuedAt, accessTokenExpiresAt);
        Duration cap = Duration.ofNanos((long) (lifetime.toNanos() * MAX_MARGIN_SHARE));
        return accessTokenExpiresAt.minus(margin.compareTo(cap) > 0 ? cap : margin);
    }

    /**
     * When the refresh token stops working, given its lifetime.
     *
     * @param lifetime the refresh-token lifetime (Schwab: 7 days)
     * @return the issue instant plus the lifetime
     */
    public Instant refreshTokenExpiresAt(Duration lifetime) {
        return refreshTokenIssuedAt.plus(lifetime);
    }

    /**
     * These tokens after a refresh: a new access token, and the refresh token Schwab returned (or the old one),
     * with the original refresh-token issue instant.
     *
     * @param newAccessToken  the refreshed access token
     * @param issuedAt        when it was requested
     * @param expiresAt       its expiry
     * @param newRefreshToken the refresh token of the refresh answer, or null to keep the current one
     * @return the refreshed tokens
     */
    public SchwabTokens refreshed(String newAccessToken, Instant issuedAt, Instant expiresAt, String newRefreshToken) {
        return new SchwabTokens(newAccessToken, issuedAt, expiresAt,
                newRefreshToken == null ? refreshToken : newRefreshToken, refreshTokenIssuedAt);
    }

    @Override
    public String toString() {
        return "SchwabTokens[accessToken=" + Secrets.mask(accessToken) + ", accessTokenIssuedAt=" + accessTokenIssuedAt
                + ", accessTokenExpiresAt=" + accessTokenExpiresAt
                + ", refreshToken=" + Secrets.mask(refreshToken) + ", refreshTokenIssuedAt=" + refreshTokenIssuedAt + "]";
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
