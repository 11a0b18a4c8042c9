package dev.artificer.system.algotrader.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws time series as an inline SVG line chart with a value axis, a time axis (New York dates), shaded bands and
 * markers, on a linear or a logarithmic value scale. Long series are thinned to the lowest and highest value per
 * pixel column, so a million points keep the page small and their extremes visible; NaN values are gaps. Markers are
 * thinned to one buy and one sell per pixel column.
 */
final class SvgChart {

    static final int WIDTH = 1000;
    private static final int HEIGHT = 300;
    private static final int LEFT = 96;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("America/New_York"));

    private SvgChart() {
    }

    /** A chart on a linear scale, ticks formatted with a {@code String.format} pattern. */
    static String render(String id, List<Series> lines, List<Marker> markers, String valueFormat) {
        return render(id, lines, markers, List.of(), false, value -> format(valueFormat, value));
    }

    /**
     * A chart.
     *
     * @param id        the SVG's element id
     * @param lines     the series
     * @param markers   points to mark
     * @param bands     time spans to shade
     * @param log       a logarithmic value scale (values must be positive)
     * @param tickLabel the text of a value tick
     * @return the SVG element, or a "No data." paragraph
     */
    static String render(String id, List<Series> lines, List<Marker> markers, List<Band> bands, boolean log,
                         DoubleFunction<String> tickLabel) {
        long minTime = Long.MAX_VALUE;
        long maxTime = Long.MIN_VALUE;
        double minValue = Double.POSITIVE_INFINITY;
        double maxValue = Double.NEGATIVE_INFINITY;
        for (Series line : lines) {
            for (int index = 0; index < line.times().length; index++) {
                double value = line.values()[index];
                if (Double.isFinite(value) && (!log || value > 0)) {
                    minTime = Math.min(minTime, line.times()[index]);
                    maxTime = Math.max(maxTime, line.times()[index]);
                    minValue = Math.min(minValue, value);
                    maxValue = Math.max(maxValue, value);
                }
            }
        }
        if (minTime > maxTime) {
            return "<p class=\"empty\" id=\"" + id + "\">No data.</p>";
        }
        Scale scale = Scale.of(minTime, Math.max(maxTime, minTime + 1), minValue, maxValue, log);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"").append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">");
        for (Band band : bands) {
            double from = scale.x(band.from());
            double width = Math.max(1, scale.x(band.to()) - from);
            svg.append(format("<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>",
                    HtmlUtils.htmlEscape(band.style()), from, TOP, width, HEIGHT - TOP - BOTTOM)).append(HtmlUtils.htmlEscape(band.title())).append("</title></rect>");
        }
        axes(svg, scale, tickLabel);
        for (Series line : lines) {
            svg.append("<polyline fill=\"none\" stroke-width=\"1.2\" stroke=\"").append(HtmlUtils.htmlEscape(line.color()))
                    .append("\" points=\"").append(points(line, scale)).append("\"><title>")
                    .append(HtmlUtils.htmlEscape(line.label())).append("</title></polyline>");
        }
        for (Marker marker : perColumn(markers, scale)) {
            double x = scale.x(marker.time());
            double y = scale.y(marker.value());
            String shape = marker.up()
                    ? format("%.1f,%.1f %.1f,%.1f %.1f,%.1f", x, y, x - 5, y + 9, x + 5, y + 9)
                    : format("%.1f,%.1f %.1f,%.1f %.1f,%.1f", x, y, x - 5, y - 9, x + 5, y - 9);
            svg.append("<polygon class=\"").append(marker.up() ? "buy" : "sell").append("\" points=\"").append(shape)
                    .append("\"><title>").append(HtmlUtils.htmlEscape(marker.title())).append("</title></polygon>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * At most one buy and one sell marker per pixel column: the first of them, its tooltip counting the others, so that
     * tens of thousands of fills keep the page small.
     */
    private static List<Marker> perColumn(List<Marker> markers, Scale scale) {
        Map<Long, List<Marker>> columns = new LinkedHashMap<>();
        for (Marker marker : markers) {
            long column = Math.round(scale.x(marker.time())) * 2 + (marker.up() ? 1 : 0);
            columns.computeIfAbsent(column, key -> new ArrayList<>()).add(marker);
        }
        List<Marker> shown = new ArrayList<>();
        for (List<Marker> column : columns.values()) {
            Marker first = column.getFirst();
            shown.add(column.size() == 1 ? first : new Marker(first.time(), first.value(), first.up(),
                    first.title() + " and " + (column.size() - 1) + " more " + (first.up() ? "buys" : "sells")
                            + " in this pixel column"));
        }
        return shown;
    }

    private static void axes(StringBuilder svg, Scale scale, DoubleFunction<String> tickLabel) {
        svg.append("<g class=\"axis\">");
        for (int tick = 0; tick <= 4; tick++) {
            double position = scale.low + (scale.high - scale.low) * tick / 4;
            double y = TOP + (scale.high - position) / (scale.high - scale.low) * (HEIGHT - TOP - BOTTOM);
            svg.append(format("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, WIDTH - RIGHT, y, y));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", LEFT - 6, y + 4))
                    .append(HtmlUtils.htmlEscape(tickLabel.apply(scale.log ? Math.exp(position) : position)))
                    .append("</text>");
        }
        for (int tick = 0; tick <= 4; tick++) {
            long time = scale.minTime + (scale.maxTime - scale.minTime) * tick / 4;
            String anchor = tick == 0 ? "start" : tick == 4 ? "end" : "middle";
            svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">", scale.x(time), HEIGHT - 8, anchor))
                    .append(DATE.format(Instant.ofEpochMilli(time))).append("</text>");
        }
        svg.append("</g>");
    }

    private static String points(Series line, Scale scale) {
        StringBuilder points = new StringBuilder();
        int column = Integer.MIN_VALUE;
        double low = 0;
        double high = 0;
        for (int index = 0; index < line.times().length; index++) {
            double value = line.values()[index];
            if (!Double.isFinite(value) || scale.log && value <= 0) {
                continue;
            }
            int x = (int) Math.round(scale.x(line.times()[index]));
            if (x != column) {
                flush(points, column, low, high, scale);
                column = x;
                low = value;
                high = value;
            } else {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        flush(points, column, low, high, scale);
        return points.toString().trim();
    }

    private static void flush(StringBuilder points, int column, double low, double high, Scale scale) {
        if (column == Integer.MIN_VALUE) {
            return;
        }
        points.append(column).append(',').append(tenths(scale.y(low))).append(' ');
        if (high != low) {
            points.append(column).append(',').append(tenths(scale.y(high))).append(' ');
        }
    }

    /** One decimal without {@code String.format}, which is slow on a million points. */
    private static String tenths(double value) {
        long scaled = Math.round(value * 10);
        return (scaled < 0 ? "-" : "") + Math.abs(scaled) / 10 + "." + Math.abs(scaled) % 10;
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /** Maps times and values to pixels; {@code low} and {@code high} are the value range, as logs on a log scale. */
    private record Scale(long minTime, long maxTime, double low, double high, boolean log) {

        static Scale of(long minTime, long maxTime, double minValue, double maxValue, boolean log) {
            double low = log ? Math.log(minValue) : minValue;
            double high = log ? Math.log(maxValue) : maxValue;
            return new Scale(minTime, maxTime, low, high == low ? low + 1 : high, log);
        }

        double x(long time) {
            return LEFT + (double) (time - minTime) / (maxTime - minTime) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            double position = log ? Math.log(value) : value;
            return TOP + (high - position) / (high - low) * (HEIGHT - TOP - BOTTOM);
        }
    }
}
