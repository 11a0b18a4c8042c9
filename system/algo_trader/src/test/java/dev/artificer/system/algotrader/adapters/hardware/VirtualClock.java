package dev.artificer.system.algotrader.adapters.hardware;

import dev.artificer.component.gpio.Scheduler;
import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * One virtual clock for all parts of a panel: each part gets its own {@link Scheduler} on it, and due tasks run only
 * when a test calls {@link #advance}, in due order, on the test's thread.
 */
final class VirtualClock {

    private record Task(Duration due, long order, Runnable action, Object owner) {
    }

    private final PriorityQueue<Task> tasks =
            new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::order));
    private Duration now = Duration.ZERO;
    private long scheduled;

    /** A scheduler on this clock; closing it drops only its own tasks. */
    Scheduler scheduler(String name) {
        return new Scheduler() {
            private boolean closed;

            @Override
            public Cancellable schedule(Duration delay, Runnable action) {
                if (closed) {
                    throw new IllegalStateException(name + ": scheduler is closed");
                }
                Task task = new Task(now.plus(delay), scheduled++, action, this);
                tasks.add(task);
                return () -> tasks.remove(task);
            }

            @Override
            public void close() {
                closed = true;
                tasks.removeIf(task -> task.owner() == this);
            }
        };
    }

    /** Moves the clock forward, running every task that falls due on the way. */
    void advance(Duration by) {
        Duration until = now.plus(by);
        while (!tasks.isEmpty() && tasks.peek().due().compareTo(until) <= 0) {
            Task task = tasks.poll();
            now = task.due();
            task.action().run();
        }
        now = until;
    }

    void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }
}
