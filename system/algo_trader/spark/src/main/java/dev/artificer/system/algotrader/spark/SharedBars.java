package dev.artificer.system.algotrader.spark;

import dev.artificer.component.backtest.OrderedBars;
import dev.artificer.component.market.BarColumns;
import java.io.Serial;
import java.io.Serializable;

/**
 * The history a search broadcasts: shipped as columns, put in replay order once per executor (on its first task)
 * and then shared read-only by every task there.
 */
final class SharedBars implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final BarColumns columns;
    private transient OrderedBars ordered;

    SharedBars(BarColumns columns) {
        this.columns = columns;
    }

    synchronized OrderedBars history() {
        if (ordered == null) {
            ordered = OrderedBars.of(columns.bars());
        }
        return ordered;
    }
}
