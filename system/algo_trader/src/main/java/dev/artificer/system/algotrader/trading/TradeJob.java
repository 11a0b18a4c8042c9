package dev.artificer.system.algotrader.trading;

import dev.artificer.system.algotrader.jobs.Job;
import java.util.function.Supplier;

/**
 * The scheduled job that runs the decision loop. The loop (and with it the broker, through the live gate) is built
 * at the first run, so listing the jobs never opens a broker.
 */
public final class TradeJob implements Job {

    /** The job's name. */
    public static final String NAME = "trade";

    private final Supplier<TradingLoop> loop;

    /**
     * Creates the job.
     *
     * @param loop the decision loop, built on first use
     */
    public TradeJob(Supplier<TradingLoop> loop) {
        this.loop = loop;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String run() {
        return loop.get().runOnce();
    }
}
