package dev.artificer.system.algotrader.adapters.influx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.testsupport.services.InfluxEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import dev.artificer.infrastructure.influxdb.BaseInfluxClient;
import dev.artificer.infrastructure.influxdb.InfluxSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The InfluxDB bar adapter against a real InfluxDB 2.7: from {@code ARTIFICER_TEST_INFLUXDB_URL}, else a
 * Testcontainers {@code influxdb:2.7} where a Docker engine runs, else skipped with the reason.
 */
class InfluxBarRepositoryContainerIT {

    private static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");

    private BaseInfluxClient influx;
    private Symbol symbol;

    @BeforeEach
    void connect() {
        InfluxEndpoint endpoint = TestServices.from(System.getenv()).influxdb();
        influx = new BaseInfluxClient(InfluxSettings.builder().url(endpoint.url()).token(endpoint.token())
                .org(endpoint.org()).bucket(endpoint.bucket()).build());
        symbol = Symbol.of("T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', 'X'));
    }

    @AfterEach
    void close() {
        if (influx != null) {
            influx.close();
        }
    }

    private Bar bar(int minute, double close) {
        return new Bar(symbol, Timeframe.ONE_MINUTE, T0.plus(Duration.ofMinutes(minute)), close, close + 1, close - 1,
                close, 100 + minute);
    }

    @Test
    void writtenBarsReadBackInOrder() {
        InfluxBarRepository bars = new InfluxBarRepository(influx);
        bars.save(List.of(bar(1, 11), bar(0, 10), bar(2, 12)), "test");

        assertThat(bars.range(symbol, Timeframe.ONE_MINUTE, T0, T0.plus(Duration.ofMinutes(3))))
                .extracting(Bar::close).containsExactly(10.0, 11.0, 12.0);
    }

    @Test
    void writingTheSameBarTwiceLeavesOnePoint() {
        InfluxBarRepository bars = new InfluxBarRepository(influx);
        bars.save(List.of(bar(0, 10)), "test");
        bars.save(List.of(bar(0, 10.5)), "test");

        assertThat(bars.range(symbol, Timeframe.ONE_MINUTE, T0, T0.plus(Duration.ofMinutes(1))))
                .singleElement().satisfies(only -> assertThat(only.close()).isEqualTo(10.5));
    }

    @Test
    void latestIsTheNewestBar() {
        InfluxBarRepository bars = new InfluxBarRepository(influx);
        bars.save(List.of(bar(0, 10), bar(5, 15)), "test");

        assertThat(bars.latest(symbol, Timeframe.ONE_MINUTE)).hasValueSatisfying(bar -> assertThat(bar.close()).isEqualTo(15.0));
    }
}
