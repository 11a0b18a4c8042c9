package dev.artificer.infrastructure.influxdb;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.WriteApi;
import com.influxdb.client.WriteOptions;
import com.influxdb.client.write.Point;
import io.reactivex.rxjava3.core.BackpressureOverflowStrategy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The batched asynchronous writer: influxdb-client-java's {@link WriteApi}, fed through one hand-off thread.
 *
 * <p>The library sends a batch on the thread that completes it (or calls {@code flush()}) whenever no other
 * batch is in flight, so a caller could wait a whole request for a slow server. Here callers only hand points
 * to the hand-off thread and return at once. Points waiting for that thread count against the buffer limit:
 * beyond it new points are dropped and reported, as the library drops its oldest when its own buffer is full.
 */
final class AsyncWriter implements AutoCloseable {

    private static final long CLOSE_WAIT_SECONDS = 30;

    private final WriteApi writes;
    private final WriteEvents events;
    private final String bucket;
    private final String org;
    private final int bufferLimit;
    private final AtomicLong waiting = new AtomicLong();
    private final ExecutorService handOff = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("influxdb-write-hand-off").daemon(true).factory());

    AsyncWriter(InfluxDBClient client, InfluxSettings settings, WriteEvents events) {
        this.writes = client.makeWriteApi(writeOptions(settings.batching()));
        this.events = events;
        this.bucket = settings.bucket();
        this.org = settings.org();
        this.bufferLimit = settings.batching().bufferLimit();
        events.listenTo(writes);
    }

    void write(List<Point> points) {
        if (points.isEmpty()) {
            return;
        }
        events.queued(points.size());
        if (waiting.addAndGet(points.size()) > bufferLimit) {
            waiting.addAndGet(-points.size());
            events.droppedBeforeBuffering(points.size());
            return;
        }
        hand(() -> {
            try {
                writes.writePoints(bucket, org, points);
            } finally {
                waiting.addAndGet(-points.size());
            }
        });
    }

    void flush() {
        hand(writes::flush);
    }

    /** Hands over what still waits, then lets the library send its buffer; each step waits up to 30 s. */
    @Override
    public void close() {
        handOff.shutdown();
        try {
            if (!handOff.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                handOff.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            handOff.shutdownNow();
            Thread.currentThread().interrupt();
        }
        writes.close();
    }

    private void hand(Runnable task) {
        try {
            handOff.execute(task);
        } catch (RejectedExecutionException closing) {
            throw new IllegalStateException("influxdb asynchronous writer is closed", closing);
        }
    }

    private static WriteOptions writeOptions(WriteBatching batching) {
        return WriteOptions.builder()
                .batchSize(batching.batchSize())
                .flushInterval(Math.toIntExact(batching.flushInterval().toMillis()))
                .bufferLimit(batching.bufferLimit())
                .maxRetries(batching.maxRetries())
                .retryInterval(Math.toIntExact(batching.retryInterval().toMillis()))
                .maxRetryDelay(Math.toIntExact(batching.maxRetryDelay().toMillis()))
                .maxRetryTime(Math.toIntExact(batching.maxRetryTime().toMillis()))
                .backpressureStrategy(BackpressureOverflowStrategy.DROP_OLDEST)
                .captureBackpressureData(true)
                .build();
    }
}
