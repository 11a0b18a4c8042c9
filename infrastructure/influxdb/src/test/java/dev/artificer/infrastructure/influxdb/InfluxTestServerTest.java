package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.influxdb.InfluxTestServer.Endpoint;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class InfluxTestServerTest {

    private static final Endpoint CONTAINER = new Endpoint("http://container:8086", "c-token", "org", "bucket");

    private static InfluxTestServer finder(Map<String, String> environment, boolean docker) {
        return new InfluxTestServer(environment, () -> docker, () -> CONTAINER);
    }

    @Test
    void configuredServerComesFirstWithDefaultOrgAndBucket() {
        Endpoint endpoint = finder(Map.of("ARTIFICER_TEST_INFLUXDB_URL", "http://127.0.0.1:8086",
                "ARTIFICER_TEST_INFLUXDB_TOKEN", "t"), true).endpoint();

        assertThat(endpoint).isEqualTo(new Endpoint("http://127.0.0.1:8086", "t", "artificer", "artificer-test"));
    }

    @Test
    void configuredOrgAndBucketAreUsed() {
        Endpoint endpoint = finder(Map.of("ARTIFICER_TEST_INFLUXDB_URL", "http://127.0.0.1:8086",
                "ARTIFICER_TEST_INFLUXDB_TOKEN", "t", "ARTIFICER_TEST_INFLUXDB_ORG", "o",
                "ARTIFICER_TEST_INFLUXDB_BUCKET", "b"), false).endpoint();

        assertThat(endpoint.org()).isEqualTo("o");
        assertThat(endpoint.bucket()).isEqualTo("b");
    }

    @Test
    void configuredUrlWithoutTokenFails() {
        assertThatThrownBy(() -> finder(Map.of("ARTIFICER_TEST_INFLUXDB_URL", "http://127.0.0.1:8086"), true)
                .endpoint())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("ARTIFICER_TEST_INFLUXDB_TOKEN");
    }

    @Test
    void containerIsUsedWhenNothingIsConfiguredAndDockerRuns() {
        assertThat(finder(Map.of(), true).endpoint()).isSameAs(CONTAINER);
    }

    @Test
    void withoutServerOrDockerTheTestIsSkippedWithTheReason() {
        assertThatThrownBy(() -> finder(Map.of(), false).endpoint())
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("ARTIFICER_TEST_INFLUXDB_URL")
                .hasMessageContaining("Docker");
    }

    @Test
    void withoutServerOrDockerARequiredInfluxFails() {
        assertThatThrownBy(() -> finder(Map.of("ARTIFICER_REQUIRE_SERVICES", "redis, influxdb"), false).endpoint())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("ARTIFICER_REQUIRE_SERVICES requires influxdb");
    }

    @Test
    void otherRequiredServicesDoNotRequireInflux() {
        assertThatThrownBy(() -> finder(Map.of("ARTIFICER_REQUIRE_SERVICES", "redis,mysql,influxdb2"), false)
                .endpoint())
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void endpointNeverPrintsItsToken() {
        assertThat(new Endpoint("http://h:1", "s3cr3t", "o", "b").toString()).doesNotContain("s3cr3t");
    }
}
