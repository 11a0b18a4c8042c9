package dev.artificer.system.algotrader.jobs;

import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.BarIngestion;
import dev.artificer.system.algotrader.marketdata.IngestionProgress;
import dev.artificer.system.algotrader.marketdata.IngestionReport;
import dev.artificer.system.algotrader.marketdata.Watchlist;
import java.util.List;
import java.util.Optional;

/** Brings the price history of every watchlist symbol up to date in the given timeframes. */
public final class IngestBarsJob implements Job {

    /** The job's name. */
    public static final String NAME = "ingest-bars";

    private final BarIngestion ingestion;
    private final Watchlist watchlist;
    private final List<Timeframe> timeframes;

    /**
     * Creates the job.
     *
     * @param ingestion  the ingestion
     * @param watchlist  the symbols
     * @param timeframes the timeframes
     */
    public IngestBarsJob(BarIngestion ingestion, Watchlist watchlist, List<Timeframe> timeframes) {
        this.ingestion = ingestion;
        this.watchlist = watchlist;
        this.timeframes = List.copyOf(timeframes);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String run() {
        IngestionReport report = ingestion.ingest(watchlist.symbols(), timeframes, Optional.empty(),
                IngestionProgress.silent());
        if (report.failed() > 0) {
            throw new IllegalStateException(report.failed() + " of " + report.series() + " series failed ("
                    + report.written() + " bars written); see the warnings above");
        }
        String stopped = report.stopped() > 0
                ? "stopped for shutdown with " + report.stopped() + " series to go (the next run resumes); " : "";
        return stopped + report.written() + " bars written, " + report.rejected() + " rejected, " + report.series() + " series, "
                + report.requests() + " requests";
    }
}
