package dev.artificer.system.algotrader.cli;

import dev.artificer.component.backtest.BacktestRecord;
import dev.artificer.system.algotrader.archive.ArchivedRun;
import dev.artificer.system.algotrader.report.MetricRow;
import dev.artificer.system.algotrader.report.MetricRows;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a stored backtest run the same way for every command: heading, metrics table, where it was kept. */
final class RunPrinter {

    private RunPrinter() {
    }

    static void heading(PrintWriter out, BacktestRecord run) {
        out.printf(Locale.ROOT, "%s %d: %s %s%n  on %s %s, %,d bars from %s to %s%n  %s%n",
                run.kind().equals("walkforward") ? "Walk-forward" : "Backtest", run.id(), run.strategy(),
                run.parameters(), run.symbols(), run.timeframe(), run.bars(), run.from(), run.to(), run.settings());
    }

    static void metrics(PrintWriter out, BacktestRecord run) {
        Table table = new Table("METRIC", "VALUE");
        for (MetricRow row : MetricRows.of(run.metrics())) {
            table.row(row.label(), row.value());
        }
        table.row("Final equity", String.format(Locale.ROOT, "%,.2f", run.finalEquity()));
        table.print(out);
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
