package dev.artificer.system.algotrader.report;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.MarketSession;
import dev.artificer.system.algotrader.config.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * What the report pages share: the inline style sheet, the page's head, escaping, number formatting, a two-column
 * table of settings, and writing a file so that a reader never sees half of it.
 */
final class HtmlPage {

    static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:24px auto;max-width:1040px;color:#1d2430}
            h1{font-size:22px}h2{font-size:17px;margin-top:30px;border-bottom:1px solid #dfe4ec;padding-bottom:4px}
            h3{font-size:14px;margin:18px 0 6px}
            svg{width:100%;height:auto;background:#fbfcfe;border:1px solid #dfe4ec;border-radius:6px}
            .axis line{stroke:#e3e7ee}.axis line.zero{stroke:#8a93a3}.axis text{font-size:11px;fill:#5b6472}.band{fill:#d2342c;fill-opacity:.09}
            .band.alternate{fill:#2563eb;fill-opacity:.06}.cell-value{font-size:10px;fill:#1d2430}.winner{fill:none;stroke:#1d2430;stroke-width:2.5}
            .buy{fill:#1a9d4b}.sell{fill:#d2342c}.gain{color:#1a7d3c}.loss{color:#b4261f}
            table{border-collapse:collapse;font-size:13px;margin:6px 0}td,th{padding:3px 10px;border-bottom:1px solid #e6e9ef;text-align:right}
            td:first-child,th:first-child{text-align:left}.legend span{margin-right:16px;font-size:13px}
            .meta{color:#5b6472;font-size:13px}#setup td{text-align:left}#setup td:first-child{color:#5b6472}
            tbody.open td{background:#fff8e6}tr.chosen td{background:#eef4ff;font-weight:600}
            .verdict{padding:8px 12px;border-radius:6px;background:#f3f5f9;font-size:14px}.warning{background:#fff4e0}
            #windows{font-size:12px}#windows td{white-space:nowrap}
            """;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(MarketSession.NEW_YORK.zone());

    private HtmlPage() {
    }

    /** The doctype, head with title and style, body and h1; the caller closes the page with {@link #end()}. */
    static StringBuilder start(String title, int capacity) {
        return new StringBuilder(capacity).append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body><h1>")
                .append(escape(title)).append("</h1>");
    }

    static String end() {
        return "</body></html>";
    }

    /** A two-column table of labels and values, escaped, with the given element id (which picks its style). */
    static void settings(StringBuilder page, String id, Map<String, String> rows) {
        page.append("<table id=\"").append(id).append("\"><tbody>");
        rows.forEach((label, value) -> page.append("<tr><td>").append(escape(label)).append("</td><td>")
                .append(escape(value)).append("</td></tr>"));
        page.append("</tbody></table>");
    }

    /**
     * The setup table of a search's report: strategy and ranges, the given rows, the history, costs, fill model,
     * account, data source and code.
     */
    static void searchSetup(StringBuilder page, ReportHeader header, Map<String, String> search, List<Bar> bars) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Strategy", header.strategy());
        rows.put("Ranges searched", header.parameters().isBlank() ? "(defaults)" : header.parameters());
        rows.putAll(search);
        history(rows, bars);
        rows.put("Costs", header.costs());
        rows.put("Fill model", header.fillModel());
        rows.put("Account", header.account());
        rows.put("Data source", header.dataSource());
        rows.put("Strategy code", header.code());
        settings(page, "setup", rows);
    }

    /** A one-line verdict, shaded as a warning when it is one. */
    static void verdict(StringBuilder page, String line, boolean warning) {
        page.append("<p class=\"verdict").append(warning ? " warning" : "").append("\">").append(escape(line))
                .append("</p>");
    }

    /** The symbols, first and last bar (New York dates), timeframe and bar count of a history. */
    static void history(Map<String, String> rows, List<Bar> bars) {
        rows.put("Symbols", String.join(", ", bars.stream().map(bar -> bar.symbol().value()).distinct().sorted()
                .toList()));
        Instant first = bars.stream().map(Bar::start).min(Comparator.naturalOrder()).orElse(null);
        Instant last = bars.stream().map(Bar::start).max(Comparator.naturalOrder()).orElse(null);
        rows.put("Period", first == null ? "no bars" : DAY.format(first) + " to " + DAY.format(last)
                + " (first and last bar, New York dates)");
        rows.put("Timeframe", (bars.isEmpty() ? "none" : bars.getFirst().timeframe()) + ", " + bars.size() + " bars");
    }

    /** A New York date. */
    static String day(Instant time) {
        return DAY.format(time);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    /**
     * Writes a file through a temporary one in the same folder, replacing any file of that name atomically; a
     * missing folder is made owner-only.
     *
     * @throws UncheckedIOException when it cannot be written
     */
    static Path replace(Path file, String content) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder, DataDirectory.ownerOnly());
            Path partial = Files.createTempFile(folder, ".report", ".tmp");
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("could not write the report " + file + ": " + failed.getMessage(), failed);
        }
    }
}
