package dev.artificer.system.algotrader.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

    @Test
    void stoppingAsksTheWorkToStopAndReturnsOnlyOnceTheWorkHasReturned() throws Exception {
        GracefulShutdown shutdown = new GracefulShutdown(Duration.ofSeconds(30));
        CountDownLatch working = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        CompletableFuture<String> work = CompletableFuture.supplyAsync(() -> shutdown.during(() -> {
            working.countDown();
            while (!shutdown.requested()) {
                Thread.onSpinWait();
            }
            sleep(200);
            finished.set(true);
            return "reached a safe point";
        }));
        working.await();

        shutdown.stop();

        assertThat(finished).as("the work had finished when stop returned").isTrue();
        assertThat(work.get(1, TimeUnit.SECONDS)).isEqualTo("reached a safe point");
    }

    @Test
    void stoppingWithNoWorkInProgressReturnsAtOnce() {
        GracefulShutdown shutdown = new GracefulShutdown(Duration.ofSeconds(30));
        long started = System.nanoTime();

        shutdown.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(shutdown.requested()).isTrue();
        assertThat(shutdown.isRunning()).isFalse();
    }

    @Test
    void stoppingGivesUpOnWorkThatOutlastsThePatience() {
        GracefulShutdown shutdown = new GracefulShutdown(Duration.ofMillis(300));
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> shutdown.during(() -> {
            working.countDown();
            return await(release);
        }));
        await(working);
        long started = System.nanoTime();

        shutdown.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(5));
        release.countDown();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
