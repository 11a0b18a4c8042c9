package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.backtest.BacktestEngine;
import dev.artificer.system.algotrader.backtest.BacktestResult;
import dev.artificer.system.algotrader.backtest.BacktestSettings;
import dev.artificer.system.algotrader.backtest.CommissionModel;
import dev.artificer.system.algotrader.backtest.SlippageModel;
import dev.artificer.system.algotrader.marketdata.BarIngestion;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.marketdata.IngestionProgress;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import dev.artificer.system.algotrader.strategy.StrategyDefinition;
import dev.artificer.system.algotrader.strategy.StrategyParameters;
import dev.artificer.system.algotrader.strategy.builtin.BuiltinStrategies;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader backtest}: runs a strategy over the stored history of a symbol (fetching it first when
 * nothing is stored) and prints the results next to buy-and-hold.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Test a strategy against stored history (fetched first when missing).",
                "e.g. backtest --strategy sma-cross --symbol AAPL fast=10 slow=30 sizing=percent percent=20"})
public class BacktestCommand implements Callable<Integer> {

    private final ObjectProvider<BarRepository> bars;
    private final ObjectProvider<BarIngestion> ingestion;
    private final ObjectProvider<MarketDataSource> source;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StrategyOptions strategyOptions;

    @Option(names = "--symbol", required = true, description = "Symbol, e.g. AAPL.")
    private String symbol;

    @Option(names = "--timeframe", defaultValue = "daily", description = "Bar size (default ${DEFAULT-VALUE}).")
    private String timeframe;

    @Option(names = "--cash", defaultValue = "100000", description = "Starting cash (default ${DEFAULT-VALUE}).")
    private double cash;

    @Option(names = "--commission-per-share", defaultValue = "0.005",
            description = "Commission per share, minimum 1.00 per order (default ${DEFAULT-VALUE}).")
    private double commissionPerShare;

    @Option(names = "--slippage-bps", defaultValue = "5", description = "Slippage in basis points (default ${DEFAULT-VALUE}).")
    private double slippageBps;

    @Option(names = "--fill-at-close", description = "Fill at the signal bar's close (optimistic) instead of the next open.")
    private boolean fillAtClose;

    /**
     * Creates the command.
     *
     * @param bars      stored bars
     * @param ingestion fetches missing history
     * @param source    the market data source
     */
    public BacktestCommand(ObjectProvider<BarRepository> bars, ObjectProvider<BarIngestion> ingestion,
                           ObjectProvider<MarketDataSource> source) {
        this.bars = bars;
        this.ingestion = ingestion;
        this.source = source;
    }

    /**
     * Runs the backtest.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        StrategyDefinition definition = strategyOptions.definition(BuiltinStrategies.registry());
        StrategyParameters parameters = strategyOptions.parameters(definition);
        Symbol ticker = Symbol.of(symbol);
        Timeframe size = Timeframe.parse(timeframe);
        PrintWriter out = spec.commandLine().getOut();
        List<Bar> history = history(ticker, size, out);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("no " + size + " bars of " + ticker + " are stored or could be fetched");
        }
        BacktestSettings costs = BacktestSettings.withoutCosts(cash)
                .withCosts(CommissionModel.perShare(commissionPerShare, 1.0), SlippageModel.basisPoints(slippageBps));
        BacktestSettings filling = fillAtClose ? costs.fillingAtClose() : costs;
        boolean shorts = "true".equals(parameters.asMap().get("short"));
        BacktestSettings settings = shorts ? filling.withShortsAndMargin(1) : filling;
        BacktestResult result = new BacktestEngine(settings).run(definition.create(parameters), history);
        print(out, result, history);
        return 0;
    }

    private List<Bar> history(Symbol ticker, Timeframe size, PrintWriter out) {
        Instant everything = Instant.EPOCH;
        Instant now = Instant.now();
        List<Bar> stored = bars.getObject().range(ticker, size, everything, now);
        if (!stored.isEmpty()) {
            return stored;
        }
        out.println("No " + size + " bars of " + ticker + " stored; fetching them from " + source.getObject().name()
                + ("simulated".equals(source.getObject().name()) ? " (SIMULATED market: not real prices)" : "") + " ...");
        out.flush();
        ingestion.getObject().ingest(List.of(ticker), List.of(size), Optional.empty(), IngestionProgress.silent());
        return bars.getObject().range(ticker, size, everything, now);
    }

    private static void print(PrintWriter out, BacktestResult result, List<Bar> history) {
        double buyAndHold = history.getLast().close() / history.getFirst().open() - 1;
        out.println(result.strategy() + " on " + history.getFirst().symbol() + " " + history.getFirst().timeframe()
                + ", " + history.size() + " bars from " + history.getFirst().start() + " to " + history.getLast().start());
        Table table = new Table("METRIC", "VALUE");
        table.row("Total return", percent(result.totalReturn()));
        table.row("Buy and hold (price)", percent(buyAndHold));
        table.row("Max drawdown", percent(-result.maxDrawdown()));
        table.row("Fills", String.valueOf(result.fills().size()));
        table.row("Refused orders", String.valueOf(result.rejections().size()));
        table.row("Fees paid", String.format(Locale.ROOT, "%,.2f", result.feesPaid()));
        table.row("Final equity", String.format(Locale.ROOT, "%,.2f", result.finalEquity()));
        table.print(out);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.2f %%", fraction * 100);
    }
}
