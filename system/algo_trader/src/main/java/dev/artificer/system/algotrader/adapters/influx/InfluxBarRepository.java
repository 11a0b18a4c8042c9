package dev.artificer.system.algotrader.adapters.influx;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.influxdb.BaseInfluxClient;
import dev.artificer.infrastructure.influxdb.DataPoint;
import dev.artificer.infrastructure.influxdb.RangeQuery;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The production BarRepository: bars as points of {@link BarSchema}, written in blocking batches (a batch that
 * fails throws, so ingestion does not record progress it has not made) and read back by Flux range queries.
 * Writing the same bar from the same source twice leaves one point: same measurement, tags and time.
 */
public final class InfluxBarRepository implements BarRepository {

    private static final int BATCH = 5_000;
    private static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");

    private final BaseInfluxClient influx;

    /**
     * Creates the repository.
     *
     * @param influx the InfluxDB client (its bucket holds the bars)
     */
    public InfluxBarRepository(BaseInfluxClient influx) {
        this.influx = influx;
    }

    @Override
    public void save(List<Bar> bars, String source) {
        List<DataPoint> points = bars.stream().map(bar -> point(bar, source)).toList();
        for (int from = 0; from < points.size(); from += BATCH) {
            influx.writeBlocking(points.subList(from, Math.min(points.size(), from + BATCH)));
        }
    }

    @Override
    public List<Bar> range(Symbol symbol, Timeframe timeframe, Instant from, Instant to) {
        return assemble(symbol, timeframe, influx.queryRange(RangeQuery.of(BarSchema.MEASUREMENT, from, to)
                .withTag(BarSchema.SYMBOL, symbol.value()).withTag(BarSchema.TIMEFRAME, timeframe.code())));
    }

    @Override
    public Optional<Bar> latest(Symbol symbol, Timeframe timeframe) {
        String flux = "from(bucket: \"" + influx.settings().bucket().replace("\"", "\\\"") + "\")\n"
                + "  |> range(start: " + BEGINNING + ")\n"
                + "  |> filter(fn: (r) => r._measurement == \"" + BarSchema.MEASUREMENT + "\" and r."
                + BarSchema.SYMBOL + " == \"" + symbol.value() + "\" and r." + BarSchema.TIMEFRAME + " == \""
                + timeframe.code() + "\")\n"
                + "  |> last()\n";
        List<Bar> last = assemble(symbol, timeframe, influx.query(flux));
        return last.isEmpty() ? Optional.empty() : Optional.of(last.getLast());
    }

    @Override
    public String location() {
        return "influxdb " + influx.settings().url() + " bucket " + influx.settings().bucket();
    }

    static DataPoint point(Bar bar, String source) {
        return DataPoint.builder(BarSchema.MEASUREMENT)
                .tag(BarSchema.SYMBOL, bar.symbol().value())
                .tag(BarSchema.TIMEFRAME, bar.timeframe().code())
                .tag(BarSchema.SOURCE, source)
                .field("open", bar.open())
                .field("high", bar.high())
                .field("low", bar.low())
                .field("close", bar.close())
                .field("volume", bar.volume())
                .time(bar.start())
                .build();
    }

    private static List<Bar> assemble(Symbol symbol, Timeframe timeframe, List<DataPoint> rows) {
        Map<Instant, Map<String, Object>> byTime = new TreeMap<>();
        for (DataPoint row : rows) {
            byTime.computeIfAbsent(row.time(), time -> new TreeMap<>()).putAll(row.fields());
        }
        List<Bar> bars = new ArrayList<>();
        byTime.forEach((start, fields) -> {
            if (fields.keySet().containsAll(BarSchema.FIELDS)) {
                bars.add(new Bar(symbol, timeframe, start, number(fields, "open"), number(fields, "high"),
                        number(fields, "low"), number(fields, "close"), (long) number(fields, "volume")));
            }
        });
        return bars;
    }

    private static double number(Map<String, Object> fields, String name) {
        return ((Number) fields.get(name)).doubleValue();
    }
}
