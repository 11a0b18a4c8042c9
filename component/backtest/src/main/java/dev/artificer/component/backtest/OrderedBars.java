package dev.artificer.component.backtest;

import dev.artificer.component.market.Bar;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Bars in the order a backtest replays them: by start time, then symbol. Putting bars in order costs a pass over all
 * of them, so a caller that runs many backtests over the same bars (a parameter search) orders them once and gives
 * this to every run. Immutable, so runs on several threads may share it.
 */
public final class OrderedBars {

    private static final Comparator<Bar> TIME_ORDER =
            Comparator.comparing(Bar::start).thenComparing(bar -> bar.symbol().value());

    private final Bar[] bars;
    private final List<Bar> view;
    private final int times;

    private OrderedBars(Bar[] bars, int times) {
        this.bars = bars;
        this.view = Collections.unmodifiableList(Arrays.asList(bars));
        this.times = times;
    }

    /**
     * Puts bars in replay order: one pass checks the order and counts the distinct start times, and only bars that
     * are not in order already are sorted (stably).
     *
     * @param bars the bars, in any order
     * @return the bars in replay order
     */
    public static OrderedBars of(List<Bar> bars) {
        Bar[] array = bars.toArray(new Bar[0]);
        int times = array.length == 0 ? 0 : 1;
        for (int index = 1; index < array.length; index++) {
            Bar previous = array[index - 1];
            Bar bar = array[index];
            int order = previous.start().compareTo(bar.start());
            if (order > 0 || order == 0 && previous.symbol().value().compareTo(bar.symbol().value()) > 0) {
                Arrays.sort(array, TIME_ORDER);
                return new OrderedBars(array, distinctTimes(array));
            }
            if (order != 0) {
                times++;
            }
        }
        return new OrderedBars(array, times);
    }

    /**
     * The bars in replay order.
     *
     * @return an unmodifiable list
     */
    public List<Bar> bars() {
        return view;
    }

    /**
     * The number of bars.
     *
     * @return the size
     */
    public int size() {
        return bars.length;
    }

    /** The bar at a position in replay order. */
    Bar bar(int index) {
        return bars[index];
    }

    /** The number of distinct start times: the equity curve has at most one point for each. */
    int times() {
        return times;
    }

    private static int distinctTimes(Bar[] sorted) {
        int times = 1;
        for (int index = 1; index < sorted.length; index++) {
            if (!sorted[index - 1].start().equals(sorted[index].start())) {
                times++;
            }
        }
        return times;
    }
}
