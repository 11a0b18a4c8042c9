package dev.artificer.system.algotrader.shutdown;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.context.SmartLifecycle;

/**
 * Stopping the application (Ctrl-C, SIGTERM, or a command's end) in an order that loses nothing: first the long work
 * in progress is asked to stop at its next safe point ({@link #requested()}) and waited for ({@link #during}), and
 * only then are the stores closed. It is the first thing the context stops (the highest phase), so the database is
 * still open while the work winds down.
 */
public final class GracefulShutdown implements SmartLifecycle {

    private final Duration patience;
    private volatile boolean requested;
    private volatile boolean running;
    private int working;

    /**
     * Creates it.
     *
     * @param patience how long stopping waits for work in progress to reach a safe point
     */
    public GracefulShutdown(Duration patience) {
        this.patience = patience;
    }

    /**
     * Whether stopping has begun: long work checks this between steps it can resume from, and stops there.
     *
     * @return true once the application is stopping
     */
    public boolean requested() {
        return requested;
    }

    /**
     * Runs work that stopping waits for: the stores stay open until it returns (or the patience runs out).
     *
     * @param work the work, which should check {@link #requested()} at its safe points
     * @param <T>  what it returns
     * @return what the work returned
     */
    public <T> T during(Supplier<T> work) {
        synchronized (this) {
            working++;
        }
        try {
            return work.get();
        } finally {
            synchronized (this) {
                working--;
                notifyAll();
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Asks the work in progress to stop and waits for it, up to the patience. */
    @Override
    public void stop() {
        requested = true;
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (this) {
            for (long left = patience.toMillis(); working > 0 && left > 0;
                 left = Duration.ofNanos(deadline - System.nanoTime()).toMillis()) {
                try {
                    wait(left);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before everything else. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
