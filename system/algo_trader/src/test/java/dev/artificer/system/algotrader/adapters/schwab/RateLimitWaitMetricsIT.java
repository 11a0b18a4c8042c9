package dev.artificer.system.algotrader.adapters.schwab;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import io.micrometer.core.instrument.Clock;
import io.micrometer.influx.InfluxApiVersion;
import io.micrometer.influx.InfluxConfig;
import io.micrometer.influx.InfluxMeterRegistry;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rate-limit waits reach InfluxDB as the system-health dashboard reads them: measurement
 * {@code algo_trader_schwab_rate_limit_waits}, fields {@code count} and {@code sum}. The InfluxDB write API is a
 * local stand-in that keeps what it receives.
 */
class RateLimitWaitMetricsIT {

    private HttpServer influx;
    private final List<String> writes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startInflux() throws Exception {
        influx = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        influx.createContext("/", exchange -> {
            boolean gzip = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            try (InputStream body = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                writes.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        influx.start();
    }

    @AfterEach
    void stopInflux() {
        influx.stop(0);
    }

    @Test
    void eachWaitIsPushedAsTheTimerTheDashboardReads() throws Exception {
        Map<String, String> values = Map.of("influx.uri", "http://127.0.0.1:" + influx.getAddress().getPort(),
                "influx.token", "t", "influx.org", "artificer", "influx.bucket", "market",
                "influx.apiVersion", InfluxApiVersion.V2.name(), "influx.step", "PT1S", "influx.autoCreateDb", "false");
        InfluxConfig config = values::get;
        InfluxMeterRegistry registry = new InfluxMeterRegistry(config, Clock.SYSTEM);
        try {
            RateLimitWaitMetrics metrics = new RateLimitWaitMetrics(registry);
            metrics.waited("GET /marketdata/v1/quotes", Duration.ofMillis(300), true);
            metrics.waited("GET /marketdata/v1/quotes", Duration.ofMillis(200), true);

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (writes.stream().noneMatch(write -> write.contains(measurement() + ",metric_type=histogram sum=500"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            registry.close();
        }

        assertThat(measurement()).isEqualTo("algo_trader_schwab_rate_limit_waits");
        assertThat(String.join("\n", writes)).containsPattern(
                "algo_trader_schwab_rate_limit_waits,metric_type=histogram sum=500(\\.0)?,count=2(\\.0)?,");
    }

    private static String measurement() {
        return ObservabilitySchema.Metrics.measurement(ObservabilitySchema.Metrics.SCHWAB_RATE_LIMIT_WAITS);
    }
}
