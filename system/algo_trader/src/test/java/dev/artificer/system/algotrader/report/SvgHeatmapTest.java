package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.YearMonth;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SvgHeatmapTest {

    private static String heatmap() {
        TreeMap<YearMonth, Double> monthly = new TreeMap<>();
        monthly.put(YearMonth.of(2025, 11), 0.052);
        monthly.put(YearMonth.of(2025, 12), -0.0004);
        monthly.put(YearMonth.of(2026, 1), -0.031);
        TreeMap<Year, Double> yearly = new TreeMap<>();
        yearly.put(Year.of(2025), 0.0518);
        yearly.put(Year.of(2026), -0.031);
        return SvgHeatmap.render("monthly", monthly, yearly);
    }

    @Test
    void oneRowPerYearWithEachMonthAndTheYearWrittenIn() {
        String svg = heatmap();

        assertThat(svg).contains(">2025</text>", ">2026</text>", "<title>2025-11: +5.2%</title>",
                "<title>2026-01: -3.1%</title>", "<title>2025: +5.2%</title>");
    }

    @Test
    void aLossTooSmallToShowReadsAsZeroNotMinusZero() {
        assertThat(heatmap()).contains("<title>2025-12: +0.0%</title>").doesNotContain("-0.0%");
    }

    @Test
    void gainsAreGreenAndLossesRed() {
        // the largest move (5.2 %) is the deepest shade: 235 - 135 = 100
        assertThat(heatmap()).contains("fill=\"rgb(100,240,100)\"><title>2025-11")
                .containsPattern("fill=\"rgb\\(250,\\d+,\\d+\\)\"><title>2026-01");
    }
}
