package dev.artificer.system.algotrader.jobs;

import dev.artificer.system.algotrader.marketdata.CompanyIngestion;
import dev.artificer.system.algotrader.marketdata.Watchlist;

/** Collects company profiles and fundamentals for every watchlist symbol. */
public final class IngestCompaniesJob implements Job {

    /** The job's name. */
    public static final String NAME = "ingest-companies";

    private final CompanyIngestion ingestion;
    private final Watchlist watchlist;

    /**
     * Creates the job.
     *
     * @param ingestion the company ingestion
     * @param watchlist the symbols
     */
    public IngestCompaniesJob(CompanyIngestion ingestion, Watchlist watchlist) {
        this.ingestion = ingestion;
        this.watchlist = watchlist;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String run() {
        CompanyIngestion.Report report = ingestion.collect(watchlist.symbols());
        return report.profiles() + " profiles, " + report.snapshots() + " new fundamentals snapshots"
                + (report.unknown().isEmpty() ? "" : ", unknown: " + report.unknown());
    }
}
