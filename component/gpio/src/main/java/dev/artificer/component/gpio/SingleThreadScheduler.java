package dev.artificer.component.gpio;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The production {@link Scheduler}: one daemon thread that runs the tasks in due order. */
final class SingleThreadScheduler implements Scheduler {

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(1);

    private final ScheduledThreadPoolExecutor executor;

    SingleThreadScheduler(String threadName) {
        executor = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name(threadName).daemon(true).factory());
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
