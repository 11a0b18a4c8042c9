package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service pushes its metrics every 10 s to the configured InfluxDB (here a local stand-in of its write API). */
class MetricsE2E {

    @TempDir
    Path home;

    private HttpServer influx;
    private final List<String> writes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startInflux() throws Exception {
        influx = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        influx.createContext("/", exchange -> {
            boolean gzip = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            try (InputStream body = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                writes.add(exchange.getRequestURI() + "\n" + new String(body.readAllBytes(), StandardCharsets.UTF_8));
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

    private static void sleepPastOnePushInterval() {
        try {
            Thread.sleep(12_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void jobDurationsAndJvmMemoryReachInfluxDbWithinOnePushInterval() throws Exception {
        Map<String, String> environment = Map.of("INFLUXDB_URL", "http://127.0.0.1:" + influx.getAddress().getPort(),
                "INFLUXDB_TOKEN", "metrics-token-123", "INFLUXDB_ORG", "artificer", "INFLUXDB_BUCKET", "market",
                "ALGO_TRADER_HTTP_PORT", String.valueOf(JarRun.freePort()));
        JarRun.run(home, environment, "watchlist", "add", "AAPL");

        JarRun.Result service = JarRun.runUntil(home, environment, line -> {
            if (!line.contains("job ingest-companies finished")) {
                return false;
            }
            sleepPastOnePushInterval();
            return true;
        });

        assertThat(service.out()).as(service.all()).contains("BarRepository: influxdb http://127.0.0.1:");
        String pushed = String.join("\n", writes);
        assertThat(pushed).contains("/api/v2/write").contains("bucket=market")
                .contains("algo_trader_job_duration,job=ingest-companies,outcome=success,metric_type=histogram")
                .contains("jvm_memory_used,");
        assertThat(service.all()).doesNotContain("metrics-token-123");
    }
}
