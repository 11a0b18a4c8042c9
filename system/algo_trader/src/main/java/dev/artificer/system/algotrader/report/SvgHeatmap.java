package dev.artificer.system.algotrader.report;

import java.time.Year;
import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeSet;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws monthly returns as an inline SVG heatmap: a row per year, a column per month and one for the whole year,
 * each cell coloured green for a gain and red for a loss (deeper for larger moves) with its value written in.
 */
final class SvgHeatmap {

    private static final int LEFT = 56;
    private static final int TOP = 22;
    private static final int CELL_WIDTH = 70;
    private static final int CELL_HEIGHT = 24;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec", "Year"};

    private SvgHeatmap() {
    }

    /**
     * The heatmap.
     *
     * @param id      the SVG's element id
     * @param monthly compounded returns by month
     * @param yearly  compounded returns by year
     * @return the SVG element, or a "No data." paragraph
     */
    static String render(String id, SortedMap<YearMonth, Double> monthly, SortedMap<Year, Double> yearly) {
        if (monthly.isEmpty()) {
            return "<p class=\"empty\" id=\"" + id + "\">No data.</p>";
        }
        TreeSet<Integer> years = new TreeSet<>();
        monthly.keySet().forEach(month -> years.add(month.getYear()));
        double scale = monthly.values().stream().mapToDouble(Math::abs).max().orElse(0);
        int width = LEFT + CELL_WIDTH * MONTHS.length + 2;
        int height = TOP + CELL_HEIGHT * years.size() + 2;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"").append(id).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><g class=\"axis\">");
        for (int column = 0; column < MONTHS.length; column++) {
            svg.append(SvgChart.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">", LEFT + CELL_WIDTH * column
                    + CELL_WIDTH / 2, TOP - 7)).append(MONTHS[column]).append("</text>");
        }
        int row = 0;
        for (int year : years) {
            svg.append(SvgChart.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", LEFT - 6,
                    TOP + CELL_HEIGHT * row + 16)).append(year).append("</text>");
            row++;
        }
        svg.append("</g>");
        row = 0;
        for (int year : years) {
            for (int month = 1; month <= 12; month++) {
                Double value = monthly.get(YearMonth.of(year, month));
                if (value != null) {
                    cell(svg, row, month - 1, value, scale, YearMonth.of(year, month).toString());
                }
            }
            Double total = yearly.get(Year.of(year));
            if (total != null) {
                cell(svg, row, 12, total, Math.max(scale, Math.abs(total)), String.valueOf(year));
            }
            row++;
        }
        return svg.append("</svg>").toString();
    }

    private static void cell(StringBuilder svg, int row, int column, double value, double scale, String title) {
        double strength = scale == 0 ? 0 : Math.min(1, Math.abs(value) / scale);
        int shade = (int) Math.round(235 - 135 * strength);
        String fill = value >= 0 ? "rgb(" + shade + ",240," + shade + ")" : "rgb(250," + shade + "," + shade + ")";
        int x = LEFT + CELL_WIDTH * column;
        int y = TOP + CELL_HEIGHT * row;
        String text = SvgChart.format("%+.1f%%", Math.round(value * 1000) / 10.0 + 0.0);
        svg.append(SvgChart.format("<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s: %s</title></rect>", x, y, CELL_WIDTH - 2, CELL_HEIGHT - 2, fill,
                HtmlUtils.htmlEscape(title), text))
                .append(SvgChart.format("<text class=\"cell-value\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        x + CELL_WIDTH / 2 - 1, y + 16, text));
    }
}
