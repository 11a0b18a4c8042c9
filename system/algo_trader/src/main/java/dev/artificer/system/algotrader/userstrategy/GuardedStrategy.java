package dev.artificer.system.algotrader.userstrategy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.util.List;
import java.util.Set;

/**
 * A user's strategy with what it throws turned into one line that names the bar and the first frame of the user's own
 * code, so that a failing strategy fails its run and never the service.
 */
final class GuardedStrategy implements Strategy {

    private final Strategy strategy;
    private final Set<String> ownClasses;

    GuardedStrategy(Strategy strategy, Set<String> ownClasses) {
        this.strategy = strategy;
        this.ownClasses = ownClasses;
    }

    @Override
    public String name() {
        return strategy.name();
    }

    @Override
    public void prepare(List<Bar> history) {
        try {
            strategy.prepare(history);
        } catch (RuntimeException | StackOverflowError failure) {
            throw failed("while preparing on " + history.size() + " bars", failure);
        }
    }

    @Override
    public void onBar(Bar bar, StrategyContext context) {
        try {
            strategy.onBar(bar, context);
        } catch (RuntimeException | StackOverflowError failure) {
            throw failed("on " + bar.symbol() + " " + bar.timeframe() + " bar " + bar.start(), failure);
        }
    }

    private StrategyFailedException failed(String where, Throwable failure) {
        return new StrategyFailedException("strategy " + strategy.name() + " failed " + where + ": "
                + failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                + ownFrame(failure), failure);
    }

    private String ownFrame(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (ownClasses.contains(frame.getClassName())) {
                return " (at " + frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
                        + frame.getLineNumber() + "))";
            }
        }
        return "";
    }
}
