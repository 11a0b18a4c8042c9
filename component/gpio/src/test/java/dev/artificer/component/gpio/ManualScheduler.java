package dev.artificer.component.gpio;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;

/** A {@link Scheduler} on a virtual clock that only moves when a test calls {@link #advance}. */
final class ManualScheduler implements Scheduler {

    private record Task(Duration due, long order, Runnable action) {
    }

    private final PriorityQueue<Task> tasks =
            new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::order));
    private Duration now = Duration.ZERO;
    private long scheduled;
    private boolean closed;

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        if (closed) {
            throw new IllegalStateException("scheduler is closed");
        }
        Task entry = new Task(now.plus(delay), scheduled++, task);
        tasks.add(entry);
        return () -> tasks.remove(entry);
    }

    /** Moves the clock forward, running every task that falls due on the way, in due order. */
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

    boolean isClosed() {
        return closed;
    }

    int pending() {
        return tasks.size();
    }

    @Override
    public void close() {
        closed = true;
        tasks.clear();
    }
}
