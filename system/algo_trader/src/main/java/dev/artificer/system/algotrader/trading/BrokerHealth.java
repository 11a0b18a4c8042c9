package dev.artificer.system.algotrader.trading;

import dev.artificer.system.algotrader.trading.broker.BrokerException;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts consecutive broker errors across every call to the broker and halts trading when they reach the limit; a
 * successful call resets the count.
 */
public final class BrokerHealth {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerHealth.class);

    private final TradingState state;
    private final Clock clock;
    private final int maxErrors;
    private int consecutive;

    /**
     * Creates the counter.
     *
     * @param state     the kill switch
     * @param clock     the time
     * @param maxErrors consecutive errors that halt trading, 1 or more
     */
    public BrokerHealth(TradingState state, Clock clock, int maxErrors) {
        this.state = state;
        this.clock = clock;
        this.maxErrors = maxErrors;
    }

    /**
     * Calls the broker, counting a failure.
     *
     * @param what     what the call does, for the halt reason
     * @param call     the call
     * @param <T>      what it returns
     * @return what the call returned
     * @throws BrokerException when the call failed (after counting it, and halting when that was one too many)
     */
    public synchronized <T> T call(String what, Supplier<T> call) {
        try {
            T result = call.get();
            consecutive = 0;
            return result;
        } catch (BrokerException failure) {
            consecutive++;
            LOG.warn("broker error {} of {} allowed in a row ({}): {}", consecutive, maxErrors, what, failure.getMessage());
            if (consecutive >= maxErrors && state.halt(consecutive + " broker errors in a row; the last, " + what + ": "
                    + failure.getMessage(), clock.instant())) {
                LOG.warn("trading HALTED after {} broker errors in a row", consecutive);
            }
            throw failure;
        }
    }

    /**
     * Calls the broker for its side effect, counting a failure.
     *
     * @param what what the call does
     * @param call the call
     * @throws BrokerException when the call failed
     */
    public void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }
}
