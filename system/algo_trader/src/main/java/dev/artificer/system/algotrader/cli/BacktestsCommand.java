package dev.artificer.system.algotrader.cli;

import dev.artificer.component.backtest.BacktestRecord;
import dev.artificer.component.backtest.BacktestRuns;
import dev.artificer.component.backtest.Trade;
import dev.artificer.system.algotrader.report.MetricRows;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code algo-trader backtests list|show ID}: the stored backtest runs. */
@Command(name = "backtests", mixinStandardHelpOptions = true, description = "Stored backtest runs: list, show ID.",
        subcommands = {BacktestsCommand.ListRuns.class, BacktestsCommand.ShowRun.class})
public class BacktestsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /**
     * Without a subcommand: the usage.
     *
     * @return 2
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** {@code backtests list}: the newest runs with their headline metrics. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "The newest stored runs.")
    public static class ListRuns implements Callable<Integer> {

        private final ObjectProvider<BacktestRuns> runs;

        @Spec
        private CommandSpec spec;

        @Option(names = "--limit", defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
        private int limit;

        /**
         * Creates the command.
         *
         * @param runs the run store
         */
        public ListRuns(ObjectProvider<BacktestRuns> runs) {
            this.runs = runs;
        }

        /**
         * Lists the runs.
         *
         * @return 0
         */
        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<BacktestRecord> newest = runs.getObject().newest(Math.max(1, limit));
            if (newest.isEmpty()) {
                out.println("No backtests stored yet: run `backtest --strategy sma-cross --symbol AAPL`.");
                return 0;
            }
            Table table = new Table("ID", "KIND", "CREATED", "STRATEGY", "SYMBOLS", "TF", "RETURN", "SHARPE", "MAX DD", "TRADES");
            for (BacktestRecord run : newest) {
                table.row(String.valueOf(run.id()), run.kind(), run.createdAt().toString().substring(0, 19),
                        run.strategy() + " " + run.parameters(), run.symbols(), run.timeframe().code(),
                        metric(run, "total_return"), metric(run, "sharpe"), metric(run, "max_drawdown"),
                        metric(run, "trades"));
            }
            table.print(out);
            return 0;
        }

        private static String metric(BacktestRecord run, String key) {
            Double value = run.metrics().get(key);
            return value == null ? "" : MetricRows.format(key, value);
        }
    }

    /** {@code backtests show ID}: one run's metrics, trades and report. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "One stored run: metrics, trades, report.")
    public static class ShowRun implements Callable<Integer> {

        private static final int SHOWN_TRADES = 50;

        private final ObjectProvider<BacktestRuns> runs;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The run's id (see `backtests list`).")
        private long id;

        /**
         * Creates the command.
         *
         * @param runs the run store
         */
        public ShowRun(ObjectProvider<BacktestRuns> runs) {
            this.runs = runs;
        }

        /**
         * Shows the run.
         *
         * @return 0
         */
        @Override
        public Integer call() {
            BacktestRecord run = runs.getObject().find(id).orElseThrow(() ->
                    new UsageException("no backtest " + id + " is stored (see `backtests list`)", null));
            PrintWriter out = spec.commandLine().getOut();
            RunPrinter.heading(out, run);
            RunPrinter.metrics(out, run);
            Table trades = new Table("SYMBOL", "SIDE", "ENTRY", "ENTRY PRICE", "EXIT", "EXIT PRICE", "QUANTITY", "P&L");
            for (Trade trade : run.trades().subList(0, Math.min(SHOWN_TRADES, run.trades().size()))) {
                trades.row(trade.symbol().value(), trade.direction().name(), trade.entryTime().toString(),
                        String.format(Locale.ROOT, "%,.2f", trade.entryPrice()), trade.exitTime().toString(),
                        String.format(Locale.ROOT, "%,.2f", trade.exitPrice()), String.valueOf(trade.quantity()),
                        String.format(Locale.ROOT, "%,.2f", trade.pnl()));
            }
            out.println(run.trades().size() + " trades" + (run.trades().size() > SHOWN_TRADES
                    ? ", the first " + SHOWN_TRADES + ":" : ":"));
            trades.print(out);
            out.println("Report: " + run.report().orElse("none"));
            return 0;
        }
    }
}
