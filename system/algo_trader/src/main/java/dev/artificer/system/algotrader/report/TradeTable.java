package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.Fill;
import dev.artificer.component.backtest.tearsheet.DrawdownPeriod;
import dev.artificer.component.backtest.tearsheet.RoundTrip;
import dev.artificer.component.market.MarketSession;
import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The tearsheet's tables of rows: the deepest drawdowns, the round trips (closed ones, then each position still open
 * on its own line) and the fills. Times are New York dates, with the time of day for intraday runs.
 */
final class TradeTable {

    private static final int MAX_ROWS = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(MarketSession.NEW_YORK.zone());
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(MarketSession.NEW_YORK.zone());

    private final DateTimeFormatter times;

    TradeTable(Timeframe timeframe) {
        this.times = timeframe != null && timeframe.intraday() ? MINUTE : DAY;
    }

    static void drawdowns(StringBuilder page, List<DrawdownPeriod> periods) {
        page.append("<table id=\"drawdowns\"><thead><tr><th>#</th><th>Start (peak)</th><th>Trough</th>")
                .append("<th>Recovery</th><th>Depth</th><th>Length (days)</th></tr></thead><tbody>");
        int rank = 1;
        for (DrawdownPeriod period : periods) {
            page.append("<tr><td>").append(rank++).append("</td><td>").append(period.start()).append("</td><td>")
                    .append(period.trough()).append("</td><td>")
                    .append(period.recovery() == null ? "not recovered" : period.recovery().toString())
                    .append("</td><td>").append(format("-%.2f %%", period.depth() * 100)).append("</td><td>")
                    .append(period.days()).append(period.recovery() == null ? " so far" : "").append("</td></tr>");
        }
        page.append("</tbody></table>");
        if (periods.isEmpty()) {
            page.append("<p class=\"meta\">Equity never fell below a peak.</p>");
        }
    }

    void roundTrips(StringBuilder page, List<RoundTrip> trips, String csvName) {
        List<RoundTrip> closed = trips.stream().filter(trip -> !trip.open()).toList();
        List<RoundTrip> open = trips.stream().filter(RoundTrip::open).toList();
        page.append("<p class=\"meta\">").append(closed.size()).append(" closed round trips")
                .append(open.isEmpty() ? "" : ", " + open.size() + " position(s) still open at the end")
                .append("; all of them in <a href=\"").append(HtmlUtils.htmlEscape(csvName)).append("\">")
                .append(HtmlUtils.htmlEscape(csvName)).append("</a>. MAE and MFE: the worst and best price move while "
                        + "held, from the entry price.</p>");
        page.append("<table id=\"trades\"><thead><tr><th>Symbol</th><th>Side</th><th>Entry</th><th>Exit</th>")
                .append("<th>Quantity</th><th>Entry price</th><th>Exit price</th><th>P&amp;L</th><th>Return</th>")
                .append("<th>Held</th><th>MAE</th><th>MFE</th></tr></thead><tbody>");
        closed.stream().limit(MAX_ROWS).forEach(trip -> row(page, trip, ""));
        page.append("</tbody>");
        if (!open.isEmpty()) {
            page.append("<tbody class=\"open\">");
            open.forEach(trip -> row(page, trip, " (open)"));
            page.append("</tbody>");
        }
        page.append("</table>");
        if (closed.size() > MAX_ROWS) {
            page.append("<p class=\"meta\">").append(closed.size() - MAX_ROWS)
                    .append(" more round trips are in the CSV.</p>");
        }
    }

    void fills(StringBuilder page, List<Fill> fills) {
        page.append("<details><summary>Fills (").append(fills.size()).append(")</summary><table id=\"fills\"><thead><tr>")
                .append("<th>Time</th><th>Symbol</th><th>Side</th><th>Type</th><th>Quantity</th><th>Price</th>")
                .append("<th>Commission</th></tr></thead><tbody>");
        for (Fill fill : fills.subList(0, Math.min(fills.size(), MAX_ROWS))) {
            page.append("<tr><td>").append(time(fill.time())).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(fill.symbol().value())).append("</td><td>").append(fill.side())
                    .append("</td><td>").append(fill.type()).append("</td><td>").append(fill.quantity())
                    .append("</td><td>").append(format("%,.2f", fill.price())).append("</td><td>")
                    .append(format("%,.2f", fill.commission())).append("</td></tr>");
        }
        page.append("</tbody></table>");
        if (fills.size() > MAX_ROWS) {
            page.append("<p class=\"meta\">").append(fills.size() - MAX_ROWS).append(" more fills left out.</p>");
        }
        page.append("</details>");
    }

    private void row(StringBuilder page, RoundTrip trip, String note) {
        page.append("<tr><td>").append(HtmlUtils.htmlEscape(trip.symbol().value())).append("</td><td>")
                .append(trip.direction()).append(note).append("</td><td>").append(time(trip.entryTime()))
                .append("</td><td>").append(trip.open() ? "open at " + time(trip.exitTime()) : time(trip.exitTime()))
                .append("</td><td>").append(format("%,d", trip.quantity())).append("</td><td>")
                .append(format("%,.2f", trip.entryPrice())).append("</td><td>").append(format("%,.2f", trip.exitPrice()))
                .append("</td><td class=\"").append(trip.pnl() >= 0 ? "gain" : "loss").append("\">")
                .append(format("%,.2f", trip.pnl())).append("</td><td>")
                .append(format("%+.2f %%", trip.returnFraction() * 100)).append("</td><td>").append(held(trip.holding()))
                .append("</td><td>").append(format("%.2f %%", trip.mae() * 100)).append("</td><td>")
                .append(format("%+.2f %%", trip.mfe() * 100)).append("</td></tr>");
    }

    private String time(Instant instant) {
        return times.format(instant);
    }

    private static String held(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1440 ? format("%.1f d", minutes / 1440.0) : minutes >= 60 ? format("%.1f h", minutes / 60.0)
                : minutes + " min";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
