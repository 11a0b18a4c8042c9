package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.AuthorizationCodeExpiredException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.oauth.AuthorizationRequest;
import dev.artificer.infrastructure.schwab.oauth.SchwabAppCredentials;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.Recorded;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The browser login, code exchange and refresh against the stand-in's OAuth endpoints. */
class OAuthLoginIT {

    private StandInSchwab schwab;
    private InMemoryTokenStore store;
    private SchwabClient client;

    @BeforeEach
    void startStandIn() throws IOException {
        schwab = StandInSchwab.start();
        store = new InMemoryTokenStore();
        client = schwab.client(store, StandInSchwab.fastSettings());
    }

    @AfterEach
    void stopStandIn() {
        schwab.close();
    }

    @Test
    void theBrowserLoginDeliversTokensToTheStore() throws Exception {
        AuthorizationRequest login = client.tokens().startLogin();
        String redirect = browserRedirectFrom(login.url());

        SchwabTokens tokens = client.tokens().completeLogin(redirect, login.state());

        assertThat(redirect).startsWith(StandInSchwab.CALLBACK + "?code=").contains("%40&session=");
        assertThat(store.current()).isEqualTo(tokens);
        assertThat(schwab.codeGrants()).isEqualTo(1);
        assertThat(tokens.accessTokenExpiresAt()).isAfter(tokens.refreshTokenIssuedAt().plus(Duration.ofMinutes(29)));
    }

    @Test
    void theCodeIsExchangedWithBasicAuthAndAFormBody() throws Exception {
        AuthorizationRequest login = client.tokens().startLogin();
        client.tokens().completeLogin(browserRedirectFrom(login.url()), login.state());

        Recorded exchange = schwab.lastRequest(StandInSchwab.TOKEN);
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (StandInSchwab.APP_KEY + ":" + StandInSchwab.APP_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(exchange.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(exchange.form()).containsEntry("grant_type", "authorization_code")
                .containsEntry("redirect_uri", StandInSchwab.CALLBACK.toString());
        assertThat(exchange.form().get("code")).endsWith("@");
    }

    @Test
    void theLoggedInClientCanCallMarketData() throws Exception {
        AuthorizationRequest login = client.tokens().startLogin();
        client.tokens().completeLogin(browserRedirectFrom(login.url()), login.state());

        assertThat(client.marketData().quotes(List.of("AAPL")).quote("AAPL")).isPresent();
    }

    @Test
    void aUsedCodeAsksToStartTheLoginAgain() throws Exception {
        AuthorizationRequest login = client.tokens().startLogin();
        String redirect = browserRedirectFrom(login.url());
        client.tokens().completeLogin(redirect, login.state());

        assertThatThrownBy(() -> client.tokens().completeLogin(redirect, login.state()))
                .isInstanceOf(AuthorizationCodeExpiredException.class)
                .hasMessageStartingWith("the code expired: start the login again (Schwab refused the authorization "
                        + "code with HTTP 400 invalid_grant");
    }

    @Test
    void aCodePastedAfterItExpiredIsReportedAsExpiredAndKeepsTheStoredLogin() throws Exception {
        AuthorizationRequest first = client.tokens().startLogin();
        SchwabTokens stored = client.tokens().completeLogin(browserRedirectFrom(first.url()), first.state());
        schwab.expireCodesAfter(Duration.ofMillis(50));
        AuthorizationRequest login = client.tokens().startLogin();
        String redirect = browserRedirectFrom(login.url());
        Thread.sleep(100);

        assertThatThrownBy(() -> client.tokens().completeLogin(redirect, login.state()))
                .isInstanceOf(AuthorizationCodeExpiredException.class)
                .hasMessage("the code expired: start the login again (Schwab refused the authorization code with "
                        + "HTTP 400 invalid_grant; a code works once, within about 30 seconds of the login)");
        assertThat(client.tokens().refreshTokenExpiresAt()).isEqualTo(stored.refreshTokenExpiresAt(Duration.ofDays(7)));
    }

    @Test
    void aRefreshReplacesTheAccessTokenAndKeepsTheLoginInstant() throws Exception {
        AuthorizationRequest login = client.tokens().startLogin();
        SchwabTokens before = client.tokens().completeLogin(browserRedirectFrom(login.url()), login.state());

        SchwabTokens after = client.tokens().refreshNow();

        assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
        assertThat(after.refreshTokenIssuedAt()).isEqualTo(before.refreshTokenIssuedAt());
        assertThat(store.current()).isEqualTo(after);
        assertThat(schwab.lastRequest(StandInSchwab.TOKEN).form())
                .containsEntry("grant_type", "refresh_token")
                .containsEntry("refresh_token", before.refreshToken());
    }

    @Test
    void aRevokedRefreshTokenAsksForANewLogin() throws Exception {
        AuthorizationRequest login = client.tokens().startLogin();
        client.tokens().completeLogin(browserRedirectFrom(login.url()), login.state());
        schwab.revokeRefreshToken();

        assertThatThrownBy(() -> client.tokens().refreshNow())
                .isInstanceOf(ReloginRequiredException.class)
                .hasMessageContaining("HTTP 400 refresh_token_authentication_error");
    }

    @Test
    void aWrongAppSecretAsksForANewLogin() throws Exception {
        SchwabClient wrongSecret = SchwabClient.builder()
                .credentials(new SchwabAppCredentials(StandInSchwab.APP_KEY, "not-the-secret", StandInSchwab.CALLBACK))
                .endpoints(schwab.endpoints())
                .tokenStore(store)
                .httpSettings(StandInSchwab.fastSettings())
                .build();
        AuthorizationRequest login = wrongSecret.tokens().startLogin();
        String redirect = browserRedirectFrom(login.url());

        assertThatThrownBy(() -> wrongSecret.tokens().completeLogin(redirect, login.state()))
                .isInstanceOf(ReloginRequiredException.class)
                .hasMessageContaining("HTTP 401 invalid_client");
    }

    private static String browserRedirectFrom(URI authorizeUrl) throws IOException, InterruptedException {
        return StandInSchwab.browserRedirect(authorizeUrl);
    }
}
