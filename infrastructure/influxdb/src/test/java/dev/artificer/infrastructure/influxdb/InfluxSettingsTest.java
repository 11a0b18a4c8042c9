package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InfluxSettingsTest {

    private static final String TOKEN = "tok-9b1e-very-secret";

    private static InfluxSettings.Builder valid() {
        return InfluxSettings.builder().token(TOKEN).org("acme").bucket("metrics");
    }

    @Test
    void defaultsAreLocalhostNanosecondsAndTheLibrarysBatching() {
        InfluxSettings settings = valid().build();

        assertThat(settings.url()).isEqualTo("http://localhost:8086");
        assertThat(settings.precision()).isEqualTo(TimestampPrecision.NANOSECONDS);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.batching()).isEqualTo(WriteBatching.builder().build());
    }

    @Test
    void toStringMasksTheToken() {
        String text = valid().url("https://influx.example:8086").build().toString();

        assertThat(text).doesNotContain(TOKEN).contains("token=****")
                .contains("https://influx.example:8086").contains("org=acme").contains("bucket=metrics");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void tokenIsRequired(String token) {
        assertThatThrownBy(() -> valid().token(token).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void orgIsRequired(String org) {
        assertThatThrownBy(() -> valid().org(org).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void bucketIsRequired(String bucket) {
        assertThatThrownBy(() -> valid().bucket(bucket).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucket");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8086", "ftp://host:21", "http://", "http://exa mple", "http:///path"})
    void urlMustBeHttpOrHttpsWithAHost(String url) {
        assertThatThrownBy(() -> valid().url(url).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url");
    }

    @Test
    void urlWithCredentialsIsRefusedWithoutRepeatingThem() {
        assertThatThrownBy(() -> valid().url("http://admin:hunter2@localhost:8086").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("credentials")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void urlWithQueryIsRefused() {
        assertThatThrownBy(() -> valid().url("http://localhost:8086?org=acme").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query");
    }

    @Test
    void httpsUrlWithPathIsAccepted() {
        assertThat(valid().url("https://influx.example/proxy").build().url()).isEqualTo("https://influx.example/proxy");
    }

    @Test
    void precisionIsRequired() {
        assertThatThrownBy(() -> valid().precision(null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("precision");
    }

    @Test
    void connectTimeoutMustBeAtLeastAMillisecond() {
        assertThatThrownBy(() -> valid().timeouts(Duration.ZERO, Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connect timeout");
    }

    @Test
    void responseTimeoutMustBeAtLeastAMillisecond() {
        assertThatThrownBy(() -> valid().timeouts(Duration.ofSeconds(1), Duration.ofNanos(5)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("response timeout");
    }

    @Test
    void batchingIsRequired() {
        assertThatThrownBy(() -> valid().batching(null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batching");
    }

    @Test
    void validationMessagesNeverShowTheToken() {
        assertThatThrownBy(() -> valid().url("nonsense").build()).hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> valid().org(null).build()).hasMessageNotContaining(TOKEN);
    }
}
