package dev.artificer.system.algotrader.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class JobRunnerTest {

    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-21T15:00:00Z"), ZoneOffset.UTC);
    private static final Clock FRIDAY_NOON = Clock.fixed(Instant.parse("2026-11-20T17:00:00Z"), ZoneOffset.UTC);

    private static ScheduledJob every(Job job, boolean marketHoursOnly) {
        return new ScheduledJob(job, new JobSchedule(Duration.ofMinutes(15), marketHoursOnly));
    }

    @Test
    void failingJobIsReportedNotThrown() {
        JobRunner runner = new JobRunner(new MarketHours(Duration.ZERO), FRIDAY_NOON);

        assertThat(runner.runOnce(every(TestJobs.job("boom", () -> {
            throw new IllegalStateException("broken");
        }), false), false)).isEqualTo(JobRunner.Outcome.FAILED);
    }

    @Test
    void marketHoursJobIsSkippedWhileTheMarketIsClosed() {
        JobRunner runner = new JobRunner(new MarketHours(Duration.ZERO), SATURDAY);

        assertThat(runner.runOnce(every(TestJobs.job("bars", () -> { }), true), false)).isEqualTo(JobRunner.Outcome.SKIPPED);
    }

    @Test
    void runByHandIgnoresMarketHours() {
        JobRunner runner = new JobRunner(new MarketHours(Duration.ZERO), SATURDAY);

        assertThat(runner.runOnce(every(TestJobs.job("bars", () -> { }), true), true)).isEqualTo(JobRunner.Outcome.SUCCEEDED);
    }

    @Test
    void everyRunCarriesACorrelationIdNamingTheJob() {
        AtomicReference<String> seen = new AtomicReference<>();
        JobRunner runner = new JobRunner(new MarketHours(Duration.ZERO), FRIDAY_NOON);

        runner.runOnce(every(TestJobs.job("companies", () -> seen.set(MDC.get(JobRunner.CORRELATION_ID))), false), false);

        assertThat(seen.get()).startsWith("companies-");
        assertThat(MDC.get(JobRunner.CORRELATION_ID)).isNull();
    }
}
