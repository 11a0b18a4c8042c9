package dev.artificer.infrastructure.schwab.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Decisions the manager takes from the stored tokens alone; the token endpoint is never reached here. */
class SchwabTokenManagerTest {

    private static final Instant NOW = Instant.parse("2024-03-08T14:00:00Z");
    private static final Instant LOGIN = Instant.parse("2024-03-01T15:00:00Z");

    private final AtomicReference<SchwabTokens> stored = new AtomicReference<>();
    private final SchwabTokenManager manager = new SchwabTokenManager(
            new SchwabOAuthClient(new SchwabAppCredentials("key-123456789", "secret", URI.create("https://127.0.0.1")),
                    URI.create("http://127.0.0.1:9/v1/oauth/authorize"), URI.create("http://127.0.0.1:9/v1/oauth/token"),
                    new SchwabHttp(SchwabHttpSettings.defaults()), Clock.fixed(NOW, ZoneOffset.UTC)),
            new TokenStore() {
                @Override
                public Optional<SchwabTokens> load() {
                    return Optional.ofNullable(stored.get());
                }

                @Override
                public void save(SchwabTokens tokens) {
                    stored.set(tokens);
                }
            },
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5), Duration.ofDays(7));

    @Test
    void asksForALoginWhenNoTokensAreStored() {
        assertThatThrownBy(manager::accessToken)
                .isInstanceOf(ReloginRequiredException.class)
                .hasMessage("no Schwab tokens are stored: log in to Schwab through the browser first");
    }

    @Test
    void handsOutAStoredAccessTokenThatIsStillUsable() {
        stored.set(new SchwabTokens("access-1", NOW.minus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(20)), "refresh-1", LOGIN));

        assertThat(manager.accessToken()).isEqualTo("access-1");
    }

    @Test
    void handsOutAShortLivedTokenWithoutARefreshForHalfItsLife() {
        stored.set(new SchwabTokens("access-1", NOW.minus(Duration.ofSeconds(59)), NOW.plus(Duration.ofSeconds(61)),
                "refresh-1", LOGIN));

        assertThat(manager.accessToken()).as("2-minute token, 59 s old, margin 5 minutes capped at 60 s")
                .isEqualTo("access-1");
    }

    @Test
    void asksForALoginWhenTheRefreshTokenOutlivedItsLifetime() {
        Instant longAgo = NOW.minus(Duration.ofDays(7));
        stored.set(new SchwabTokens("access-1", NOW.minus(Duration.ofMinutes(31)), NOW.minus(Duration.ofMinutes(1)), "refresh-1", longAgo));

        assertThatThrownBy(manager::accessToken)
                .isInstanceOf(ReloginRequiredException.class)
                .hasMessageContaining("the Schwab refresh token expired at " + NOW);
    }

    @Test
    void doesNotRefreshWhenAnotherCallerAlreadyReplacedTheRejectedToken() {
        stored.set(new SchwabTokens("access-2", NOW, NOW.plus(Duration.ofMinutes(30)), "refresh-1", LOGIN));

        assertThat(manager.refreshAfterRejection("access-1")).isEqualTo("access-2");
    }

    @Test
    void reportsWhenTheRefreshTokenExpires() {
        stored.set(new SchwabTokens("access-1", NOW.minus(Duration.ofMinutes(30)), NOW, "refresh-1", LOGIN));

        assertThat(manager.refreshTokenExpiresAt()).isEqualTo(Instant.parse("2024-03-08T15:00:00Z"));
    }
}
