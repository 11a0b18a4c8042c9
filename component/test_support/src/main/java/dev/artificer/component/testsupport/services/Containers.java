package dev.artificer.component.testsupport.services;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.InfluxDBContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Throwaway servers started through Testcontainers, one of each per test JVM, only where Docker runs. */
final class Containers {

    private static final String REDIS_IMAGE = "redis:7.4";
    private static final String MYSQL_IMAGE = "mysql:8.4";
    private static final String INFLUXDB_IMAGE = "influxdb:2.7";
    private static final String INFLUXDB_TOKEN = "artificer-test-token";

    private Containers() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static RedisEndpoint redis() {
        GenericContainer<?> redis = RedisHolder.CONTAINER;
        return new RedisEndpoint(redis.getHost(), redis.getMappedPort(6379), 0);
    }

    static MysqlEndpoint mysql() {
        MySQLContainer mysql = MysqlHolder.CONTAINER;
        return new MysqlEndpoint(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword());
    }

    static InfluxEndpoint influxdb() {
        InfluxDBContainer<?> influx = InfluxHolder.CONTAINER;
        return new InfluxEndpoint(influx.getUrl(), INFLUXDB_TOKEN, "artificer", "artificer-test");
    }

    private static final class InfluxHolder {
        @SuppressWarnings("resource")
        static final InfluxDBContainer<?> CONTAINER = new InfluxDBContainer<>(DockerImageName.parse(INFLUXDB_IMAGE))
                .withOrganization("artificer").withBucket("artificer-test").withAdminToken(INFLUXDB_TOKEN);

        static {
            CONTAINER.start();
        }
    }

    private static final class RedisHolder {
        @SuppressWarnings("resource")
        static final GenericContainer<?> CONTAINER =
                new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE)).withExposedPorts(6379);

        static {
            CONTAINER.start();
        }
    }

    private static final class MysqlHolder {
        @SuppressWarnings("resource")
        static final MySQLContainer CONTAINER = new MySQLContainer(DockerImageName.parse(MYSQL_IMAGE));

        static {
            CONTAINER.start();
        }
    }
}
