package dev.artificer.infrastructure.schwab.oauth;

import java.net.URI;
import java.util.Objects;

/**
 * A Schwab application's identity as registered on the developer portal. {@link #toString()} masks the
 * secret and most of the key.
 *
 * @param appKey      the app key, sent as OAuth {@code client_id}
 * @param appSecret   the app secret
 * @param callbackUrl the registered callback URL, matched by Schwab exactly (scheme, case, trailing slash)
 */
public record SchwabAppCredentials(String appKey, String appSecret, URI callbackUrl) {

    /**
     * Validates the credentials.
     *
     * @throws IllegalArgumentException when the key or secret is blank
     * @throws NullPointerException     when the callback URL is missing
     */
    public SchwabAppCredentials {
        if (appKey == null || appKey.isBlank()) {
            throw new IllegalArgumentException("Schwab app key must not be empty");
        }
        if (appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException("Schwab app secret must not be empty");
        }
        Objects.requireNonNull(callbackUrl, "callbackUrl");
    }

    @Override
    public String toString() {
        String keyStart = appKey.length() > 8 ? appKey.substring(0, 4) + "…" : "****";
        return "SchwabAppCredentials[appKey=" + keyStart + ", appSecret=" + Secrets.mask(appSecret)
                + ", callbackUrl=" + callbackUrl + "]";
    }
}
