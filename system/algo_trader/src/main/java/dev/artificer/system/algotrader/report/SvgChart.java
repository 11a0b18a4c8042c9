package dev.artificer.system.algotrader.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws time series as an inline SVG line chart with a value axis, a time axis and markers. Long series are thinned
 * to the lowest and highest value per pixel column, so a million points keep the page small and their extremes
 * visible.
 */
final class SvgChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 300;
    private static final int LEFT = 96;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private SvgChart() {
    }

    static String render(String id, List<Series> lines, List<Marker> markers, String valueFormat) {
        long minTime = Long.MAX_VALUE;
        long maxTime = Long.MIN_VALUE;
        double minValue = Double.POSITIVE_INFINITY;
        double maxValue = Double.NEGATIVE_INFINITY;
        for (Series line : lines) {
            for (int index = 0; index < line.times().length; index++) {
                minTime = Math.min(minTime, line.times()[index]);
                maxTime = Math.max(maxTime, line.times()[index]);
                minValue = Math.min(minValue, line.values()[index]);
                maxValue = Math.max(maxValue, line.values()[index]);
            }
        }
        if (minTime > maxTime) {
            return "<p class=\"empty\">No data.</p>";
        }
        Scale scale = new Scale(minTime, Math.max(maxTime, minTime + 1), minValue, maxValue == minValue ? minValue + 1 : maxValue);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"").append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">");
        axes(svg, scale, valueFormat);
        for (Series line : lines) {
            svg.append("<polyline fill=\"none\" stroke-width=\"1.2\" stroke=\"").append(HtmlUtils.htmlEscape(line.color()))
                    .append("\" points=\"").append(points(line, scale)).append("\"><title>")
                    .append(HtmlUtils.htmlEscape(line.label())).append("</title></polyline>");
        }
        for (Marker marker : markers) {
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

    private static void axes(StringBuilder svg, Scale scale, String valueFormat) {
        svg.append("<g class=\"axis\">");
        for (int tick = 0; tick <= 4; tick++) {
            double value = scale.minValue + (scale.maxValue - scale.minValue) * tick / 4;
            double y = scale.y(value);
            svg.append(format("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, WIDTH - RIGHT, y, y));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", LEFT - 6, y + 4))
                    .append(format(valueFormat, value)).append("</text>");
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
            int x = (int) Math.round(scale.x(line.times()[index]));
            double value = line.values()[index];
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
        points.append(format("%d,%.1f ", column, scale.y(low)));
        if (high != low) {
            points.append(format("%d,%.1f ", column, scale.y(high)));
        }
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /** Maps times and values to pixels. */
    private record Scale(long minTime, long maxTime, double minValue, double maxValue) {
        double x(long time) {
            return LEFT + (double) (time - minTime) / (maxTime - minTime) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return TOP + (maxValue - value) / (maxValue - minValue) * (HEIGHT - TOP - BOTTOM);
        }
    }
}
