package dev.artificer.component.backtest;

import java.util.List;
import java.util.Optional;

/** Where backtest runs are kept: their parameters, metrics and trades. */
public interface BacktestRuns {

    /**
     * Stores a run.
     *
     * @param run the run (its id is ignored)
     * @return its new id
     */
    long save(BacktestRecord run);

    /**
     * Records where a run's report was written.
     *
     * @param id   the run
     * @param path the report's path
     */
    void attachReport(long id, String path);

    /**
     * The newest runs, without their trades.
     *
     * @param limit how many at most
     * @return newest first
     */
    List<BacktestRecord> newest(int limit);

    /**
     * One run with its trades.
     *
     * @param id the run
     * @return the run, if stored
     */
    Optional<BacktestRecord> find(long id);

    /**
     * Where the runs are kept, for messages.
     *
     * @return e.g. the database URL
     */
    String location();
}
