package dev.artificer.system.algotrader.cli;

import dev.artificer.component.backtest.BacktestRecord;
import dev.artificer.system.algotrader.archive.ArchivedRun;
import dev.artificer.system.algotrader.report.MetricRow;
import dev.artificer.system.algotrader.report.MetricRows;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Prints a stored backtest run the same way for every command: heading, metrics table, where it was kept. */
final class RunPrinter {

    private RunPrinter() {
    }

    static void heading(PrintWriter out, BacktestRecord run) {
        out.printf(Locale.ROOT, "%s %d: %s %s%n  on %s %s, %,d bars from %s to %s%n  %s%n",
                run.kind().equals("walkforward") ? "Walk-forward" : "Backtest", run.id(), run.strategy(),
                run.parameters(), run.symbols(), run.timeframe(), run.bars(), MarketTime.of(run.from(), run.timeframe()),
                MarketTime.of(run.to(), run.timeframe()), run.settings());
    }

    static void metrics(PrintWriter out, BacktestRecord run) {
        Table table = new Table("METRIC", "VALUE");
        for (MetricRow row : MetricRows.of(run.metrics())) {
            table.row(row.label(), row.value());
        }
        table.row("Final equity", String.format(Locale.ROOT, "%,.2f", run.finalEquity()));
        table.print(out);
        againstBuyAndHold(run.metrics()).ifPresent(out::println);
    }

    /**
     * The strategy's return and exposure beside buy-and-hold's, which is in the market on every bar.
     *
     * @param metrics the run's metrics
     * @return e.g. "Strategy +12.34 % at 43.21 % exposure; buy and hold +25.00 % at 100.00 % exposure", when the
     *         metrics have a return, an exposure and a buy-and-hold return
     */
    static Optional<String> againstBuyAndHold(Map<String, Double> metrics) {
        Double total = metrics.get("total_return");
        Double exposure = metrics.get("exposure");
        Double benchmark = metrics.get("buy_and_hold_return");
        if (total == null || exposure == null || benchmark == null) {
            return Optional.empty();
        }
        return Optional.of("Strategy " + MetricRows.format("total_return", total) + " at "
                + MetricRows.format("exposure", exposure) + " exposure; buy and hold "
                + MetricRows.format("buy_and_hold_return", benchmark) + " at " + MetricRows.format("exposure", 1.0)
                + " exposure");
    }

    static void kept(PrintWriter out, ArchivedRun archived) {
        out.println("Stored as " + archived.record().kind() + " " + archived.record().id() + " in " + archived.runStore());
        out.println("Equity curve: " + (archived.curvePoints() > 0
                ? archived.curvePoints() + " points to " + archived.curveStore() : archived.curveStore()));
        out.println("Report: " + archived.report());
        out.println("Trades: " + archived.trades());
        out.flush();
    }
}
