package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgGridTest {

    private static String grid(boolean lowerIsBetter) {
        return SvgGrid.render("grid", new SvgGrid.Cells("fast", List.of("5", "10"), "slow", List.of("20", "30"),
                new double[][] {{1.0, 2.0}, {Double.NaN, 3.0}}, lowerIsBetter, 1, 1), value -> String.valueOf(value));
    }

    @Test
    void theBestCellIsGreenAndTheWorstRed() {
        assertThat(grid(false)).contains("fill=\"rgb(90,184,110)\"><title>fast=10 slow=30: 3.0</title>",
                "fill=\"rgb(226,110,100)\"><title>fast=5 slow=20: 1.0</title>");
    }

    @Test
    void lowerIsBetterTurnsTheColoursAround() {
        assertThat(grid(true)).contains("fill=\"rgb(226,110,100)\"><title>fast=10 slow=30: 3.0</title>",
                "fill=\"rgb(90,184,110)\"><title>fast=5 slow=20: 1.0</title>");
    }

    @Test
    void aCombinationThatDidNotRunIsGrey() {
        assertThat(grid(false)).contains("fill=\"#eceef2\"><title>fast=5 slow=30: not run</title>");
    }

    @Test
    void theMiddleValueIsPaleYellow() {
        assertThat(grid(false)).contains("fill=\"rgb(250,236,180)\"><title>fast=10 slow=20: 2.0</title>");
    }

    @Test
    void bothParametersAndTheirValuesLabelTheAxes() {
        assertThat(grid(false)).contains("fast &rarr;</text>", "slow &darr;</text>", ">10</text>", ">30</text>");
    }
}
