package dev.artificer.system.algotrader.cli;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.lookahead.LookaheadCheck;
import dev.artificer.component.backtest.lookahead.LookaheadReport;
import dev.artificer.component.market.Bar;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.system.algotrader.userstrategy.LookaheadLedger;
import dev.artificer.system.algotrader.userstrategy.StrategySource;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/** The look-ahead check a new or changed strategy of the user's gets the first time it is backtested. */
final class FirstLookahead {

    private static final int CUTS = 20;

    private FirstLookahead() {
    }

    static void check(LookaheadLedger ledger, StrategySource source, Supplier<Strategy> strategy, BacktestEngine engine,
                      List<Bar> history, PrintWriter out) {
        if (ledger.checked(source)) {
            return;
        }
        out.println("First backtest of " + source.label() + ": checking it for look-ahead (" + CUTS + " cuts) ...");
        LookaheadReport report = new LookaheadCheck(engine).run(strategy, history, CUTS, done -> { });
        if (report.clean()) {
            out.println("No look-ahead: " + report.decisions() + " decisions, each the same with the future removed.");
        } else {
            out.println("WARNING: LOOK-AHEAD in " + source.fileName() + ": " + report.violations().size() + " of "
                    + report.cuts() + " cuts changed a decision when the future was removed, first at bar "
                    + report.violations().getFirst().decidedAt() + "; these results are not to be trusted (details: "
                    + "lookahead --strategy NAME ...)");
        }
        ledger.record(source);
    }
}
