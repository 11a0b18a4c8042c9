package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Bar;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import dev.artificer.system.algotrader.observability.ObservabilitySchema.Metrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The live feed's meters, named in {@link Metrics}: messages received, interruptions (each followed by a reconnect),
 * gaps filled and the minutes they brought, and how long a bar took from the feed to the store.
 */
public final class StreamMetrics {

    private final MeterRegistry meters;
    private final Counter messages;
    private final Counter reconnects;
    private final Counter gaps;
    private final Counter gapMinutes;

    /**
     * Creates the meters.
     *
     * @param meters where they are registered
     */
    public StreamMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.messages = meters.counter(Metrics.STREAM_MESSAGES);
        this.reconnects = meters.counter(Metrics.STREAM_RECONNECTS);
        this.gaps = meters.counter(Metrics.STREAM_GAPS_FILLED);
        this.gapMinutes = meters.counter(Metrics.STREAM_GAP_MINUTES);
    }

    /** A quote or a minute arrived from the feed. */
    public void message() {
        messages.increment();
    }

    /** The feed lost its connection (it reconnects by itself). */
    public void interrupted() {
        reconnects.increment();
    }

    /**
     * A gap was filled from price history.
     *
     * @param minutes how many minutes it brought
     */
    public void gapFilled(int minutes) {
        gaps.increment();
        gapMinutes.increment(minutes);
    }

    /**
     * A bar was stored.
     *
     * @param bar     the bar
     * @param latency from its minute's arrival to stored
     */
    public void stored(Bar bar, Duration latency) {
        Timer.builder(Metrics.STREAM_STORED_LATENCY).tag(ObservabilitySchema.SYMBOL, bar.symbol().value())
                .tag("timeframe", bar.timeframe().code()).register(meters).record(latency);
    }
}
