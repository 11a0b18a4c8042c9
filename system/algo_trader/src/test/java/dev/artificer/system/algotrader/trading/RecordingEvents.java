package dev.artificer.system.algotrader.trading;

import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link TradingEvents} that keeps what it was told, in order. */
final class RecordingEvents implements TradingEvents {

    final List<BrokerFill> fills = new CopyOnWriteArrayList<>();
    final List<String> runs = new CopyOnWriteArrayList<>();

    @Override
    public void filled(BrokerFill fill) {
        fills.add(fill);
    }

    @Override
    public void loopSucceeded() {
        runs.add("succeeded");
    }

    @Override
    public void loopFailed(String problem) {
        runs.add("failed: " + problem);
    }
}
