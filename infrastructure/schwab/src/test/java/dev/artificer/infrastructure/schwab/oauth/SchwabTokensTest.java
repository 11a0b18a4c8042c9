package dev.artificer.infrastructure.schwab.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchwabTokensTest {

    private static final Instant LOGIN = Instant.parse("2024-03-01T15:00:00Z");
    private static final SchwabTokens TOKENS = new SchwabTokens("access-1", LOGIN, LOGIN.plus(Duration.ofMinutes(30)),
            "refresh-1", LOGIN);

    @Test
    void accessTokenIsUsableUntilTheMarginBeforeExpiry() {
        assertThat(TOKENS.accessTokenUsableAt(LOGIN.plus(Duration.ofMinutes(24)), Duration.ofMinutes(5))).isTrue();
        assertThat(TOKENS.accessTokenUsableAt(LOGIN.plus(Duration.ofMinutes(25)), Duration.ofMinutes(5))).isFalse();
    }

    @ParameterizedTest(name = "a token of {0} s with a margin of {1} s is due {2} s after its issue")
    @CsvSource({
        "1800, 300, 1500",   // Schwab's 30 minutes: the full 5-minute margin
        "600,  300, 300",    // 10 minutes: half the life is exactly the margin
        "120,  300, 60",     // 2 minutes, shorter than the margin: due at half its life
        "1,    300, 0.5",    // 1 second: still used for half a second
        "1800, 0,   1800"    // no margin: due at expiry
    })
    void theMarginTakesAtMostHalfTheTokensLifetime(long lifetimeSeconds, long marginSeconds, double dueSeconds) {
        Instant issued = LOGIN.plusSeconds(3_600);
        SchwabTokens tokens = new SchwabTokens("access-1", issued, issued.plusSeconds(lifetimeSeconds), "refresh-1",
                LOGIN);
        Instant due = issued.plusMillis(Math.round(dueSeconds * 1_000));

        assertThat(tokens.refreshDueAt(Duration.ofSeconds(marginSeconds))).isEqualTo(due);
        assertThat(tokens.accessTokenUsableAt(due.minusMillis(1), Duration.ofSeconds(marginSeconds))).isTrue();
        assertThat(tokens.accessTokenUsableAt(due, Duration.ofSeconds(marginSeconds))).isFalse();
    }

    @Test
    void rejectsATokenThatExpiresBeforeItWasIssued() {
        assertThatThrownBy(() -> new SchwabTokens("access-1", LOGIN, LOGIN.minusSeconds(1), "refresh-1", LOGIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("access token expires at 2024-03-01T14:59:59Z, before it was issued at 2024-03-01T15:00:00Z");
    }

    @Test
    void refreshTokenExpiresItsLifetimeAfterTheLogin() {
        assertThat(TOKENS.refreshTokenExpiresAt(Duration.ofDays(7))).isEqualTo(Instant.parse("2024-03-08T15:00:00Z"));
    }

    @Test
    void aRefreshKeepsTheLoginInstantAndTheRefreshTokenWhenNoneIsReturned() {
        SchwabTokens refreshed = TOKENS.refreshed("access-2", LOGIN.plus(Duration.ofMinutes(30)),
                LOGIN.plus(Duration.ofHours(1)), null);

        assertThat(refreshed).isEqualTo(new SchwabTokens("access-2", LOGIN.plus(Duration.ofMinutes(30)),
                LOGIN.plus(Duration.ofHours(1)), "refresh-1", LOGIN));
    }

    @Test
    void aRefreshTakesANewRefreshTokenButKeepsTheLoginInstant() {
        SchwabTokens refreshed = TOKENS.refreshed("access-2", LOGIN.plus(Duration.ofMinutes(30)),
                LOGIN.plus(Duration.ofHours(1)), "refresh-2");

        assertThat(refreshed.refreshToken()).isEqualTo("refresh-2");
        assertThat(refreshed.refreshTokenIssuedAt()).isEqualTo(LOGIN);
    }

    @Test
    void rejectsABlankAccessToken() {
        assertThatThrownBy(() -> new SchwabTokens(" ", LOGIN, LOGIN, "refresh-1", LOGIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("access token must not be empty");
    }
}
