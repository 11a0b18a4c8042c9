package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgScatterTest {

    private static String scatter(double[] x, double[] y, double slope) {
        return SvgScatter.render("scatter", new SvgScatter.Points(x, y, "in sample", "out of sample", slope, 0.5),
                value -> SvgChart.format("%.2f", value));
    }

    @Test
    void pointsOnTheSamePixelAreDrawnOnce() {
        String svg = scatter(new double[] {0, 1, 1, 1.0000001, 2}, new double[] {0, 1, 1, 1, 0}, Double.NaN);

        assertThat(HtmlReportTest.count(svg, "<circle ")).isEqualTo(3);
    }

    @Test
    void theLineIsDrawnWithItsEquationAndBothAxesAreTitled() {
        String svg = scatter(new double[] {-1, 0, 1}, new double[] {-1, 1, 0}, -0.25);

        assertThat(svg).contains("<title>least squares: y = 0.50 - 0.25 x</title>", ">in sample</text>",
                ">out of sample</text>", "<line class=\"zero\"");
    }

    @Test
    void noLineWithoutASlope() {
        assertThat(scatter(new double[] {0, 1}, new double[] {0, 1}, Double.NaN)).doesNotContain("<polyline");
    }

    @Test
    void noFinitePointIsNoChart() {
        assertThat(scatter(new double[] {Double.NaN}, new double[] {1}, 1)).isEqualTo(
                "<p class=\"empty\" id=\"scatter\">No data.</p>");
    }
}
