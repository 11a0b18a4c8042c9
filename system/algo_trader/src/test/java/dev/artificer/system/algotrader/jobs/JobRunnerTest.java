package dev.artificer.system.algotrader.jobs;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class JobRunnerTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-21T15:00:00Z"), ZoneOffset.UTC);
    private static final Clock FRIDAY_NOON = Clock.fixed(Instant.parse("2026-11-20T17:00:00Z"), ZoneOffset.UTC);

    private static ScheduledJob every(Job job, boolean marketHoursOnly) {
        return new ScheduledJob(job, new JobSchedule(Duration.ofMinutes(15), marketHoursOnly));
    }

    @Test
    void failingJobIsReportedNotThrown() {
        JobRunner runner = new JobRunner(new MarketHours(Duration.ZERO), FRIDAY_NOON, meters);

        assertThat(runner.runOnce(every(TestJobs.job("boom", () -> {
            throw new IllegalStateException("broken");
        }), false), false).outcome()).isEqualTo(JobRunner.Outcome.FAILED);
    }

    @Test
    void runDurationIsRecordedWithJobAndOutcome() {
        JobRunner runner = new JobRunner(new MarketHours(Duration.ZERO), FRIDAY_NOON, meters);
        runner.runOnce(every(TestJobs.job("companies", () -> { }), false), false);
        runner.runOnce(every(TestJobs.job("companies", () -> {
            throw new IllegalStateException("broken");
        }), false), false);

        assertThat(meters.timer("algo_trader.job.duration", "job", "companies", "outcome", "success").count()).isEqualTo(1);
        assertThat(meters.timer("algo_trader.job.duration", "job", "companies", "outcome", "failure").count()).isEqualTo(1);
    }

    @Test
    void marketHoursJobIsSkippedWhileTheMarketIsClosed() {
        JobRunner runner = new JobRunner(new MarketHours(Duration.ZERO), SATURDAY, meters);

        assertThat(runner.runOnce(every(TestJobs.job("bars", () -> { }), true), false).outcome()).isEqualTo(JobRunner.Outcome.SKIPPED);
    }

    @Test
    void runByHandIgnoresMarketHours() {
        JobRunner runner = new JobRunner(new MarketHours(Duration.ZERO), SATURDAY, meters);

        assertThat(runner.runOnce(every(TestJobs.job("bars", () -> { }), true), true).outcome()).isEqualTo(JobRunner.Outcome.SUCCEEDED);
    }

    @Test
    void everyRunCarriesACorrelationIdNamingTheJob() {
        AtomicReference<String> seen = new AtomicReference<>();
        JobRunner runner = new JobRunner(new MarketHours(Duration.ZERO), FRIDAY_NOON, meters);

        runner.runOnce(every(TestJobs.job("companies", () -> seen.set(MDC.get(JobRunner.CORRELATION_ID))), false), false);

        assertThat(seen.get()).startsWith("companies-");
        assertThat(MDC.get(JobRunner.CORRELATION_ID)).isNull();
    }

    @Test
    void aJobThatSaysWhyItDidNotRunIsSkippedWithTheReasonNotSucceeded() {
        JobRunner runner = new JobRunner(new MarketHours(Duration.ZERO), FRIDAY_NOON, meters);

        JobRunner.Run run = runner.runOnce(every(TestJobs.job("trade", () -> {
            throw new JobSkippedException("4242@host runs the decision loop");
        }), false), true);

        assertThat(run.outcome()).isEqualTo(JobRunner.Outcome.SKIPPED);
        assertThat(run.detail()).isEqualTo("4242@host runs the decision loop");
        assertThat(meters.find("algo_trader.job.duration").timers()).isEmpty();
    }
}
