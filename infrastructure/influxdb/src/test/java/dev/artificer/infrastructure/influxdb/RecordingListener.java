package dev.artificer.infrastructure.influxdb;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A write listener that keeps what it was told, for tests to wait on. */
final class RecordingListener implements WriteListener {

    /**
     * One retry notice.
     *
     * @param failure what went wrong
     * @param delay   the wait before the next attempt
     */
    record Retry(InfluxAccessException failure, Duration delay) {
    }

    final BlockingQueue<String> written = new LinkedBlockingQueue<>();
    final BlockingQueue<Retry> retries = new LinkedBlockingQueue<>();
    final BlockingQueue<InfluxAccessException> failures = new LinkedBlockingQueue<>();
    final BlockingQueue<Integer> dropped = new LinkedBlockingQueue<>();

    @Override
    public void batchWritten(String lineProtocol) {
        written.add(lineProtocol);
    }

    @Override
    public void retrying(InfluxAccessException failure, Duration delay) {
        retries.add(new Retry(failure, delay));
    }

    @Override
    public void batchFailed(InfluxAccessException failure) {
        failures.add(failure);
    }

    @Override
    public void pointsDropped(int points) {
        dropped.add(points);
    }

    static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
        T value = queue.poll(5, TimeUnit.SECONDS);
        if (value == null) {
            throw new AssertionError("the listener was not told within 5 s");
        }
        return value;
    }
}
