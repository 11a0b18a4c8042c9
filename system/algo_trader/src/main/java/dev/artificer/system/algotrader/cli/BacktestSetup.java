package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.CommissionModel;
import dev.artificer.component.backtest.SlippageModel;
import dev.artificer.system.algotrader.marketdata.BarIngestion;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.marketdata.IngestionProgress;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import dev.artificer.system.algotrader.report.ReportHeader;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Option;

/**
 * What the backtesting commands share: the data (symbols, bar size, date range; fetched first when nothing is
 * stored) and the account (cash, commission, slippage, fill rule, margin).
 */
public class BacktestSetup {

    private final ObjectProvider<BarRepository> bars;
    private final ObjectProvider<BarIngestion> ingestion;
    private final ObjectProvider<MarketDataSource> source;
    private final ObjectProvider<Clock> clock;

    @Option(names = "--symbol", required = true, split = ",", paramLabel = "SYMBOL",
            description = "Symbol(s), e.g. AAPL or AAPL,MSFT (repeatable).")
    private List<Symbol> symbols = new ArrayList<>();

    @Option(names = "--timeframe", defaultValue = "daily", completionCandidates = TimeframeCodes.class, description = "Bar size (default ${DEFAULT-VALUE}).")
    private Timeframe timeframe;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of data (default: all stored).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of data (default: all stored).")
    private LocalDate to;

    @Option(names = "--cash", defaultValue = "100000", description = "Starting cash (default ${DEFAULT-VALUE}).")
    private double cash;

    @Option(names = "--commission", defaultValue = "per-share:0.005:1.00", paramLabel = "MODEL",
            description = "none, per-share:RATE[:MINIMUM], per-order:FEE or percent:PERCENT (default ${DEFAULT-VALUE}).")
    private String commission;

    @Option(names = "--slippage", defaultValue = "bps:5", paramLabel = "MODEL",
            description = "none, bps:BASIS_POINTS or fixed:DOLLARS_PER_SHARE (default ${DEFAULT-VALUE}).")
    private String slippage;

    @Option(names = "--fill-at-close", description = "Fill market orders at the signal bar's close (optimistic) instead of the next open.")
    private boolean fillAtClose;

    @Option(names = "--margin", defaultValue = "1", paramLabel = "X",
            description = "Buying power as a multiple of equity: 1 = cash account (default), 2 = Reg T margin.")
    private double margin;

    /**
     * Creates the options.
     *
     * @param bars      stored bars
     * @param ingestion fetches missing history
     * @param source    the market data source
     * @param clock       the time: bars not closed by now are left out
     */
    public BacktestSetup(ObjectProvider<BarRepository> bars, ObjectProvider<BarIngestion> ingestion,
                         ObjectProvider<MarketDataSource> source, ObjectProvider<Clock> clock) {
        this.bars = bars;
        this.ingestion = ingestion;
        this.source = source;
        this.clock = clock;
    }

    /**
     * The closed bars of every symbol, fetching a symbol's history first when none is stored. Bars still in
     * progress now are left out; the console is told where the data ends and which bar was left out.
     *
     * @param out where to say that history is being fetched, where it ends and what was left out
     * @return the bars, in time order per symbol
     * @throws UsageException when --from is after --to, or a symbol has no closed bars in the range
     * @throws dev.artificer.system.algotrader.marketdata.UnknownSymbolException when nothing is stored and the
     *         source does not have the symbol
     */
    List<Bar> history(PrintWriter out) {
        Timeframe size = timeframe;
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to, null);
        }
        Instant now = clock.getObject().instant();
        Instant start = day(from).orElse(Instant.EPOCH);
        Instant end = day(to).map(day -> day.plusSeconds(86_399)).orElse(now);
        List<Bar> history = new ArrayList<>();
        List<Bar> unfinished = new ArrayList<>();
        for (Symbol symbol : symbols.stream().distinct().toList()) {
            List<Bar> stored = bars.getObject().range(symbol, size, start, end);
            if (stored.isEmpty() && bars.getObject().latest(symbol, size).isEmpty()) {
                source.getObject().requireKnown(symbol);
                String market = source.getObject().name();
                out.println("No " + size + " bars of " + symbol + " stored; fetching them from " + market
                        + ("simulated".equals(market) ? " (SIMULATED market: not real prices)" : "") + " ...");
                out.flush();
                ingestion.getObject().ingest(List.of(symbol), List.of(size), Optional.empty(), IngestionProgress.silent());
                stored = bars.getObject().range(symbol, size, start, end);
            }
            ClosedBars usable = ClosedBars.at(stored, now);
            if (usable.closed().isEmpty()) {
                throw new UsageException("no closed " + size + " bars of " + symbol + " between " + start + " and "
                        + end + (usable.unfinished().isEmpty() ? "" : " (only bars still in progress)"), null);
            }
            history.addAll(usable.closed());
            unfinished.addAll(usable.unfinished());
        }
        new ClosedBars(history, unfinished).describe().forEach(out::println);
        out.flush();
        return history;
    }

    /**
     * The account the runs trade in.
     *
     * @param shorts whether the strategy sells short (needs shorts allowed)
     * @return the settings
     * @throws UsageException naming a malformed cost model or an out-of-range value
     */
    BacktestSettings settings(boolean shorts) {
        try {
            BacktestSettings settings = BacktestSettings.withoutCosts(cash).withCosts(commissionModel(), slippageModel());
            BacktestSettings filling = fillAtClose ? settings.fillingAtClose() : settings;
            return shorts || margin != 1 ? filling.withShortsAndMargin(margin) : filling;
        } catch (IllegalArgumentException invalid) {
            throw new UsageException(invalid.getMessage(), invalid);
        }
    }

    /**
     * The account in words, for the stored run.
     *
     * @param settings the settings
     * @return e.g. "cash 100000, commission per-share:0.005:1.00, slippage bps:5, next open, margin 1x, long only"
     */
    String describe(BacktestSettings settings) {
        return "cash " + settings.initialCash() + ", commission " + commission + ", slippage " + slippage + ", "
                + (settings.fillAtClose() ? "fill at close" : "next open") + ", margin " + settings.margin() + "x, "
                + (settings.allowShort() ? "shorts allowed" : "long only");
    }

    /**
     * How a run was set up, for its report's header.
     *
     * @param strategy   the strategy's registered name
     * @param parameters the parameters that matter, in words
     * @param sizing     the sizing parameters, empty when none
     * @param settings   the account
     * @param code       the strategy's code version: {@code built-in} or its source label
     * @return the header
     */
    ReportHeader header(String strategy, String parameters, String sizing, BacktestSettings settings, String code) {
        String market = source.getObject().name();
        return new ReportHeader(strategy, parameters, sizing, "commission " + commission + ", slippage " + slippage
                + " (market and stop orders)", settings.fillAtClose()
                ? "market orders at the signal bar's close (optimistic)"
                : "market orders at the next bar's open; limit and stop orders at their price when a bar reaches it "
                + "(at the open when it gaps through)",
                (settings.margin() == 1 ? "cash account" : "margin " + settings.margin() + "x") + ", "
                        + (settings.allowShort() ? "shorts allowed" : "long only"),
                "simulated".equals(market) ? "simulated market (SIMULATED: not real prices)"
                        : "bars stored in " + bars.getObject().location() + ", fetched from " + market,
                code);
    }

    /**
     * How many distinct symbols the run trades.
     *
     * @return at least 1
     */
    int symbolCount() {
        return (int) symbols.stream().distinct().count();
    }

    private static Optional<Instant> day(LocalDate date) {
        return Optional.ofNullable(date).map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private CommissionModel commissionModel() {
        String[] parts = commission.split(":");
        return switch (parts[0]) {
            case "none" -> CommissionModel.none();
            case "per-share" -> CommissionModel.perShare(number(parts, 1, "--commission"),
                    parts.length > 2 ? number(parts, 2, "--commission") : 0);
            case "per-order" -> CommissionModel.perOrder(number(parts, 1, "--commission"));
            case "percent" -> CommissionModel.percentage(number(parts, 1, "--commission"));
            default -> throw new UsageException("--commission must be none, per-share:RATE[:MINIMUM], per-order:FEE or "
                    + "percent:PERCENT (got '" + commission + "')", null);
        };
    }

    private SlippageModel slippageModel() {
        String[] parts = slippage.split(":");
        return switch (parts[0]) {
            case "none" -> SlippageModel.none();
            case "bps" -> SlippageModel.basisPoints(number(parts, 1, "--slippage"));
            case "fixed" -> SlippageModel.fixed(number(parts, 1, "--slippage"));
            default -> throw new UsageException("--slippage must be none, bps:BASIS_POINTS or fixed:DOLLARS (got '"
                    + slippage + "')", null);
        };
    }

    private static double number(String[] parts, int index, String option) {
        String text = String.join(":", parts);
        if (parts.length <= index) {
            throw new UsageException(option + " '" + text + "' is missing a number", null);
        }
        try {
            double value = Double.parseDouble(parts[index]);
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new UsageException(option + " '" + text + "': numbers must be 0 or more", null);
            }
            return value;
        } catch (NumberFormatException invalid) {
            throw new UsageException(option + " '" + text + "': '" + parts[index] + "' is not a number", invalid);
        }
    }
}
