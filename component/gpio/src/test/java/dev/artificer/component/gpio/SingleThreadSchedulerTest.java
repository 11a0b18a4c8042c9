package dev.artificer.component.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real scheduler, on its real thread; delays are kept to a few milliseconds. */
class SingleThreadSchedulerTest {

    private final Scheduler scheduler = Scheduler.singleThread("test-scheduler");

    @AfterEach
    void shutDown() {
        scheduler.close();
    }

    @Test
    void runsTheTaskOnItsNamedDaemonThread() throws InterruptedException {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        scheduler.schedule(Duration.ofMillis(5), () -> {
            ranOn.set(Thread.currentThread());
            done.countDown();
        });

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ranOn.get().getName()).isEqualTo("test-scheduler");
        assertThat(ranOn.get().isDaemon()).isTrue();
    }

    @Test
    void cancelledTaskDoesNotRun() throws InterruptedException {
        AtomicBoolean ran = new AtomicBoolean();
        CountDownLatch later = new CountDownLatch(1);
        scheduler.schedule(Duration.ofMillis(20), () -> ran.set(true)).cancel();
        scheduler.schedule(Duration.ofMillis(40), later::countDown);

        assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).isFalse();
    }

    @Test
    void closedSchedulerRefusesTasks() {
        scheduler.close();

        assertThatThrownBy(() -> scheduler.schedule(Duration.ZERO, () -> { }))
                .isInstanceOf(RejectedExecutionException.class);
    }
}
