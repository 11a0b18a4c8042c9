package dev.artificer.system.algotrader.report;

import java.util.List;
import java.util.function.DoubleFunction;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws categories (years, histogram bins) as an inline SVG bar chart: one bar per series in each category, up or
 * down from zero, a value axis and the category labels (every n-th when there are many).
 */
final class SvgBars {

    private static final int WIDTH = SvgChart.WIDTH;
    private static final int HEIGHT = 260;
    private static final int LEFT = 96;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;
    private static final int MAX_LABELS = 16;
    private static final double MAX_BAR_WIDTH = 48;

    private SvgBars() {
    }

    /**
     * One series of bars.
     *
     * @param label  the legend text
     * @param color  a CSS colour
     * @param values one value per category; NaN draws no bar
     */
    record Bars(String label, String color, double[] values) {
    }

    /**
     * A bar chart.
     *
     * @param id         the SVG's element id
     * @param categories the category labels
     * @param series     the bars, each with one value per category
     * @param tickLabel  the text of a value tick and a bar's tooltip
     * @return the SVG element, or a "No data." paragraph
     */
    static String render(String id, List<String> categories, List<Bars> series, DoubleFunction<String> tickLabel) {
        double low = 0;
        double high = 0;
        for (Bars bars : series) {
            for (double value : bars.values()) {
                if (Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        if (categories.isEmpty()) {
            return "<p class=\"empty\" id=\"" + id + "\">No data.</p>";
        }
        if (high == low) {
            high = low + 1;
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"").append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><g class=\"axis\">");
        double plot = HEIGHT - TOP - BOTTOM;
        for (int tick = 0; tick <= 4; tick++) {
            double value = low + (high - low) * tick / 4;
            double y = TOP + (high - value) / (high - low) * plot;
            svg.append(SvgChart.format("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, WIDTH - RIGHT, y, y))
                    .append(SvgChart.format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", LEFT - 6, y + 4))
                    .append(HtmlUtils.htmlEscape(tickLabel.apply(value))).append("</text>");
        }
        double slot = (double) (WIDTH - LEFT - RIGHT) / categories.size();
        int every = Math.max(1, (int) Math.ceil(categories.size() / (double) MAX_LABELS));
        for (int index = 0; index < categories.size(); index += every) {
            svg.append(SvgChart.format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">", LEFT + slot * (index + 0.5),
                    HEIGHT - 8)).append(HtmlUtils.htmlEscape(categories.get(index))).append("</text>");
        }
        double zero = TOP + high / (high - low) * plot;
        svg.append(SvgChart.format("<line class=\"zero\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/></g>", LEFT,
                WIDTH - RIGHT, zero, zero));
        double width = Math.min(MAX_BAR_WIDTH, slot * 0.8 / series.size());
        double gap = (slot - width * series.size()) / 2;
        for (int which = 0; which < series.size(); which++) {
            Bars bars = series.get(which);
            for (int index = 0; index < categories.size(); index++) {
                double value = bars.values()[index];
                if (!Double.isFinite(value)) {
                    continue;
                }
                double y = TOP + (high - value) / (high - low) * plot;
                svg.append(SvgChart.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>",
                        LEFT + slot * index + gap + width * which, Math.min(y, zero), Math.max(0.5, width - 1),
                        Math.max(0.5, Math.abs(zero - y)), HtmlUtils.htmlEscape(bars.color())))
                        .append(HtmlUtils.htmlEscape(bars.label() + " " + categories.get(index) + ": "
                                + tickLabel.apply(value))).append("</title></rect>");
            }
        }
        return svg.append("</svg>").toString();
    }
}
