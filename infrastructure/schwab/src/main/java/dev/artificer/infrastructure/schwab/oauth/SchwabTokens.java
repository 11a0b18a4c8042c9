package dev.artificer.infrastructure.schwab.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The tokens of one Schwab login, as a {@link TokenStore} keeps them. {@link #toString()} masks both tokens.
 *
 * @param accessToken          the bearer access token (Schwab: valid 30 minutes)
 * @param accessTokenExpiresAt when the access token expires
 * @param refreshToken         the refresh token (Schwab: valid 7 days from the browser login)
 * @param refreshTokenIssuedAt when the browser login that produced the refresh token happened; refreshing the
 *                             access token does not move it
 */
public record SchwabTokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
                           Instant refreshTokenIssuedAt) {

    /**
     * Validates the tokens.
     *
     * @throws IllegalArgumentException when a token is blank
     * @throws NullPointerException     when an instant is missing
     */
    public SchwabTokens {
        requireText("access token", accessToken);
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
        requireText("refresh token", refreshToken);
        Objects.requireNonNull(refreshTokenIssuedAt, "refreshTokenIssuedAt");
    }

    /**
     * Whether the access token can still be used at a moment, keeping a safety margin before its expiry.
     *
     * @param moment the moment of use
     * @param margin how long before expiry the token counts as expired
     * @return true when {@code moment + margin} is before the expiry
     */
    public boolean accessTokenUsableAt(Instant moment, Duration margin) {
        return moment.plus(margin).isBefore(accessTokenExpiresAt);
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
     * @param expiresAt       its expiry
     * @param newRefreshToken the refresh token of the refresh answer, or null to keep the current one
     * @return the refreshed tokens
     */
    public SchwabTokens refreshed(String newAccessToken, Instant expiresAt, String newRefreshToken) {
        return new SchwabTokens(newAccessToken, expiresAt, newRefreshToken == null ? refreshToken : newRefreshToken,
                refreshTokenIssuedAt);
    }

    @Override
    public String toString() {
        return "SchwabTokens[accessToken=" + Secrets.mask(accessToken) + ", accessTokenExpiresAt=" + accessTokenExpiresAt
                + ", refreshToken=" + Secrets.mask(refreshToken) + ", refreshTokenIssuedAt=" + refreshTokenIssuedAt + "]";
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
