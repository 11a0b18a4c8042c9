package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backfills and incrementally updates price history: per symbol and timeframe it fetches only what is not stored
 * yet (re-reading only the last stored bar, which may have been incomplete), in chunks within the source's request
 * span, stores each chunk and then records progress, so an interrupted run resumes where it stopped with neither gaps
 * nor duplicates. A start earlier than where a stored series is covered from extends it backwards: the missing older
 * range is fetched newest chunk first, recording after each chunk where coverage now starts, then the series
 * continues forward as usual. Invalid rows are counted and logged with their reason; one failing series never stops
 * the others. A series that fails because of the database rather than the work ({@link DatabaseTrouble}: e.g. the
 * process that served the embedded database exited, and this one takes over) is run again for up to
 * {@link #RIDE_OUT} before it counts as failed; running it again is harmless, as it resumes from what is stored. When
 * a series has failed that way, the rest of the run fails fast. When stopping is requested (the application is
 * shutting down) the run ends at the next chunk boundary, where it can resume from: it never leaves half a chunk.
 */
public final class BarIngestion {

    private static final Logger LOG = LoggerFactory.getLogger(BarIngestion.class);

    /** How long a series is retried while the database is unreachable. */
    static final Duration RIDE_OUT = Duration.ofSeconds(10);

    private final MarketDataSource source;
    private final BarRepository bars;
    private final IngestionState state;
    private final Clock clock;
    private final MeterRegistry meters;
    private final BooleanSupplier stopRequested;

    /**
     * Creates the ingestion.
     *
     * @param source        where bars come from
     * @param bars          where bars go
     * @param state         progress per series
     * @param clock         the time
     * @param meters        where ingestion latency (newest bar's end to stored) is recorded
     * @param stopRequested whether to stop at the next chunk boundary (the application is stopping)
     */
    public BarIngestion(MarketDataSource source, BarRepository bars, IngestionState state, Clock clock,
                        MeterRegistry meters, BooleanSupplier stopRequested) {
        this.source = source;
        this.bars = bars;
        this.state = state;
        this.clock = clock;
        this.meters = meters;
        this.stopRequested = stopRequested;
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
        Tally tally = new Tally();
        try {
            for (Symbol symbol : symbols) {
                for (Timeframe timeframe : timeframes) {
                    ingestOrCountTheFailure(symbol, timeframe, from, progress, tally);
                    progress.seriesDone(symbol, timeframe, ++tally.done, total);
                }
            }
        } catch (Stopped stopped) {
            LOG.info("ingestion stopped for shutdown after {} of {} series; the next run resumes there", tally.done,
                    total);
        }
        return new IngestionReport(total, tally.requests, tally.written, tally.rejected, tally.failed,
                total - tally.done);
    }

    /** Runs one series, riding out database trouble unless the database already failed this run. */
    private void ingestOrCountTheFailure(Symbol symbol, Timeframe timeframe, Optional<Instant> from,
                                         IngestionProgress progress, Tally tally) {
        try {
            if (tally.databaseDown) {
                ingestSeries(symbol, timeframe, from, progress, tally);
            } else {
                Failsafe.with(rideOutDatabaseTrouble(symbol, timeframe))
                        .run(() -> ingestSeries(symbol, timeframe, from, progress, tally));
            }
        } catch (Stopped stopped) {
            throw stopped;
        } catch (RuntimeException failure) {
            if (stoppingCaused(failure)) {
                throw new Stopped();
            }
            tally.failed++;
            tally.databaseDown |= DatabaseTrouble.causedBy(failure);
            LOG.warn("ingestion of {} {} from {} failed, will resume next run: {}", symbol, timeframe, source.name(),
                    DatabaseTrouble.describe(failure));
        }
    }

    /** Whether the failure is the application stopping under the work (e.g. the database closed at shutdown). */
    private boolean stoppingCaused(Throwable failure) {
        return stopRequested.getAsBoolean() || DatabaseTrouble.closedAtShutdown(failure);
    }

    private RetryPolicy<Object> rideOutDatabaseTrouble(Symbol symbol, Timeframe timeframe) {
        return RetryPolicy.builder().handleIf(failure -> DatabaseTrouble.causedBy(failure) && !stoppingCaused(failure))
                .withMaxRetries(-1).withMaxDuration(RIDE_OUT).withDelay(Duration.ofMillis(250))
                .onFailedAttempt(attempt -> {
                    if (attempt.getAttemptCount() == 1) {
                        LOG.info("the database failed during {} {} ({}); trying again for up to {} s", symbol,
                                timeframe, DatabaseTrouble.describe(attempt.getLastException()), RIDE_OUT.toSeconds());
                    }
                }).build();
    }

    /** Ends a run at a chunk boundary because stopping was requested. */
    private static final class Stopped extends RuntimeException {
        private Stopped() {
            super("stopping", null, false, false);
        }
    }

    private void stopHereIfRequested() {
        if (stopRequested.getAsBoolean()) {
            throw new Stopped();
        }
    }

    /** What a run has done so far: requests, bars, rejected rows, series done and failed, and the database's state. */
    private static final class Tally {
        private int requests;
        private long written;
        private long rejected;
        private int done;
        private int failed;
        private boolean databaseDown;
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
        stopHereIfRequested();
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
