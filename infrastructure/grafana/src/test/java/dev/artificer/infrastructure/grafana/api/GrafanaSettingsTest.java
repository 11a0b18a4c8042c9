package dev.artificer.infrastructure.grafana.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class GrafanaSettingsTest {

    @Test
    void defaultsReachALocalGrafanaAnonymously() {
        GrafanaSettings settings = GrafanaSettings.builder().build();

        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://localhost:3000"));
        assertThat(settings.authorization()).isNull();
    }

    @Test
    void trailingSlashOfTheBaseUrlIsDropped() {
        assertThat(GrafanaSettings.builder().baseUrl("http://host/grafana/").build().baseUrl())
                .isEqualTo(URI.create("http://host/grafana"));
    }

    @Test
    void toStringMasksThePassword() {
        String text = GrafanaSettings.builder().basicAuth("admin", "hunter2").build().toString();

        assertThat(text).contains("basic admin:****").doesNotContain("hunter2");
    }

    @Test
    void toStringMasksTheToken() {
        String text = GrafanaSettings.builder().token("glsa_secret_token").build().toString();

        assertThat(text).contains("token ****").doesNotContain("glsa_secret_token");
    }

    @Test
    void credentialsInTheBaseUrlAreRejectedWithoutQuotingThem() {
        assertThatThrownBy(() -> GrafanaSettings.builder().baseUrl("http://admin:hunter2@localhost:3000").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://****@localhost:3000")
                .message().doesNotContain("hunter2");
    }

    @Test
    void baseUrlMustBeHttpOrHttps() {
        assertThatThrownBy(() -> GrafanaSettings.builder().baseUrl("ftp://localhost:3000").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http(s)");
    }

    @Test
    void basicAuthAndTokenTogetherAreRejected() {
        assertThatThrownBy(() -> GrafanaSettings.builder().basicAuth("admin", "pw").token("t").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void userWithoutPasswordIsRejected() {
        assertThatThrownBy(() -> GrafanaSettings.builder().basicAuth("admin", " ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both a user and a password");
    }
}
