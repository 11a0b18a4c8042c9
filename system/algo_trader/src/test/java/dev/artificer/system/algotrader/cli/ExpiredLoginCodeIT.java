package dev.artificer.system.algotrader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import dev.artificer.infrastructure.schwab.oauth.AuthorizationRequest;
import dev.artificer.infrastructure.schwab.oauth.SchwabOAuthClient;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokenManager;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.system.algotrader.adapters.file.FileTokenStore;
import dev.artificer.system.algotrader.auth.RefreshLock;
import dev.artificer.system.algotrader.auth.SchwabSession;
import dev.artificer.system.algotrader.auth.TokenCipher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A login whose redirect URL is pasted after the code expired, against the stand-in Schwab: the line the auth
 * command prints says the code expired and to start the login again, not that a login or refresh was refused.
 */
class ExpiredLoginCodeIT {

    @TempDir
    Path home;

    private StandInSchwab schwab;

    @BeforeEach
    void start() throws Exception {
        schwab = StandInSchwab.start();
    }

    @AfterEach
    void stop() {
        schwab.close();
    }

    @Test
    void aCodePastedAfterItExpiredIsReportedAsExpired() throws Exception {
        FileTokenStore storage = new FileTokenStore(home.resolve("tokens.json"), TokenCipher.forKey(""));
        SchwabHttp http = new SchwabHttp(StandInSchwab.fastSettings());
        SchwabTokenManager tokens = new SchwabTokenManager(new SchwabOAuthClient(StandInSchwab.credentials(),
                schwab.endpoints().authorize(), schwab.endpoints().token(), http, Clock.systemUTC()), storage,
                Clock.systemUTC(), Duration.ofMinutes(5), SchwabSession.REFRESH_TOKEN_LIFETIME);
        SchwabSession session = new SchwabSession(tokens, storage, RefreshLock.singleProcess(), Clock.systemUTC(),
                Duration.ofMinutes(5), Duration.ofDays(6), new SimpleMeterRegistry());
        schwab.expireCodesAfter(Duration.ofMillis(50));
        AuthorizationRequest login = session.startLogin();
        String pasted = StandInSchwab.browserRedirect(login.url());
        Thread.sleep(100);

        Throwable failure = catchThrowable(() -> session.completeLogin(pasted, login.state()));

        assertThat(UserMessages.of(failure)).isEqualTo("the code expired: start the login again (Schwab refused the "
                + "authorization code with HTTP 400 invalid_grant; a code works once, within about 30 seconds of the "
                + "login): run `java -jar system/algo-trader.jar auth login`");
        assertThat(session.status().loggedIn()).isFalse();
    }
}
