package dev.artificer.infrastructure.schwab.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class SchwabOAuthClientTest {

    private final SchwabOAuthClient oauth = new SchwabOAuthClient(
            new SchwabAppCredentials("app-key-123456", "app-secret", URI.create("https://127.0.0.1:8182/cb?x=1")),
            URI.create("https://api.schwabapi.com/v1/oauth/authorize"),
            URI.create("https://api.schwabapi.com/v1/oauth/token"),
            new SchwabHttp(SchwabHttpSettings.defaults()), Clock.systemUTC());

    @Test
    void buildsTheAuthorizeUrlWithClientIdRedirectUriResponseTypeAndState() {
        AuthorizationRequest request = oauth.authorizationRequest();

        assertThat(request.url().toString()).isEqualTo("https://api.schwabapi.com/v1/oauth/authorize"
                + "?client_id=app-key-123456"
                + "&redirect_uri=https%3A%2F%2F127.0.0.1%3A8182%2Fcb%3Fx%3D1"
                + "&response_type=code"
                + "&state=" + request.state());
    }

    @Test
    void drawsAFreshUnguessableStateForEveryLogin() {
        String first = oauth.authorizationRequest().state();
        String second = oauth.authorizationRequest().state();

        assertThat(first).isNotEqualTo(second).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void neverPutsTheSecretInTheAuthorizeUrl() {
        assertThat(oauth.authorizationRequest().url().toString()).doesNotContain("app-secret");
    }
}
