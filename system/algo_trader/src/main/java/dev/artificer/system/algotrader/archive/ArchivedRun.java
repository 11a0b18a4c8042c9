package dev.artificer.system.algotrader.archive;

import dev.artificer.component.backtest.BacktestRecord;
import java.nio.file.Path;

/**
 * A run after it was kept.
 *
 * @param record      the stored run, with its id and metrics
 * @param report      the HTML report's path
 * @param trades      the CSV of its round trips, beside it
 * @param curvePoints how many equity points went to the curve store (0 when it keeps none)
 * @param curveStore  where the curve went, in words
 * @param runStore    where the run went, in words
 */
public record ArchivedRun(BacktestRecord record, Path report, Path trades, int curvePoints, String curveStore, String runStore) {
}
