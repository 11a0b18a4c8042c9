package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.oauth.SchwabAppCredentials;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import dev.artificer.infrastructure.schwab.oauth.TokenStore;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchwabClientTest {

    private static final TokenStore EMPTY_STORE = new TokenStore() {
        @Override
        public Optional<SchwabTokens> load() {
            return Optional.empty();
        }

        @Override
        public void save(SchwabTokens tokens) {
            throw new AssertionError("nothing is saved while building");
        }
    };

    @Test
    void refusesToBuildWithoutATokenStore() {
        assertThatThrownBy(() -> SchwabClient.builder()
                .credentials(new SchwabAppCredentials("key-123456789", "secret", URI.create("https://127.0.0.1")))
                .endpoints(SchwabEndpoints.production())
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a Schwab client needs its token store");
    }

    @Test
    void buildsFromCredentialsEndpointsAndStore() {
        SchwabClient client = SchwabClient.builder()
                .credentials(new SchwabAppCredentials("key-123456789", "secret", URI.create("https://127.0.0.1")))
                .endpoints(SchwabEndpoints.production())
                .tokenStore(EMPTY_STORE)
                .build();

        assertThat(client.tokens().startLogin().url().toString())
                .startsWith("https://api.schwabapi.com/v1/oauth/authorize?client_id=key-123456789");
        assertThat(client.marketData()).isNotNull();
    }
}
