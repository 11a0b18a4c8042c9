package dev.artificer.system.algotrader.adapters.schwab;

import dev.artificer.infrastructure.schwab.http.RateLimitListener;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Records every wait for a Schwab client-side rate-limit permit in the timer
 * {@code algo_trader.schwab.rate_limit.waits}, which the system-health dashboard shows (count and total per minute).
 */
public final class RateLimitWaitMetrics implements RateLimitListener {

    private final Timer waits;

    /**
     * Creates the recorder.
     *
     * @param meters where the timer lives
     */
    public RateLimitWaitMetrics(MeterRegistry meters) {
        this.waits = Timer.builder(ObservabilitySchema.Metrics.SCHWAB_RATE_LIMIT_WAITS)
                .description("time Schwab requests waited for a client-side rate-limit permit")
                .register(meters);
    }

    @Override
    public void waited(String request, Duration waited, boolean granted) {
        waits.record(waited);
    }
}
