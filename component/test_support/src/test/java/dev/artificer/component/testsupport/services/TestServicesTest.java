package dev.artificer.component.testsupport.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class TestServicesTest {

    private static TestServices withoutDocker(Map<String, String> environment) {
        return new TestServices(environment, () -> false);
    }

    @Test
    void redisComesFromTheEnvironmentVariableFirst() {
        TestServices services = withoutDocker(Map.of("ARTIFICER_TEST_REDIS_URL", "redis://10.0.0.7:6380/15"));

        assertThat(services.redis()).isEqualTo(new RedisEndpoint("10.0.0.7", 6380, 15));
    }

    @Test
    void mysqlComesFromTheEnvironmentWithItsAccount() {
        TestServices services = withoutDocker(Map.of(
                "ARTIFICER_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/artificer_test",
                "ARTIFICER_TEST_MYSQL_USER", "artificer",
                "ARTIFICER_TEST_MYSQL_PASSWORD", "pw"));

        assertThat(services.mysql())
                .isEqualTo(new MysqlEndpoint("jdbc:mysql://127.0.0.1:3306/artificer_test", "artificer", "pw"));
    }

    @Test
    void missingServiceWithoutDockerSkipsTheTestWithAReason() {
        assertThatThrownBy(() -> withoutDocker(Map.of()).redis())
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("ARTIFICER_TEST_REDIS_URL");
    }

    @Test
    void missingRequiredServiceFailsTheTest() {
        TestServices services = withoutDocker(Map.of("ARTIFICER_REQUIRE_SERVICES", "redis, mysql"));

        assertThatThrownBy(services::mysql)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("requires mysql");
    }

    @Test
    void requirementListNamesServicesExactly() {
        TestServices services = withoutDocker(Map.of("ARTIFICER_REQUIRE_SERVICES", "redis"));

        assertThat(services.required(TestService.REDIS)).isTrue();
        assertThat(services.required(TestService.MYSQL)).isFalse();
    }

    @Test
    void influxdbComesFromTheEnvironmentWithTokenOrgAndBucket() {
        TestServices services = withoutDocker(Map.of("ARTIFICER_TEST_INFLUXDB_URL", "http://127.0.0.1:8086",
                "ARTIFICER_TEST_INFLUXDB_TOKEN", "tok", "ARTIFICER_TEST_INFLUXDB_BUCKET", "b1"));

        assertThat(services.influxdb()).isEqualTo(new InfluxEndpoint("http://127.0.0.1:8086", "tok", "artificer", "b1"));
        assertThat(services.influxdb().toString()).doesNotContain("tok,");
    }

    @Test
    void missingInfluxdbWithoutDockerSkipsNamingItsVariable() {
        assertThatThrownBy(() -> withoutDocker(Map.of()).influxdb())
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("ARTIFICER_TEST_INFLUXDB_URL");
    }

    @Test
    void redisUrlWithoutDatabaseUsesDatabaseZero() {
        assertThat(RedisEndpoint.parse("redis://localhost:6379")).isEqualTo(new RedisEndpoint("localhost", 6379, 0));
    }

    @Test
    void malformedRedisUrlIsRejectedWithTheUrl() {
        assertThatThrownBy(() -> RedisEndpoint.parse("http://localhost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://localhost");
    }

    @Test
    void mysqlEndpointNeverPrintsItsPassword() {
        assertThat(new MysqlEndpoint("jdbc:mysql://h/db", "u", "s3cret").toString()).doesNotContain("s3cret");
    }
}
