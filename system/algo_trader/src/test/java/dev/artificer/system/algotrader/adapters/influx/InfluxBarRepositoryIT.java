package dev.artificer.system.algotrader.adapters.influx;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.influxdb.BaseInfluxClient;
import dev.artificer.infrastructure.influxdb.InfluxSettings;
import dev.artificer.infrastructure.influxdb.TimestampPrecision;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The InfluxDB bar adapter over real HTTP against a local server playing InfluxDB 2's API: the exact line protocol
 * it writes, and the bars it assembles from an annotated-CSV Flux answer.
 */
class InfluxBarRepositoryIT {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");

    /** Two bars as InfluxDB 2 answers a range query: one table per field, rows per time. */
    private static final String FLUX_ANSWER = String.join("\r\n",
            "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,double,string,string,string,string,string",
            "#group,false,false,true,true,false,false,true,true,true,true,true",
            "#default,_result,,,,,,,,,,",
            ",result,table,_start,_stop,_time,_value,_field,_measurement,source,symbol,timeframe",
            ",,0,2026-11-20T00:00:00Z,2026-11-21T00:00:00Z,2026-11-20T14:30:00Z,10,open,bars,schwab,AAPL,5m",
            ",,0,2026-11-20T00:00:00Z,2026-11-21T00:00:00Z,2026-11-20T14:35:00Z,11,open,bars,schwab,AAPL,5m",
            ",,1,2026-11-20T00:00:00Z,2026-11-21T00:00:00Z,2026-11-20T14:30:00Z,12,high,bars,schwab,AAPL,5m",
            ",,1,2026-11-20T00:00:00Z,2026-11-21T00:00:00Z,2026-11-20T14:35:00Z,13,high,bars,schwab,AAPL,5m",
            ",,2,2026-11-20T00:00:00Z,2026-11-21T00:00:00Z,2026-11-20T14:30:00Z,9,low,bars,schwab,AAPL,5m",
            ",,2,2026-11-20T00:00:00Z,2026-11-21T00:00:00Z,2026-11-20T14:35:00Z,10.5,low,bars,schwab,AAPL,5m",
            ",,3,2026-11-20T00:00:00Z,2026-11-21T00:00:00Z,2026-11-20T14:30:00Z,11,close,bars,schwab,AAPL,5m",
            ",,3,2026-11-20T00:00:00Z,2026-11-21T00:00:00Z,2026-11-20T14:35:00Z,12.5,close,bars,schwab,AAPL,5m",
            "",
            "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,long,string,string,string,string,string",
            "#group,false,false,true,true,false,false,true,true,true,true,true",
            "#default,_result,,,,,,,,,,",
            ",result,table,_start,_stop,_time,_value,_field,_measurement,source,symbol,timeframe",
            ",,4,2026-11-20T00:00:00Z,2026-11-21T00:00:00Z,2026-11-20T14:30:00Z,1500,volume,bars,schwab,AAPL,5m",
            ",,4,2026-11-20T00:00:00Z,2026-11-21T00:00:00Z,2026-11-20T14:35:00Z,1700,volume,bars,schwab,AAPL,5m",
            "", "");

    private HttpServer server;
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private final List<String> writeQueries = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private BaseInfluxClient influx;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/write", exchange -> {
            writes.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            writeQueries.add(exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/api/v2/query", exchange -> {
            queries.add(JsonMapper.shared().readTree(exchange.getRequestBody()).get("query").asString());
            byte[] body = FLUX_ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/csv; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
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

    @Test
    void barIsWrittenAsOnePointWithTagsFieldsAndItsStartAsTime() {
        new InfluxBarRepository(influx).save(List.of(new Bar(AAPL, Timeframe.FIVE_MINUTES, T0, 10, 12, 9, 11, 1500)),
                "schwab");

        assertThat(writes).singleElement().asString().isEqualToIgnoringNewLines(
                "bars,source=schwab,symbol=AAPL,timeframe=5m close=11.0,high=12.0,low=9.0,open=10.0,volume=1500i "
                        + T0.getEpochSecond());
        assertThat(writeQueries.getFirst()).contains("org=artificer").contains("bucket=market").contains("precision=s");
    }

    @Test
    void rangeAnswerIsAssembledIntoBarsInTimeOrder() {
        List<Bar> bars = new InfluxBarRepository(influx).range(AAPL, Timeframe.FIVE_MINUTES, T0, T0.plusSeconds(600));

        assertThat(bars).containsExactly(
                new Bar(AAPL, Timeframe.FIVE_MINUTES, T0, 10, 12, 9, 11, 1500),
                new Bar(AAPL, Timeframe.FIVE_MINUTES, T0.plusSeconds(300), 11, 13, 10.5, 12.5, 1700));
    }

    @Test
    void rangeQueryFiltersBySymbolAndTimeframe() {
        new InfluxBarRepository(influx).range(AAPL, Timeframe.FIVE_MINUTES, T0, T0.plusSeconds(600));

        assertThat(queries).singleElement().asString()
                .contains("r._measurement == \"bars\"").contains("r[\"symbol\"] == \"AAPL\"")
                .contains("r[\"timeframe\"] == \"5m\"");
    }

    @Test
    void latestBarIsTheLastAssembledOne() {
        assertThat(new InfluxBarRepository(influx).latest(AAPL, Timeframe.FIVE_MINUTES))
                .hasValueSatisfying(bar -> assertThat(bar.start()).isEqualTo(T0.plusSeconds(300)));
        assertThat(queries.getFirst()).contains("last()");
    }

    @Test
    void manyBarsAreWrittenInBatches() {
        List<Bar> many = java.util.stream.IntStream.range(0, 12_000)
                .mapToObj(index -> new Bar(AAPL, Timeframe.ONE_MINUTE, T0.plusSeconds(60L * index), 10, 11, 9, 10, index))
                .toList();
        new InfluxBarRepository(influx).save(many, "simulated");

        assertThat(writes).hasSize(3);
        assertThat(writes.stream().mapToLong(body -> body.lines().count()).sum()).isEqualTo(12_000);
        assertThat(Map.of("first", writes.getFirst().lines().findFirst().orElseThrow()))
                .hasEntrySatisfying("first", line -> assertThat(line).startsWith("bars,source=simulated,symbol=AAPL,timeframe=1m "));
    }
}
