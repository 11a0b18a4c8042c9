package dev.artificer.infrastructure.schwab.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SchwabTokensTest {

    private static final Instant LOGIN = Instant.parse("2024-03-01T15:00:00Z");
    private static final SchwabTokens TOKENS = new SchwabTokens("access-1", LOGIN.plus(Duration.ofMinutes(30)),
            "refresh-1", LOGIN);

    @Test
    void accessTokenIsUsableUntilTheMarginBeforeExpiry() {
        assertThat(TOKENS.accessTokenUsableAt(LOGIN.plus(Duration.ofMinutes(24)), Duration.ofMinutes(5))).isTrue();
        assertThat(TOKENS.accessTokenUsableAt(LOGIN.plus(Duration.ofMinutes(25)), Duration.ofMinutes(5))).isFalse();
    }

    @Test
    void refreshTokenExpiresItsLifetimeAfterTheLogin() {
        assertThat(TOKENS.refreshTokenExpiresAt(Duration.ofDays(7))).isEqualTo(Instant.parse("2024-03-08T15:00:00Z"));
    }

    @Test
    void aRefreshKeepsTheLoginInstantAndTheRefreshTokenWhenNoneIsReturned() {
        SchwabTokens refreshed = TOKENS.refreshed("access-2", LOGIN.plus(Duration.ofHours(1)), null);

        assertThat(refreshed).isEqualTo(new SchwabTokens("access-2", LOGIN.plus(Duration.ofHours(1)), "refresh-1",
                LOGIN));
    }

    @Test
    void aRefreshTakesANewRefreshTokenButKeepsTheLoginInstant() {
        SchwabTokens refreshed = TOKENS.refreshed("access-2", LOGIN.plus(Duration.ofHours(1)), "refresh-2");

        assertThat(refreshed.refreshToken()).isEqualTo("refresh-2");
        assertThat(refreshed.refreshTokenIssuedAt()).isEqualTo(LOGIN);
    }

    @Test
    void rejectsABlankAccessToken() {
        assertThatThrownBy(() -> new SchwabTokens(" ", LOGIN, "refresh-1", LOGIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("access token must not be empty");
    }
}
