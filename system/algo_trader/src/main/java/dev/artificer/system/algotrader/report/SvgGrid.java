package dev.artificer.system.algotrader.report;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Draws a metric over two parameters as an inline SVG heatmap: a column per value of one, a row per value of the
 * other, each cell coloured from red (worst) through pale yellow to green (best) with its value written in when it
 * fits, a frame around the winner's cell, and empty grey cells where no combination ran. A small grid keeps its
 * natural size rather than being stretched to the page's width.
 */
final class SvgGrid {

    private static final int LEFT = 110;
    private static final int TOP = 40;
    private static final int RIGHT = 10;
    private static final int MAX_CELL_WIDTH = 80;
    private static final int CELL_HEIGHT = 24;
    private static final int MIN_WRITTEN_WIDTH = 38;
    private static final int MAX_LABELS = 20;

    private SvgGrid() {
    }

    /**
     * The values of one grid.
     *
     * @param columnName    the parameter along the columns
     * @param columns       its values
     * @param rowName       the parameter down the rows
     * @param rows          its values
     * @param values        [row][column], NaN where nothing ran
     * @param lowerIsBetter whether small values are the good ones
     * @param winnerRow     the winner's row, -1 for none
     * @param winnerColumn  the winner's column
     */
    record Cells(String columnName, List<String> columns, String rowName, List<String> rows, double[][] values,
                 boolean lowerIsBetter, int winnerRow, int winnerColumn) {
    }

    /**
     * The heatmap.
     *
     * @param id     the SVG's element id
     * @param cells  the grid
     * @param format the text of a value
     * @return the SVG element, or a "No data." paragraph
     */
    static String render(String id, Cells cells, DoubleFunction<String> format) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] row : cells.values()) {
            for (double value : row) {
                if (Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        if (cells.rows().isEmpty() || cells.columns().isEmpty() || low > high) {
            return "<p class=\"empty\" id=\"" + id + "\">No data.</p>";
        }
        int columns = cells.columns().size();
        int width = Math.max(1, Math.min(MAX_CELL_WIDTH, (SvgChart.WIDTH - LEFT - RIGHT) / columns));
        int height = TOP + CELL_HEIGHT * cells.rows().size() + 4;
        StringBuilder svg = new StringBuilder();
        int total = LEFT + width * columns + RIGHT;
        svg.append("<svg id=\"").append(id).append("\" viewBox=\"0 0 ").append(total).append(' ').append(height)
                .append("\" style=\"max-width:").append(total).append("px\" xmlns=\"http://www.w3.org/2000/svg\" "
                        + "role=\"img\"><g class=\"axis\">");
        svg.append(SvgChart.format("<text x=\"%d\" y=\"12\" text-anchor=\"start\">", LEFT))
                .append(HtmlPage.escape(cells.columnName() + " \u2192")).append("</text>")
                .append(SvgChart.format("<text x=\"4\" y=\"%d\" text-anchor=\"start\">", TOP - 8))
                .append(HtmlPage.escape(cells.rowName() + " \u2193")).append("</text>");
        int every = Math.max(1, (int) Math.ceil(columns / (double) MAX_LABELS));
        for (int column = 0; column < columns; column += every) {
            svg.append(SvgChart.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">", LEFT + width * column
                    + width / 2, TOP - 8)).append(HtmlPage.escape(cells.columns().get(column))).append("</text>");
        }
        for (int row = 0; row < cells.rows().size(); row++) {
            svg.append(SvgChart.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", LEFT - 6,
                    TOP + CELL_HEIGHT * row + 16)).append(HtmlPage.escape(cells.rows().get(row))).append("</text>");
        }
        svg.append("</g>");
        for (int row = 0; row < cells.rows().size(); row++) {
            for (int column = 0; column < columns; column++) {
                cell(svg, cells, row, column, width, low, high, format);
            }
        }
        if (cells.winnerRow() >= 0) {
            svg.append(SvgChart.format("<rect class=\"winner\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"><title>"
                            + "the winner</title></rect>", LEFT + width * cells.winnerColumn(),
                    TOP + CELL_HEIGHT * cells.winnerRow(), width - 2, CELL_HEIGHT - 2));
        }
        return svg.append("</svg>").toString();
    }

    private static void cell(StringBuilder svg, Cells cells, int row, int column, int width, double low, double high,
                             DoubleFunction<String> format) {
        double value = cells.values()[row][column];
        int x = LEFT + width * column;
        int y = TOP + CELL_HEIGHT * row;
        String title = cells.columnName() + "=" + cells.columns().get(column) + " " + cells.rowName() + "="
                + cells.rows().get(row) + ": " + (Double.isFinite(value) ? format.apply(value) : "not run");
        svg.append(SvgChart.format("<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s</title></rect>", x, y, Math.max(1, width - 2), CELL_HEIGHT - 2,
                Double.isFinite(value) ? colour(value, low, high, cells.lowerIsBetter()) : "#eceef2",
                HtmlPage.escape(title)));
        if (Double.isFinite(value) && width >= MIN_WRITTEN_WIDTH) {
            svg.append(SvgChart.format("<text class=\"cell-value\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">", x
                    + width / 2 - 1, y + 16)).append(HtmlPage.escape(format.apply(value))).append("</text>");
        }
    }

    /** Red (worst) through pale yellow to green (best). */
    static String colour(double value, double low, double high, boolean lowerIsBetter) {
        double share = high > low ? (value - low) / (high - low) : 1;
        double good = lowerIsBetter ? 1 - share : share;
        int red;
        int green;
        int blue;
        if (good < 0.5) {
            double t = good * 2;
            red = (int) Math.round(226 + (250 - 226) * t);
            green = (int) Math.round(110 + (236 - 110) * t);
            blue = (int) Math.round(100 + (180 - 100) * t);
        } else {
            double t = (good - 0.5) * 2;
            red = (int) Math.round(250 + (90 - 250) * t);
            green = (int) Math.round(236 + (184 - 236) * t);
            blue = (int) Math.round(180 + (110 - 180) * t);
        }
        return "rgb(" + red + "," + green + "," + blue + ")";
    }
}
