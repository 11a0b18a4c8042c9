package dev.artificer.infrastructure.influxdb;

import dev.artificer.component.testsupport.services.TestServices;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.InfluxDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Finds the real InfluxDB 2 server an integration test should use: the one named by
 * {@code ARTIFICER_TEST_INFLUXDB_URL} and {@code ARTIFICER_TEST_INFLUXDB_TOKEN} (with optional
 * {@code ..._ORG} and {@code ..._BUCKET}), else an {@code influxdb:2.7} container when a Docker engine runs, else
 * the test is skipped with the reason; when {@code ARTIFICER_REQUIRE_SERVICES} lists {@code influxdb}, that
 * skip is a failure instead. The caller hands over the environment.
 */
final class InfluxTestServer {

    static final String SERVICE = "influxdb";
    static final String URL_VARIABLE = "ARTIFICER_TEST_INFLUXDB_URL";
    static final String TOKEN_VARIABLE = "ARTIFICER_TEST_INFLUXDB_TOKEN";
    static final String ORG_VARIABLE = "ARTIFICER_TEST_INFLUXDB_ORG";
    static final String BUCKET_VARIABLE = "ARTIFICER_TEST_INFLUXDB_BUCKET";

    private static final String IMAGE = "influxdb:2.7";
    private static final String ORG = "artificer";
    private static final String BUCKET = "artificer-test";

    /**
     * Where the server is and how to use it; the token is never printed.
     *
     * @param url    base URL
     * @param token  an API token allowed to write and read the bucket
     * @param org    organization
     * @param bucket a bucket the test may write to freely
     */
    record Endpoint(String url, String token, String org, String bucket) {

        @Override
        public String toString() {
            return "Endpoint[url=" + url + ", token=****, org=" + org + ", bucket=" + bucket + "]";
        }
    }

    private final Map<String, String> environment;
    private final BooleanSupplier dockerAvailable;
    private final Supplier<Endpoint> container;

    InfluxTestServer(Map<String, String> environment, BooleanSupplier dockerAvailable, Supplier<Endpoint> container) {
        this.environment = Map.copyOf(environment);
        this.dockerAvailable = dockerAvailable;
        this.container = container;
    }

    static InfluxTestServer from(Map<String, String> environment) {
        return new InfluxTestServer(environment, () -> DockerClientFactory.instance().isDockerAvailable(),
                () -> ContainerHolder.ENDPOINT);
    }

    Endpoint endpoint() {
        String url = variable(URL_VARIABLE);
        if (url != null) {
            String token = variable(TOKEN_VARIABLE);
            if (token == null) {
                Assertions.fail(URL_VARIABLE + " is set but " + TOKEN_VARIABLE + " is not");
            }
            return new Endpoint(url, token, orDefault(ORG_VARIABLE, ORG), orDefault(BUCKET_VARIABLE, BUCKET));
        }
        if (dockerAvailable.getAsBoolean()) {
            return container.get();
        }
        String reason = "no influxdb for this test: set " + URL_VARIABLE + " and " + TOKEN_VARIABLE
                + " or run a Docker engine for Testcontainers (" + IMAGE + ")";
        if (required()) {
            Assertions.fail(reason + " (" + TestServices.REQUIRE_VARIABLE + " requires " + SERVICE + ")");
        }
        Assumptions.abort(reason);
        return null;
    }

    boolean required() {
        return Arrays.stream(environment.getOrDefault(TestServices.REQUIRE_VARIABLE, "").split(","))
                .map(String::strip)
                .anyMatch(SERVICE::equals);
    }

    private String variable(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String orDefault(String name, String fallback) {
        String value = variable(name);
        return value == null ? fallback : value;
    }

    /** One container per test JVM, started on first use, in InfluxDB's setup mode. */
    private static final class ContainerHolder {
        private static final String ADMIN_TOKEN = "artificer-it-admin-token";

        @SuppressWarnings({"resource", "rawtypes"})
        private static final InfluxDBContainer CONTAINER = new InfluxDBContainer<>(DockerImageName.parse(IMAGE))
                .withUsername("artificer")
                .withPassword("artificer-it-password")
                .withOrganization(ORG)
                .withBucket(BUCKET)
                .withAdminToken(ADMIN_TOKEN);

        static final Endpoint ENDPOINT;

        static {
            CONTAINER.start();
            ENDPOINT = new Endpoint(CONTAINER.getUrl(), ADMIN_TOKEN, ORG, BUCKET);
        }
    }
}
