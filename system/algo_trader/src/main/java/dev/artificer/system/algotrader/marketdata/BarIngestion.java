package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backfills and incrementally updates price history: per symbol and timeframe it fetches only what is not stored
 * yet (re-reading only the last stored bar, which may have been incomplete), in chunks within the source's request
 * span, stores each chunk and then records progress, so an interrupted run resumes where it stopped with neither gaps
 * nor duplicates. A start earlier than where a stored series is covered from extends it backwards: the missing older
 * range is fetched newest chunk first, recording after each chunk where coverage now starts, then the series
 * continues forward as usual. Invalid rows are counted and logged with their reason; one failing series never stops
 * the others.
 */
public final class BarIngestion {

    private static final Logger LOG = LoggerFactory.getLogger(BarIngestion.class);

    private final MarketDataSource source;
    private final BarRepository bars;
    private final IngestionState state;
    private final Clock clock;
    private final MeterRegistry meters;

    /**
     * Creates the ingestion.
     *
     * @param source where bars come from
     * @param bars   where bars go
     * @param state  progress per series
     * @param clock  the time
     * @param meters where ingestion latency (newest bar's end to stored) is recorded
     */
    public BarIngestion(MarketDataSource source, BarRepository bars, IngestionState state, Clock clock,
                        MeterRegistry meters) {
        this.source = source;
        this.bars = bars;
        this.state = state;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Brings every series up to now, and back to {@code from} when given.
     *
     * @param symbols    the symbols
     * @param timeframes the timeframes
     * @param from       the earliest start wanted (within the source's reach): series never ingested start there,
     *                   stored series covered from a later instant are extended back to it; empty for as far as the
     *                   source reaches for new series, and no extension of stored ones
     * @param progress   hears progress
     * @return what was done
     */
    public IngestionReport ingest(List<Symbol> symbols, List<Timeframe> timeframes, Optional<Instant> from,
                                  IngestionProgress progress) {
        int total = symbols.size() * timeframes.size();
        int done = 0;
        Tally tally = new Tally();
        int failed = 0;
        for (Symbol symbol : symbols) {
            for (Timeframe timeframe : timeframes) {
                try {
                    ingestSeries(symbol, timeframe, from, progress, tally);
                } catch (RuntimeException failure) {
                    failed++;
                    LOG.warn("ingestion of {} {} from {} failed, will resume next run: {}", symbol, timeframe,
                            source.name(), failure.getMessage());
                }
                progress.seriesDone(++done, total);
            }
        }
        return new IngestionReport(total, tally.requests, tally.written, tally.rejected, failed);
    }

    /** Requests made, bars written and rows rejected so far. */
    private static final class Tally {
        private int requests;
        private long written;
        private long rejected;
    }

    private void ingestSeries(Symbol symbol, Timeframe timeframe, Optional<Instant> from, IngestionProgress progress,
                              Tally tally) {
        Instant now = clock.instant();
        Instant earliest = now.minus(source.reach(timeframe));
        Optional<Instant> wanted = from.map(start -> max(start, earliest));
        Optional<Instant> last = state.lastStored(symbol, timeframe);
        if (last.isEmpty()) {
            forward(symbol, timeframe, wanted.orElse(earliest), true, progress, tally);
            return;
        }
        if (wanted.isPresent()) {
            backward(symbol, timeframe, wanted.get(), coveredFrom(symbol, timeframe, last.get()), progress, tally);
        }
        forward(symbol, timeframe, last.get(), false, progress, tally);
    }

    /** Fetches [start, now) chunk by chunk; a new series is recorded as covered from {@code start}. */
    private void forward(Symbol symbol, Timeframe timeframe, Instant start, boolean newSeries,
                         IngestionProgress progress, Tally tally) {
        Instant now = clock.instant();
        boolean coverageRecorded = !newSeries;
        for (Instant chunk = start; chunk.isBefore(now); ) {
            Instant end = min(chunk.plus(source.requestSpan(timeframe)), now);
            List<Bar> fresh = fetchAndStore(symbol, timeframe, chunk, end, progress, tally);
            if (!fresh.isEmpty()) {
                state.record(symbol, timeframe, fresh.getLast().start());
                if (!coverageRecorded) {
                    state.recordCoveredFrom(symbol, timeframe, start);
                    coverageRecorded = true;
                }
                recordLatency(fresh.getLast());
            }
            chunk = end;
        }
    }

    /** Fetches [wanted, coveredFrom) newest chunk first, moving the recorded coverage back after each chunk. */
    private void backward(Symbol symbol, Timeframe timeframe, Instant wanted, Instant coveredFrom,
                          IngestionProgress progress, Tally tally) {
        for (Instant end = coveredFrom; wanted.isBefore(end); ) {
            Instant start = max(end.minus(source.requestSpan(timeframe)), wanted);
            fetchAndStore(symbol, timeframe, start, end, progress, tally);
            state.recordCoveredFrom(symbol, timeframe, start);
            end = start;
        }
    }

    /** The recorded coverage start, or (for a series ingested before it was recorded) its oldest stored bar. */
    private Instant coveredFrom(Symbol symbol, Timeframe timeframe, Instant last) {
        return state.coveredFrom(symbol, timeframe).orElseGet(() -> {
            Instant oldest = bars.range(symbol, timeframe, Instant.EPOCH, last.plusMillis(1)).stream()
                    .findFirst().map(Bar::start).orElse(last);
            state.recordCoveredFrom(symbol, timeframe, oldest);
            return oldest;
        });
    }

    private List<Bar> fetchAndStore(Symbol symbol, Timeframe timeframe, Instant start, Instant end,
                                    IngestionProgress progress, Tally tally) {
        FetchedBars fetched = source.history(symbol, timeframe, start, end);
        tally.requests++;
        fetched.rejected().forEach(reason -> LOG.warn("rejected a {} {} row from {}: {}", symbol, timeframe,
                source.name(), reason));
        List<Bar> fresh = fetched.bars();
        if (!fresh.isEmpty()) {
            bars.save(fresh, source.name());
        }
        tally.written += fresh.size();
        tally.rejected += fetched.rejected().size();
        progress.chunkStored(symbol, timeframe, fresh.size(), fetched.rejected().size());
        return fresh;
    }

    private void recordLatency(Bar newest) {
        Duration latency = Duration.between(newest.start().plus(newest.timeframe().nominalLength()), clock.instant());
        if (!latency.isNegative()) {
            Timer.builder(ObservabilitySchema.Metrics.INGESTION_LATENCY).tag("symbol", newest.symbol().value())
                    .tag("timeframe", newest.timeframe().code()).register(meters).record(latency);
        }
    }

    private static Instant min(Instant first, Instant second) {
        return first.isBefore(second) ? first : second;
    }

    private static Instant max(Instant first, Instant second) {
        return first.isAfter(second) ? first : second;
    }
}
