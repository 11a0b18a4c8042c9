package dev.artificer.system.algotrader.jobs;

import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import dev.artificer.system.algotrader.observability.OutcomeTag;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one job once with a correlation id in the logging context, timing it and turning a failure into a log line
 * with context, so that nothing a job throws escapes to its neighbours.
 */
public final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    /** The MDC key of the correlation id. */
    public static final String CORRELATION_ID = "correlationId";

    /** What happened to one run. */
    public enum Outcome {
        /** The job ran and finished. */
        SUCCEEDED,
        /** The job threw; it runs again next period. */
        FAILED,
        /** The job did not run: the market was closed (a market-hours job), or the job said why not. */
        SKIPPED
    }

    /**
     * How one run ended.
     *
     * @param outcome succeeded, failed or skipped
     * @param detail  the job's summary, the failure, or why it was skipped
     */
    public record Run(Outcome outcome, String detail) {
    }

    private final MarketHours marketHours;
    private final Clock clock;
    private final MeterRegistry meters;

    /**
     * Creates the runner.
     *
     * @param marketHours the market calendar
     * @param clock       the time
     * @param meters      where run durations are recorded ({@code algo_trader.job.duration})
     */
    public JobRunner(MarketHours marketHours, Clock clock, MeterRegistry meters) {
        this.marketHours = marketHours;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Runs the job unless its schedule says to skip now.
     *
     * @param scheduled the job and its schedule
     * @param forced    true to run even when the market is closed (a run by hand)
     * @return how it ended
     */
    public Run runOnce(ScheduledJob scheduled, boolean forced) {
        Job job = scheduled.job();
        if (!forced && scheduled.schedule().marketHoursOnly() && !marketHours.isOpen(clock.instant())) {
            LOG.debug("job {} skipped: the market is closed", job.name());
            return new Run(Outcome.SKIPPED, "the market is closed");
        }
        MDC.put(CORRELATION_ID, job.name() + "-" + UUID.randomUUID().toString().substring(0, 8));
        long started = System.nanoTime();
        try {
            String summary = job.run();
            LOG.info("job {} finished in {}: {}", job.name(), took(started), summary);
            record(job, OutcomeTag.SUCCESS, started);
            return new Run(Outcome.SUCCEEDED, summary);
        } catch (JobSkippedException skipped) {
            LOG.info("job {} skipped: {}", job.name(), skipped.getMessage());
            return new Run(Outcome.SKIPPED, skipped.getMessage());
        } catch (RuntimeException failure) {
            record(job, OutcomeTag.FAILURE, started);
            LOG.warn("job {} failed after {} (it runs again next period): {}", job.name(), took(started),
                    failure.getMessage());
            LOG.debug("job {} failure", job.name(), failure);
            return new Run(Outcome.FAILED, String.valueOf(failure.getMessage()));
        } finally {
            MDC.remove(CORRELATION_ID);
        }
    }

    private void record(Job job, OutcomeTag outcome, long startedNanos) {
        Timer.builder(ObservabilitySchema.Metrics.JOB_DURATION).tag("job", job.name())
                .tag(ObservabilitySchema.Metrics.OUTCOME, outcome.tag()).register(meters)
                .record(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    private static String took(long startedNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        return took.toMillis() < 1_000 ? took.toMillis() + " ms" : String.format("%.1f s", took.toMillis() / 1000.0);
    }
}
