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
 * yet (re-reading only the last stored bar, which may have been incomplete), in chunks within the source's request span, stores each chunk and then records progress, so an
 * interrupted run resumes where it stopped with neither gaps nor duplicates. Invalid rows are counted and
 * logged with their reason; one failing series never stops the others. A series that fails because the database
 * connection was lost is run again for a few seconds ({@link ConnectionLoss}) before it counts as failed.
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
     * Brings every series up to now.
     *
     * @param symbols    the symbols
     * @param timeframes the timeframes
     * @param from       the earliest start wanted for series never ingested, or empty for as far as the source reaches
     * @param progress   hears progress
     * @return what was done
     */
    public IngestionReport ingest(List<Symbol> symbols, List<Timeframe> timeframes, Optional<Instant> from,
                                  IngestionProgress progress) {
        int total = symbols.size() * timeframes.size();
        int done = 0;
        int requests = 0;
        long written = 0;
        long rejected = 0;
        int failed = 0;
        for (Symbol symbol : symbols) {
            for (Timeframe timeframe : timeframes) {
                try {
                    SeriesResult result = ingestRetryingConnectionLoss(symbol, timeframe, from, progress);
                    requests += result.requests();
                    written += result.written();
                    rejected += result.rejected();
                } catch (RuntimeException failure) {
                    failed++;
                    LOG.warn("ingestion of {} {} from {} failed, will resume next run: {}", symbol, timeframe,
                            source.name(), failure.getMessage());
                }
                progress.seriesDone(++done, total);
            }
        }
        return new IngestionReport(total, requests, written, rejected, failed);
    }

    private record SeriesResult(int requests, long written, long rejected) {
    }

    private SeriesResult ingestRetryingConnectionLoss(Symbol symbol, Timeframe timeframe, Optional<Instant> from,
                                                      IngestionProgress progress) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ingestSeries(symbol, timeframe, from, progress);
            } catch (RuntimeException failure) {
                if (attempt == ConnectionLoss.ATTEMPTS || !ConnectionLoss.causedBy(failure)) {
                    throw failure;
                }
                if (attempt == 1) {
                    LOG.info("lost the database connection during {} {} ({}); retrying", symbol, timeframe,
                            failure.getMessage());
                }
                ConnectionLoss.pause();
            }
        }
    }

    private SeriesResult ingestSeries(Symbol symbol, Timeframe timeframe, Optional<Instant> from,
                                      IngestionProgress progress) {
        Instant now = clock.instant();
        Instant earliest = now.minus(source.reach(timeframe));
        Optional<Instant> last = state.lastStored(symbol, timeframe);
        Instant start = last
                .orElseGet(() -> from.filter(wanted -> wanted.isAfter(earliest)).orElse(earliest));
        int requests = 0;
        long written = 0;
        long rejected = 0;
        while (start.isBefore(now)) {
            Instant end = min(start.plus(source.requestSpan(timeframe)), now);
            FetchedBars fetched = source.history(symbol, timeframe, start, end);
            requests++;
            fetched.rejected().forEach(reason -> LOG.warn("rejected a {} {} row from {}: {}", symbol, timeframe,
                    source.name(), reason));
            List<Bar> fresh = fetched.bars();
            if (!fresh.isEmpty()) {
                bars.save(fresh, source.name());
                state.record(symbol, timeframe, fresh.getLast().start());
                recordLatency(fresh.getLast());
            }
            written += fresh.size();
            rejected += fetched.rejected().size();
            progress.chunkStored(symbol, timeframe, fresh.size(), fetched.rejected().size());
            start = end;
        }
        return new SeriesResult(requests, written, rejected);
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
}
