package dev.artificer.component.gpio;

import java.time.Duration;

/**
 * Runs delayed tasks for a part: the single source of time for blinking, debouncing, long presses and
 * beeping, so that tests can substitute a scheduler whose clock they advance by hand.
 *
 * <p>A part that is given a scheduler owns it and closes it when the part is closed.
 */
public interface Scheduler extends AutoCloseable {

    /**
     * A scheduler backed by one daemon thread of the given name.
     *
     * @param threadName the name of the thread, shown in thread dumps
     * @return a new scheduler; close it to stop its thread
     */
    static Scheduler singleThread(String threadName) {
        return new SingleThreadScheduler(threadName);
    }

    /**
     * Runs the task once after the delay.
     *
     * @param delay how long to wait, zero or positive
     * @param task  what to run
     * @return a handle that cancels the task if it has not started yet
     */
    Cancellable schedule(Duration delay, Runnable task);

    /** Stops running tasks; tasks not yet run are dropped. Idempotent. */
    @Override
    void close();

    /** A scheduled task that can still be called off. */
    @FunctionalInterface
    interface Cancellable {

        /** Cancels the task if it has not started; does nothing otherwise. */
        void cancel();
    }
}
