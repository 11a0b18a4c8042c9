package dev.artificer.infrastructure.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.infrastructure.grafana.api.GrafanaApi;
import dev.artificer.infrastructure.grafana.api.GrafanaHealth;
import dev.artificer.infrastructure.grafana.api.GrafanaSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The HTTP API against a real Grafana: the one {@code ARTIFICER_TEST_GRAFANA_URL} points at, else
 * {@code grafana/grafana:12.2.1} started through Testcontainers. Without either the test is skipped, unless
 * {@code ARTIFICER_REQUIRE_SERVICES} lists {@code grafana}: then it fails.
 */
class RealGrafanaIT {

    private static final String IMAGE = "grafana/grafana:12.2.1";
    private static final int GRAFANA_PORT = 3000;
    private static final String URL_VARIABLE = "ARTIFICER_TEST_GRAFANA_URL";
    private static final String REQUIRE_VARIABLE = "ARTIFICER_REQUIRE_SERVICES";

    private final Map<String, String> environment = System.getenv();

    @Test
    void realGrafanaBecomesReadyWithItsDatabaseOk() {
        String url = environment.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            assertThat(waitUntilReady(url).databaseOk()).isTrue();
            return;
        }
        requireDocker();
        try (GenericContainer<?> grafana = new GenericContainer<>(DockerImageName.parse(IMAGE))
                .withExposedPorts(GRAFANA_PORT)) {
            grafana.start();

            GrafanaHealth health = waitUntilReady("http://" + grafana.getHost() + ":"
                    + grafana.getMappedPort(GRAFANA_PORT));

            assertThat(health.databaseOk()).isTrue();
            assertThat(health.version()).isEqualTo("12.2.1");
        }
    }

    private static GrafanaHealth waitUntilReady(String url) {
        try (GrafanaApi api = new GrafanaApi(GrafanaSettings.builder().baseUrl(url)
                .readiness(Duration.ofMinutes(2), Duration.ofMillis(500)).build())) {
            return api.waitUntilReady();
        }
    }

    private void requireDocker() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return;
        }
        String reason = "no Grafana for this test: set " + URL_VARIABLE + " or run a Docker engine for "
                + "Testcontainers (" + IMAGE + ")";
        boolean required = Arrays.stream(environment.getOrDefault(REQUIRE_VARIABLE, "").split(","))
                .map(String::strip)
                .anyMatch("grafana"::equals);
        if (required) {
            Assertions.fail(reason + " (" + REQUIRE_VARIABLE + " requires grafana)");
        }
        Assumptions.abort(reason);
    }
}
