package dev.artificer.system.algotrader.csvimport;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one data row into a bar, or says what is wrong with it: the number of values, the time, each price
 * (a positive decimal number; with {@code ;} as separator a decimal comma is accepted too), the volume (a whole
 * number, not negative) and the high and low against each other and against the open and close.
 */
final class RowReader {

    private final Symbol symbol;
    private final Timeframe timeframe;
    private final Columns columns;
    private final BarTimes times;
    private final boolean decimalComma;

    /**
     * Creates the reader for one file.
     *
     * @param symbol       the bars' symbol
     * @param timeframe    the bars' timeframe
     * @param columns      where the values are
     * @param decimalComma whether {@code 101,25} means 101.25 (files separated by {@code ;})
     */
    RowReader(Symbol symbol, Timeframe timeframe, Columns columns, boolean decimalComma) {
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.columns = columns;
        this.times = new BarTimes(timeframe, columns.timeName());
        this.decimalComma = decimalComma;
    }

    /**
     * Reads a row.
     *
     * @param row the row's values
     * @return the bar
     * @throws RowRejected naming the first thing wrong with the row
     */
    Bar bar(CSVRecord row) {
        if (row.size() != columns.count()) {
            throw new RowRejected("has " + row.size() + " values, the header names " + columns.count() + " columns");
        }
        Instant start = times.start(value(row, columns.time(), columns.timeName()));
        double open = price(row, columns.open(), "open");
        double high = price(row, columns.high(), "high");
        double low = price(row, columns.low(), "low");
        double close = price(row, columns.close(), "close");
        long volume = volume(value(row, columns.volume(), "volume"));
        if (high < low) {
            throw new RowRejected("high " + row.get(columns.high()) + " is below low " + row.get(columns.low()));
        }
        check(high >= open, row, "high", columns.high(), "is below", "open", columns.open());
        check(high >= close, row, "high", columns.high(), "is below", "close", columns.close());
        check(low <= open, row, "low", columns.low(), "is above", "open", columns.open());
        check(low <= close, row, "low", columns.low(), "is above", "close", columns.close());
        return new Bar(symbol, timeframe, start, open, high, low, close, volume);
    }

    private static void check(boolean holds, CSVRecord row, String name, int column, String relation, String otherName,
                              int other) {
        if (!holds) {
            throw new RowRejected(name + " " + row.get(column) + " " + relation + " " + otherName + " " + row.get(other));
        }
    }

    private static String value(CSVRecord row, int column, String name) {
        String text = row.get(column);
        if (text.isEmpty()) {
            throw new RowRejected(name + " is empty");
        }
        return text;
    }

    private double price(CSVRecord row, int column, String name) {
        String text = value(row, column, name);
        double price = number(text, name).doubleValue();
        if (!(price > 0) || Double.isInfinite(price)) {
            throw new RowRejected(name + " " + text + " is not a positive price");
        }
        return price;
    }

    private long volume(String text) {
        BigDecimal volume = number(text, "volume");
        if (volume.signum() < 0) {
            throw new RowRejected("volume " + text + " is negative");
        }
        try {
            return volume.longValueExact();
        } catch (ArithmeticException fractionOrHuge) {
            throw new RowRejected("volume " + text + " is not a whole number of shares");
        }
    }

    private BigDecimal number(String text, String name) {
        try {
            return new BigDecimal(decimalComma ? text.replace(',', '.') : text);
        } catch (NumberFormatException notANumber) {
            throw new RowRejected(name + " '" + text + "' is not a number");
        }
    }
}
