package dev.artificer.infrastructure.schwab.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecretMaskingTest {

    @Test
    void tokensShowTheirInstantsButNeitherToken() {
        SchwabTokens tokens = new SchwabTokens("ACCESS-secret-1", Instant.parse("2024-03-01T15:00:00Z"),
                Instant.parse("2024-03-01T15:30:00Z"),
                "REFRESH-secret-2", Instant.parse("2024-03-01T15:00:00Z"));

        assertThat(tokens).hasToString("SchwabTokens[accessToken=****, accessTokenIssuedAt=2024-03-01T15:00:00Z, "
                + "accessTokenExpiresAt=2024-03-01T15:30:00Z, "
                + "refreshToken=****, refreshTokenIssuedAt=2024-03-01T15:00:00Z]");
    }

    @Test
    void credentialsShowTheCallbackButNeitherSecretNorWholeKey() {
        SchwabAppCredentials credentials = new SchwabAppCredentials("KEYabcdefghijklmnop", "SECRET-xyz",
                URI.create("https://127.0.0.1:8182"));

        assertThat(credentials.toString())
                .doesNotContain("SECRET-xyz", "KEYabcdefghijklmnop")
                .contains("appSecret=****", "appKey=KEYa…", "callbackUrl=https://127.0.0.1:8182");
    }

    @Test
    void aShortKeyIsMaskedWhole() {
        assertThat(new SchwabAppCredentials("KEY1", "s", URI.create("https://127.0.0.1")).toString())
                .contains("appKey=****").doesNotContain("KEY1");
    }
}
