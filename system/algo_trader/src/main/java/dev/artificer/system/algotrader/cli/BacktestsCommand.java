package dev.artificer.system.algotrader.cli;

import dev.artificer.component.backtest.BacktestRecord;
import dev.artificer.component.backtest.BacktestRuns;
import dev.artificer.component.backtest.Trade;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.report.MetricRows;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

        private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
                .withZone(ZoneOffset.UTC);

        private static final Map<String, String> HEADLINE = headline();

        private static final Listing<BacktestRecord> LISTING = listing();

        private final ObjectProvider<BacktestRuns> runs;

        @Mixin
        private OutputFormat format;

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
            List<BacktestRecord> newest = runs.getObject().newest(Math.max(1, limit));
            LISTING.print(spec.commandLine().getOut(), format, newest,
                    "No backtests stored yet: run `backtest --strategy sma-cross --symbol AAPL`.");
            return 0;
        }

        private static String metric(BacktestRecord run, String key) {
            Double value = run.metrics().get(key);
            return value == null ? "" : MetricRows.format(key, value);
        }

        private static Map<String, String> headline() {
            Map<String, String> metrics = new LinkedHashMap<>();
            metrics.put("total_return", "RETURN");
            metrics.put("sharpe", "SHARPE");
            metrics.put("max_drawdown", "MAX DD");
            metrics.put("trades", "TRADES");
            return metrics;
        }

        private static Listing<BacktestRecord> listing() {
            Listing<BacktestRecord> listing = new Listing<BacktestRecord>("runs")
                    .column("ID", "id", BacktestRecord::id)
                    .column("KIND", "kind", BacktestRecord::kind)
                    .column("CREATED", "createdAt", BacktestRecord::createdAt, run -> CREATED.format(run.createdAt()))
                    .column("STRATEGY", "strategy", BacktestRecord::strategy,
                            run -> (run.strategy() + " " + run.parameters()).strip())
                    .field("parameters", BacktestRecord::parameters)
                    .column("SYMBOLS", "symbols", BacktestRecord::symbols)
                    .column("TF", "timeframe", run -> run.timeframe().code())
                    .field("from", BacktestRecord::from)
                    .field("to", BacktestRecord::to)
                    .field("initialCash", BacktestRecord::initialCash)
                    .field("finalEquity", BacktestRecord::finalEquity);
            HEADLINE.forEach((key, header) -> listing.column(header, key, run -> run.metrics().get(key),
                    run -> metric(run, key)));
            return listing.field("report", run -> run.report().orElse(null));
        }
    }

    /** {@code backtests show ID}: one run's metrics, trades and report. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "One stored run: metrics, trades, report.")
    public static class ShowRun implements Callable<Integer> {

        private static final int SHOWN_TRADES = 50;

        private final ObjectProvider<BacktestRuns> runs;

        @Mixin
        private OutputFormat format;

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
            Listing<Trade> trades = trades(run.timeframe());
            switch (format.kind()) {
                case JSON -> JsonOutput.print(out, Map.of("run", RunDocument.of(run),
                        "trades", run.trades().stream().map(trades::document).toList()));
                case CSV -> trades.print(out, format, run.trades(), "");
                case TEXT -> {
                    RunPrinter.heading(out, run);
                    RunPrinter.metrics(out, run);
                    out.println(run.trades().size() + " trades" + (run.trades().size() > SHOWN_TRADES
                            ? ", the first " + SHOWN_TRADES + ":" : ":"));
                    trades.table(run.trades().subList(0, Math.min(SHOWN_TRADES, run.trades().size()))).print(out);
                    out.println("Report: " + run.report().orElse("none"));
                }
            }
            return 0;
        }

        private static Listing<Trade> trades(Timeframe size) {
            return new Listing<Trade>("trades")
                    .column("SYMBOL", "symbol", trade -> trade.symbol().value())
                    .column("SIDE", "direction", trade -> trade.direction().name())
                    .column("ENTRY", "entryTime", Trade::entryTime, trade -> MarketTime.of(trade.entryTime(), size))
                    .column("ENTRY PRICE", "entryPrice", Trade::entryPrice, trade -> money(trade.entryPrice()))
                    .column("EXIT", "exitTime", Trade::exitTime, trade -> MarketTime.of(trade.exitTime(), size))
                    .column("EXIT PRICE", "exitPrice", Trade::exitPrice, trade -> money(trade.exitPrice()))
                    .column("QUANTITY", "quantity", Trade::quantity, trade -> String.format(Locale.ROOT, "%,d", trade.quantity()))
                    .column("COMMISSION", "commission", Trade::commission, trade -> money(trade.commission()))
                    .column("P&L", "pnl", Trade::pnl, trade -> money(trade.pnl()));
        }

        private static String money(double value) {
            return String.format(Locale.ROOT, "%,.2f", value);
        }
    }
}
