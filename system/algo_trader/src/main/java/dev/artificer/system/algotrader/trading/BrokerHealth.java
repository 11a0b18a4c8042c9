package dev.artificer.system.algotrader.trading;

import dev.artificer.system.algotrader.trading.broker.BrokerException;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts broker errors in a row and halts trading when they reach the limit. Every failed call counts; only an
 * order the broker took (placed or cancelled) resets the count, so a broker that answers questions but refuses every
 * order still halts trading.
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
     * @param maxErrors broker errors in a row that halt trading, 1 or more
     */
    public BrokerHealth(TradingState state, Clock clock, int maxErrors) {
        this.state = state;
        this.clock = clock;
        this.maxErrors = maxErrors;
    }

    /**
     * Sends an order or a cancellation: a failure counts, a success resets the count.
     *
     * @param what what the call does, for the halt reason
     * @param call the call
     * @param <T>  what it returns
     * @return what the call returned
     * @throws BrokerException when the call failed (after counting it, and halting when that was one too many)
     */
    public <T> T send(String what, Supplier<T> call) {
        return call(what, call, true);
    }

    /**
     * Asks the broker something (account, orders, fills): a failure counts, a success leaves the count.
     *
     * @param what what the call does, for the halt reason
     * @param call the call
     * @param <T>  what it returns
     * @return what the call returned
     * @throws BrokerException when the call failed
     */
    public <T> T read(String what, Supplier<T> call) {
        return call(what, call, false);
    }

    private synchronized <T> T call(String what, Supplier<T> call, boolean successResets) {
        try {
            T result = call.get();
            if (successResets) {
                consecutive = 0;
            }
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
}
