package dev.artificer.component.testsupport.services;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real server an integration test should talk to: the one named by an environment variable
 * first, else a Testcontainers container when a Docker engine runs, else the test is skipped with the
 * reason. Services listed in {@code ARTIFICER_REQUIRE_SERVICES} (e.g. {@code redis,mysql}) turn that
 * skip into a failure, so CI never passes on a silently untested path.
 *
 * <p>The caller hands over the process environment as a map ({@code TestServices.from(environment)}): this library,
 * like every component, does not read it by itself.
 */
public final class TestServices {

    /** The variable listing the services that must be found. */
    public static final String REQUIRE_VARIABLE = "ARTIFICER_REQUIRE_SERVICES";

    private final Map<String, String> environment;
    private final BooleanSupplier dockerAvailable;

    TestServices(Map<String, String> environment, BooleanSupplier dockerAvailable) {
        this.environment = Map.copyOf(environment);
        this.dockerAvailable = dockerAvailable;
    }

    /**
     * A finder over the given environment.
     *
     * @param environment the process environment, as a map of variable names to values
     * @return the finder
     */
    public static TestServices from(Map<String, String> environment) {
        return new TestServices(environment, Containers::dockerAvailable);
    }

    /**
     * The Redis server to test against.
     *
     * @return its endpoint
     */
    public RedisEndpoint redis() {
        String url = configured(TestService.REDIS);
        if (url != null) {
            return RedisEndpoint.parse(url);
        }
        unavailable(TestService.REDIS);
        return Containers.redis();
    }

    /**
     * The MySQL or MariaDB database to test against.
     *
     * @return its endpoint
     */
    public MysqlEndpoint mysql() {
        String url = configured(TestService.MYSQL);
        if (url != null) {
            return new MysqlEndpoint(url,
                    environment.getOrDefault("ARTIFICER_TEST_MYSQL_USER", "root"),
                    environment.getOrDefault("ARTIFICER_TEST_MYSQL_PASSWORD", ""));
        }
        unavailable(TestService.MYSQL);
        return Containers.mysql();
    }

    /**
     * The InfluxDB 2 server to test against.
     *
     * @return its endpoint
     */
    public InfluxEndpoint influxdb() {
        String url = configured(TestService.INFLUXDB);
        if (url != null) {
            return new InfluxEndpoint(url, environment.getOrDefault("ARTIFICER_TEST_INFLUXDB_TOKEN", ""),
                    environment.getOrDefault("ARTIFICER_TEST_INFLUXDB_ORG", "artificer"),
                    environment.getOrDefault("ARTIFICER_TEST_INFLUXDB_BUCKET", "artificer-test"));
        }
        unavailable(TestService.INFLUXDB);
        return Containers.influxdb();
    }

    /**
     * Whether the named service must be found rather than skipped.
     *
     * @param service the service
     * @return true when {@code ARTIFICER_REQUIRE_SERVICES} lists it
     */
    public boolean required(TestService service) {
        String listed = environment.getOrDefault(REQUIRE_VARIABLE, "");
        Set<String> keys = Arrays.stream(listed.split(","))
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .collect(Collectors.toSet());
        return keys.contains(service.key());
    }

    private String configured(TestService service) {
        String url = environment.get(service.urlVariable());
        return url == null || url.isBlank() ? null : url;
    }

    private void unavailable(TestService service) {
        if (dockerAvailable.getAsBoolean()) {
            return;
        }
        String reason = "no " + service.key() + " for this test: set " + service.urlVariable()
                + " or run a Docker engine for Testcontainers";
        if (required(service)) {
            Assertions.fail(reason + " (" + REQUIRE_VARIABLE + " requires " + service.key() + ")");
        }
        Assumptions.abort(reason);
    }
}
