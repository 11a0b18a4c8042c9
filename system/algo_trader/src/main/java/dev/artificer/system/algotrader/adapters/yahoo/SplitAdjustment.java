package dev.artificer.system.algotrader.adapters.yahoo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes a daily series continuous across stock splits. Yahoo's chart API serves open, high, low, close and volume
 * already adjusted for splits, but now and then misses one (the prices before it stay as traded). For each split,
 * the gap from the last close before the split day to the split day's open tells which happened: when that gap is
 * nearer (in log terms) to the split ratio than to no change, the split was not applied, and every earlier row gets
 * it here: prices divided by the ratio, volume multiplied by it. Dividends are not adjusted for.
 */
final class SplitAdjustment {

    private SplitAdjustment() {
    }

    /**
     * The rows with every split applied exactly once.
     *
     * @param rows   the days in time order
     * @param splits the splits in the answer
     * @return the adjusted rows, and which splits had to be applied here
     */
    static Adjusted apply(List<DayRow> rows, List<Split> splits) {
        List<DayRow> adjusted = new ArrayList<>(rows);
        List<Split> applied = new ArrayList<>();
        for (Split split : splits) {
            if (missing(adjusted, split)) {
                applied.add(split);
                for (int i = 0; i < adjusted.size() && adjusted.get(i).day().isBefore(split.date()); i++) {
                    adjusted.set(i, adjusted.get(i).splitBy(split.ratio()));
                }
            }
        }
        return new Adjusted(List.copyOf(adjusted), List.copyOf(applied));
    }

    private static boolean missing(List<DayRow> rows, Split split) {
        Optional<DayRow> before = rows.stream().filter(row -> row.day().isBefore(split.date())).reduce((a, b) -> b);
        Optional<DayRow> on = rows.stream().filter(row -> !row.day().isBefore(split.date())).findFirst();
        if (before.isEmpty() || on.isEmpty()) {
            return false;
        }
        double gap = Math.log(before.get().close() / on.get().open());
        return Math.abs(gap - Math.log(split.ratio())) < Math.abs(gap);
    }

    /**
     * The outcome.
     *
     * @param rows    the adjusted rows
     * @param applied the splits Yahoo had not applied and that were applied here
     */
    record Adjusted(List<DayRow> rows, List<Split> applied) {
    }
}
