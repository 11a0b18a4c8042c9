package dev.artificer.system.algotrader.jobs;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JobSchedulerTest {

    private static ScheduledJob job(String name, Duration every, Runnable body) {
        return new ScheduledJob(TestJobs.job(name, body), new JobSchedule(every, false));
    }

    private static JobRunner runner() {
        return new JobRunner(new MarketHours(Duration.ZERO), Clock.systemUTC(), new SimpleMeterRegistry());
    }

    @Test
    void slowJobNeverBlocksAnother() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fastRanThrice = new CountDownLatch(3);
        ScheduledJob slow = job("slow", Duration.ofSeconds(1), () -> awaitQuietly(release));
        ScheduledJob fast = job("fast", Duration.ofSeconds(1).dividedBy(20), fastRanThrice::countDown);

        try (JobScheduler scheduler = new JobScheduler(List.of(slow, fast), runner(), Duration.ofSeconds(5))) {
            scheduler.start();
            assertThat(fastRanThrice.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();
        }
    }

    @Test
    void aJobRunNowRunsBesideItsSchedule() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch twice = new CountDownLatch(2);
        ScheduledJob hourly = job("hourly", Duration.ofHours(1), () -> {
            runs.incrementAndGet();
            twice.countDown();
        });

        try (JobScheduler scheduler = new JobScheduler(List.of(hourly), runner(), Duration.ofSeconds(5))) {
            scheduler.start();
            boolean known = scheduler.runNow("hourly");

            assertThat(known).isTrue();
            assertThat(twice.await(5, TimeUnit.SECONDS)).as("the first scheduled run and the one asked for").isTrue();
            assertThat(scheduler.runNow("no-such-job")).isFalse();
        }
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void failingJobRunsAgainNextPeriod() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch twice = new CountDownLatch(2);
        ScheduledJob failing = job("failing", Duration.ofSeconds(1).dividedBy(20), () -> {
            attempts.incrementAndGet();
            twice.countDown();
            throw new IllegalStateException("always broken");
        });

        try (JobScheduler scheduler = new JobScheduler(List.of(failing), runner(), Duration.ofSeconds(5))) {
            scheduler.start();
            assertThat(twice.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(attempts.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void closingLetsTheRunningJobFinish() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        ScheduledJob steady = job("steady", Duration.ofMinutes(1), () -> {
            started.countDown();
            sleepQuietly(300);
            finished.set(true);
        });

        JobScheduler scheduler = new JobScheduler(List.of(steady), runner(), Duration.ofSeconds(5));
        scheduler.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        scheduler.close();

        assertThat(finished).isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
