package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.BarIngestion;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.marketdata.IngestionReport;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import dev.artificer.system.algotrader.marketdata.Watchlist;
import dev.artificer.system.algotrader.shutdown.GracefulShutdown;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader backfill}: fetches and stores the price history that is not stored yet, forward to now and, with
 * {@code --from}, back to that day.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Fetch missing price history for the watchlist (or --symbols) in every timeframe.")
public class BackfillCommand implements Callable<Integer> {

    /** The timeframes collected by default. */
    static final List<Timeframe> DEFAULT_TIMEFRAMES = List.of(Timeframe.ONE_MINUTE, Timeframe.FIVE_MINUTES,
            Timeframe.FIFTEEN_MINUTES, Timeframe.THIRTY_MINUTES, Timeframe.DAILY, Timeframe.WEEKLY);

    private final ObjectProvider<BarIngestion> ingestion;
    private final ObjectProvider<GracefulShutdown> shutdown;
    private final ObjectProvider<Watchlist> watchlist;
    private final ObjectProvider<MarketDataSource> source;
    private final ObjectProvider<BarRepository> bars;

    @Spec
    private CommandSpec spec;

    @Option(names = "--symbols", split = ",", paramLabel = "SYMBOL", description = "Symbols (default: the watchlist).")
    private List<Symbol> symbols;

    @Option(names = "--timeframes", split = ",", paramLabel = "TF", completionCandidates = TimeframeCodes.class,
            description = "Timeframes (default: 1m,5m,15m,30m,daily,weekly).")
    private List<Timeframe> timeframes;

    @Option(names = "--json", description = "Print the summary as one JSON document (progress goes to standard error).")
    private boolean json;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "Earliest day wanted: series never fetched start there, stored series that start later are "
                    + "extended back to it (default: as far back as the source reaches for new series).")
    private LocalDate from;

    /**
     * Creates the command; the stores are opened only when it runs.
     *
     * @param ingestion the ingestion
     * @param watchlist the watchlist
     * @param source    the market data source
     * @param bars      where bars are stored
     * @param shutdown  keeps the stores open until the backfill reaches a safe point when the process is stopped
     */
    public BackfillCommand(ObjectProvider<BarIngestion> ingestion, ObjectProvider<Watchlist> watchlist,
                           ObjectProvider<MarketDataSource> source, ObjectProvider<BarRepository> bars,
                           ObjectProvider<GracefulShutdown> shutdown) {
        this.ingestion = ingestion;
        this.shutdown = shutdown;
        this.watchlist = watchlist;
        this.source = source;
        this.bars = bars;
    }

    /**
     * Runs the backfill.
     *
     * @return 0 when every series succeeded, 1 otherwise
     */
    @Override
    public Integer call() {
        PrintWriter out = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        List<Symbol> chosen = symbols == null ? watchlist.getObject().symbols() : symbols;
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("nothing to backfill: the watchlist is empty; add symbols with "
                    + "`watchlist add AAPL` or pass --symbols AAPL,MSFT");
        }
        List<Timeframe> sizes = timeframes == null ? DEFAULT_TIMEFRAMES : timeframes;
        Optional<Instant> earliest = Optional.ofNullable(from).map(day -> day.atStartOfDay(MarketTime.NEW_YORK).toInstant());
        out.println("Backfilling " + chosen.size() + " symbol(s) x " + sizes.size() + " timeframe(s) from " + source.getObject().name()
                + (source.getObject().name().equals("simulated") ? " (SIMULATED market: not real prices)" : "") + " into "
                + bars.getObject().location());
        out.flush();
        return shutdown.getObject().during(() -> {
            IngestionReport report = ingestion.getObject().ingest(chosen, sizes, earliest, new ConsoleProgress(out));
            if (json) {
                JsonOutput.print(spec.commandLine().getOut(), document(chosen, sizes, report));
            } else if (report.stopped() > 0) {
                out.printf("Stopped: %,d bars written, %d of %d series not finished; run backfill again to resume%n",
                        report.written(), report.stopped(), report.series());
            } else {
                out.printf("Done: %,d bars written, %,d rejected, %d request(s), %d of %d series failed%n",
                        report.written(), report.rejected(), report.requests(), report.failed(), report.series());
            }
            out.flush();
            return report.failed() == 0 && report.stopped() == 0 ? 0 : 1;
        });
    }

    private Map<String, Object> document(List<Symbol> chosen, List<Timeframe> sizes, IngestionReport report) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", source.getObject().name());
        fields.put("store", bars.getObject().location());
        fields.put("symbols", chosen.stream().map(Symbol::value).toList());
        fields.put("timeframes", sizes.stream().map(Timeframe::code).toList());
        fields.put("series", report.series());
        fields.put("requests", report.requests());
        fields.put("written", report.written());
        fields.put("rejected", report.rejected());
        fields.put("failed", report.failed());
        fields.put("stopped", report.stopped());
        return fields;
    }
}
