package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.tearsheet.RoundTrip;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The round trips of a run as CSV, one row per trade and a last row per position still open ({@code open=true},
 * exit = the last bar and price), written beside the HTML report. Times are ISO-8601 instants (UTC), returns and
 * excursions fractions, holding time in days.
 */
public final class TradesCsv {

    private static final String[] COLUMNS = {"symbol", "direction", "entry_time", "entry_price", "exit_time",
        "exit_price", "quantity", "pnl", "return", "holding_days", "mae", "mfe", "open"};
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private TradesCsv() {
    }

    /**
     * The CSV text.
     *
     * @param trips the round trips, closed ones first
     * @return a header line and one line per round trip
     */
    public static String render(List<RoundTrip> trips) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(COLUMNS)
                .setRecordSeparator('\n').get())) {
            for (RoundTrip trip : trips) {
                csv.printRecord(trip.symbol().value(), trip.direction(), trip.entryTime(), trip.entryPrice(),
                        trip.exitTime(), trip.exitPrice(), trip.quantity(), trip.pnl(), trip.returnFraction(),
                        trip.holding().toMillis() / MILLIS_PER_DAY, trip.mae(), trip.mfe(), trip.open());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }
}
