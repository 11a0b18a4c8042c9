package dev.artificer.infrastructure.influxdb;

import com.influxdb.client.WriteApi;
import com.influxdb.client.write.events.BackpressureEvent;
import com.influxdb.client.write.events.WriteErrorEvent;
import com.influxdb.client.write.events.WriteRetriableErrorEvent;
import com.influxdb.client.write.events.WriteSuccessEvent;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the client library's write events, keeps the {@link WriteCounters} and passes each event on to
 * the caller's {@link WriteListener} as this module's types.
 */
final class WriteEvents {

    private static final Logger LOG = LoggerFactory.getLogger(WriteEvents.class);
    private static final String OPERATION = "asynchronous write";

    private final WriteListener listener;
    private final InfluxErrors errors;
    private final AtomicLong pointsQueued = new AtomicLong();
    private final AtomicLong batchesWritten = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong batchesFailed = new AtomicLong();
    private final AtomicLong pointsDropped = new AtomicLong();

    WriteEvents(WriteListener listener, InfluxErrors errors) {
        this.listener = listener;
        this.errors = errors;
    }

    void listenTo(WriteApi writes) {
        writes.listenEvents(WriteSuccessEvent.class, this::written);
        writes.listenEvents(WriteRetriableErrorEvent.class, this::retrying);
        writes.listenEvents(WriteErrorEvent.class, this::failed);
        writes.listenEvents(BackpressureEvent.class, this::dropped);
    }

    void queued(int points) {
        pointsQueued.addAndGet(points);
    }

    WriteCounters counters() {
        return new WriteCounters(pointsQueued.get(), batchesWritten.get(), retries.get(), batchesFailed.get(),
                pointsDropped.get());
    }

    private void written(WriteSuccessEvent event) {
        batchesWritten.incrementAndGet();
        tell("batchWritten", () -> listener.batchWritten(event.getLineProtocol()));
    }

    private void retrying(WriteRetriableErrorEvent event) {
        retries.incrementAndGet();
        InfluxAccessException failure = errors.translate(OPERATION, event.getThrowable());
        Duration delay = Duration.ofMillis(event.getRetryInterval());
        tell("retrying", () -> listener.retrying(failure, delay));
    }

    private void failed(WriteErrorEvent event) {
        batchesFailed.incrementAndGet();
        InfluxAccessException failure = errors.translate(OPERATION, event.getThrowable());
        tell("batchFailed", () -> listener.batchFailed(failure));
    }

    void droppedBeforeBuffering(int points) {
        dropped(points);
    }

    private void dropped(BackpressureEvent event) {
        dropped(Math.max(1, event.getDroppedLineProtocol().size()));
    }

    private void dropped(int points) {
        pointsDropped.addAndGet(points);
        tell("pointsDropped", () -> listener.pointsDropped(points));
    }

    private void tell(String method, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException listenerFailure) {
            LOG.warn("influxdb write listener {} threw {}: {}", method, listenerFailure.getClass().getName(),
                    errors.mask(listenerFailure.getMessage()));
        }
    }
}
