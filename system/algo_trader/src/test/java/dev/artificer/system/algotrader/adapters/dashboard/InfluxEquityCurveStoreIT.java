package dev.artificer.system.algotrader.adapters.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.artificer.infrastructure.influxdb.BaseInfluxClient;
import dev.artificer.infrastructure.influxdb.InfluxSettings;
import dev.artificer.infrastructure.influxdb.TimestampPrecision;
import dev.artificer.component.backtest.EquityCurve;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The backtest equity curve adapter over real HTTP against a local server playing InfluxDB 2's write API: the exact
 * line protocol the Grafana backtest dashboard reads.
 */
class InfluxEquityCurveStoreIT {

    private static final Instant T0 = Instant.parse("2026-01-05T05:00:00Z");

    private HttpServer server;
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private BaseInfluxClient influx;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/write", exchange -> {
            writes.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        influx = new BaseInfluxClient(InfluxSettings.builder().url("http://127.0.0.1:" + server.getAddress().getPort())
                .token("test-token").org("artificer").bucket("market").precision(TimestampPrecision.SECONDS).build());
    }

    @AfterEach
    void stop() {
        influx.close();
        server.stop(0);
    }

    /** Equity 100, 120, 90: drawdown 0, 0, (120 - 90) / 120 = 0.25. */
    @Test
    void eachPointCarriesTheRunStrategyAndSymbolsWithEquityAndDrawdown() {
        EquityCurve curve = EquityCurve.of(new Instant[] {T0, T0.plusSeconds(86_400), T0.plusSeconds(172_800)},
                new double[] {100, 120, 90}, new double[3]);

        int written = new InfluxEquityCurveStore(influx).write(7, "sma-cross", "AAPL,MSFT", curve);

        assertThat(written).isEqualTo(3);
        assertThat(writes).singleElement().asString().isEqualToIgnoringNewLines(
                "backtest_equity,run_id=7,strategy=sma-cross,symbol=AAPL\\,MSFT drawdown=0.0,equity=100.0 "
                        + T0.getEpochSecond()
                        + "backtest_equity,run_id=7,strategy=sma-cross,symbol=AAPL\\,MSFT drawdown=0.0,equity=120.0 "
                        + (T0.getEpochSecond() + 86_400)
                        + "backtest_equity,run_id=7,strategy=sma-cross,symbol=AAPL\\,MSFT drawdown=0.25,equity=90.0 "
                        + (T0.getEpochSecond() + 172_800));
    }
}
