package dev.artificer.component.market;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bars as columns of primitives (one array per field, symbols as indexes into a table), a compact form to ship a
 * history to another process or machine; {@link #bars()} gives back the same bars, bit for bit.
 */
public final class BarColumns implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String[] symbols;
    private final int[] symbol;
    private final byte[] timeframe;
    private final long[] seconds;
    private final int[] nanos;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final long[] volume;

    private BarColumns(String[] symbols, int size) {
        this.symbols = symbols;
        this.symbol = new int[size];
        this.timeframe = new byte[size];
        this.seconds = new long[size];
        this.nanos = new int[size];
        this.open = new double[size];
        this.high = new double[size];
        this.low = new double[size];
        this.close = new double[size];
        this.volume = new long[size];
    }

    /**
     * The columns of bars.
     *
     * @param bars the bars, in any order (kept)
     * @return the columns
     */
    public static BarColumns of(List<Bar> bars) {
        Map<String, Integer> table = new LinkedHashMap<>();
        bars.forEach(bar -> table.putIfAbsent(bar.symbol().value(), table.size()));
        BarColumns columns = new BarColumns(table.keySet().toArray(String[]::new), bars.size());
        for (int index = 0; index < bars.size(); index++) {
            Bar bar = bars.get(index);
            columns.symbol[index] = table.get(bar.symbol().value());
            columns.timeframe[index] = (byte) bar.timeframe().ordinal();
            columns.seconds[index] = bar.start().getEpochSecond();
            columns.nanos[index] = bar.start().getNano();
            columns.open[index] = bar.open();
            columns.high[index] = bar.high();
            columns.low[index] = bar.low();
            columns.close[index] = bar.close();
            columns.volume[index] = bar.volume();
        }
        return columns;
    }

    /**
     * The number of bars.
     *
     * @return the count
     */
    public int size() {
        return seconds.length;
    }

    /**
     * The bars again.
     *
     * @return the bars in the order they were given
     */
    public List<Bar> bars() {
        Symbol[] named = new Symbol[symbols.length];
        for (int index = 0; index < symbols.length; index++) {
            named[index] = new Symbol(symbols[index]);
        }
        Timeframe[] timeframes = Timeframe.values();
        List<Bar> bars = new ArrayList<>(size());
        for (int index = 0; index < size(); index++) {
            bars.add(new Bar(named[symbol[index]], timeframes[timeframe[index]],
                    Instant.ofEpochSecond(seconds[index], nanos[index]), open[index], high[index], low[index],
                    close[index], volume[index]));
        }
        return bars;
    }
}
