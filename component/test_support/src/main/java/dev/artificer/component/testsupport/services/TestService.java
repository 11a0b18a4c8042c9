package dev.artificer.component.testsupport.services;

/** The real services integration tests may need, with the environment variable that points at each. */
public enum TestService {
    /** Redis, as {@code ARTIFICER_TEST_REDIS_URL=redis://host:port/db}. */
    REDIS("redis", "ARTIFICER_TEST_REDIS_URL"),
    /** MySQL or MariaDB, as {@code ARTIFICER_TEST_MYSQL_URL=jdbc:mysql://host:port/db} plus user and password. */
    MYSQL("mysql", "ARTIFICER_TEST_MYSQL_URL"),
    /** InfluxDB 2, as {@code ARTIFICER_TEST_INFLUXDB_URL=http://host:port} plus token, org and bucket. */
    INFLUXDB("influxdb", "ARTIFICER_TEST_INFLUXDB_URL");

    private final String key;
    private final String urlVariable;

    TestService(String key, String urlVariable) {
        this.key = key;
        this.urlVariable = urlVariable;
    }

    /**
     * The name used in {@code ARTIFICER_REQUIRE_SERVICES}.
     *
     * @return e.g. {@code redis}
     */
    public String key() {
        return key;
    }

    /**
     * The environment variable that points at an existing server.
     *
     * @return e.g. {@code ARTIFICER_TEST_REDIS_URL}
     */
    public String urlVariable() {
        return urlVariable;
    }
}
