package dev.artificer.system.algotrader.report;

import java.util.HashSet;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * Draws pairs of values as an inline SVG scatter plot with both axes labelled and titled, zero lines where zero is in
 * range, and a straight line (such as a least-squares fit) across the plot. Points falling on the same pixel are drawn
 * once, so thousands of them keep the page small.
 */
final class SvgScatter {

    private static final int WIDTH = SvgChart.WIDTH;
    private static final int HEIGHT = 340;
    private static final int LEFT = 96;
    private static final int RIGHT = 14;
    private static final int TOP = 12;
    private static final int BOTTOM = 46;
    private static final int TICKS = 4;

    private SvgScatter() {
    }

    /**
     * The points and the line to draw.
     *
     * @param x         the horizontal values
     * @param y         the vertical values, as many
     * @param xTitle    the horizontal axis' name
     * @param yTitle    the vertical axis' name
     * @param slope     the line's slope; NaN for no line
     * @param intercept the line's value at x = 0
     */
    record Points(double[] x, double[] y, String xTitle, String yTitle, double slope, double intercept) {
    }

    /**
     * The plot.
     *
     * @param id     the SVG's element id
     * @param points what to draw
     * @param format the text of a tick
     * @return the SVG element, or a "No data." paragraph
     */
    static String render(String id, Points points, DoubleFunction<String> format) {
        double[] xs = points.x();
        double[] ys = points.y();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int index = 0; index < xs.length; index++) {
            if (Double.isFinite(xs[index]) && Double.isFinite(ys[index])) {
                minX = Math.min(minX, xs[index]);
                maxX = Math.max(maxX, xs[index]);
                minY = Math.min(minY, ys[index]);
                maxY = Math.max(maxY, ys[index]);
            }
        }
        if (minX > maxX) {
            return "<p class=\"empty\" id=\"" + id + "\">No data.</p>";
        }
        Range x = Range.padded(minX, maxX);
        Range y = Range.padded(minY, maxY);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"").append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><g class=\"axis\">");
        for (int tick = 0; tick <= TICKS; tick++) {
            double valueY = y.low() + (y.high() - y.low()) * tick / TICKS;
            double pixelY = pixelY(valueY, y);
            svg.append(SvgChart.format("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, WIDTH - RIGHT,
                    pixelY, pixelY)).append(SvgChart.format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", LEFT - 6,
                    pixelY + 4)).append(HtmlPage.escape(format.apply(valueY))).append("</text>");
            double valueX = x.low() + (x.high() - x.low()) * tick / TICKS;
            String anchor = tick == 0 ? "start" : tick == TICKS ? "end" : "middle";
            svg.append(SvgChart.format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">", pixelX(valueX, x),
                    HEIGHT - BOTTOM + 16, anchor)).append(HtmlPage.escape(format.apply(valueX))).append("</text>");
        }
        if (y.low() < 0 && y.high() > 0) {
            svg.append(SvgChart.format("<line class=\"zero\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT,
                    WIDTH - RIGHT, pixelY(0, y), pixelY(0, y)));
        }
        if (x.low() < 0 && x.high() > 0) {
            svg.append(SvgChart.format("<line class=\"zero\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>",
                    pixelX(0, x), pixelX(0, x), TOP, HEIGHT - BOTTOM));
        }
        svg.append(SvgChart.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">", (LEFT + WIDTH - RIGHT) / 2,
                HEIGHT - 6)).append(HtmlPage.escape(points.xTitle())).append("</text>")
                .append(SvgChart.format("<text x=\"%d\" y=\"%d\" text-anchor=\"start\">", LEFT + 6, TOP + 12))
                .append(HtmlPage.escape(points.yTitle())).append("</text></g>");
        Set<Long> drawn = new HashSet<>();
        for (int index = 0; index < xs.length; index++) {
            if (!Double.isFinite(xs[index]) || !Double.isFinite(ys[index])) {
                continue;
            }
            long column = Math.round(pixelX(xs[index], x));
            long row = Math.round(pixelY(ys[index], y));
            if (drawn.add(column * 10_000 + row)) {
                svg.append("<circle cx=\"").append(column).append("\" cy=\"").append(row)
                        .append("\" r=\"2.2\" fill=\"").append(TearsheetCharts.STRATEGY_COLOR)
                        .append("\" fill-opacity=\"0.45\"/>");
            }
        }
        if (Double.isFinite(points.slope()) && Double.isFinite(points.intercept())) {
            svg.append(SvgChart.format("<polyline fill=\"none\" stroke=\"#d2342c\" stroke-width=\"1.5\" points=\"%.1f,%.1f "
                            + "%.1f,%.1f\"><title>least squares: y = %s %s %s x</title></polyline>", pixelX(x.low(), x),
                    pixelY(points.intercept() + points.slope() * x.low(), y), pixelX(x.high(), x),
                    pixelY(points.intercept() + points.slope() * x.high(), y), format.apply(points.intercept()),
                    points.slope() < 0 ? "-" : "+", format.apply(Math.abs(points.slope()))));
        }
        return svg.append("</svg>").toString();
    }

    private static double pixelX(double value, Range range) {
        return LEFT + (value - range.low()) / (range.high() - range.low()) * (WIDTH - LEFT - RIGHT);
    }

    /** Clamped to the plot, so a line leaving it stops at its edge. */
    private static double pixelY(double value, Range range) {
        double pixel = TOP + (range.high() - value) / (range.high() - range.low()) * (HEIGHT - TOP - BOTTOM);
        return Math.max(TOP, Math.min(HEIGHT - BOTTOM, pixel));
    }

    /** A value range with 5 % room on each side (one unit when all values are equal). */
    private record Range(double low, double high) {

        static Range padded(double min, double max) {
            double room = max > min ? (max - min) * 0.05 : 0.5;
            return new Range(min - room, max + room);
        }
    }
}
