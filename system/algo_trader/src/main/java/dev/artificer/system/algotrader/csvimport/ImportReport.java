package dev.artificer.system.algotrader.csvimport;

import dev.artificer.component.market.MarketSession;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.util.List;

/**
 * What an import found and did.
 *
 * @param timeframe    the bars' timeframe
 * @param goodRows     rows that make valid bars
 * @param stored       bars stored: all good rows, or none when the file was refused
 * @param problems     the first {@link CsvBarImport#SHOWN_PROBLEMS} bad rows, in file order
 * @param problemCount how many rows were bad in all
 * @param first        the first good bar's start, or null when there is none
 * @param last         the last good bar's start, or null when there is none
 */
public record ImportReport(Timeframe timeframe, long goodRows, long stored, List<RowProblem> problems, long problemCount,
                           Instant first, Instant last) {

    /**
     * Whether nothing was stored.
     *
     * @return true when the file had bad rows (without {@code --skip-bad-rows}) or no good ones
     */
    public boolean refused() {
        return stored == 0;
    }

    /**
     * The bad rows not in {@link #problems()}.
     *
     * @return how many more there are
     */
    public long unshownProblems() {
        return problemCount - problems.size();
    }

    /**
     * The dates the good bars span, in New York time.
     *
     * @return e.g. {@code 2020-01-02 .. 2024-12-31}, or an empty text when there are no good bars
     */
    public String span() {
        return first == null ? "" : MarketSession.NEW_YORK.label(timeframe, first) + " .. " + MarketSession.NEW_YORK.label(timeframe, last);
    }
}
