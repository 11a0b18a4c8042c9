package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SchwabEndpointsTest {

    @Test
    void productionUsesSchwabsDocumentedUrls() {
        assertThat(SchwabEndpoints.production()).isEqualTo(new SchwabEndpoints(
                URI.create("https://api.schwabapi.com/v1/oauth/authorize"),
                URI.create("https://api.schwabapi.com/v1/oauth/token"),
                URI.create("https://api.schwabapi.com/marketdata/v1"),
                URI.create("https://api.schwabapi.com/trader/v1")));
    }

    @Test
    void placesSchwabsPathsUnderAnotherRoot() {
        assertThat(SchwabEndpoints.under(URI.create("http://127.0.0.1:8765/"))).isEqualTo(new SchwabEndpoints(
                URI.create("http://127.0.0.1:8765/v1/oauth/authorize"),
                URI.create("http://127.0.0.1:8765/v1/oauth/token"),
                URI.create("http://127.0.0.1:8765/marketdata/v1"),
                URI.create("http://127.0.0.1:8765/trader/v1")));
    }
}
