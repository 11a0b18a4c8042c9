package dev.artificer.component.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.Fill;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sizing chosen by parameters, on the SMA(2)/SMA(3) series whose cross up is at bar 5 (close 10, previous close 8,
 * so high 11 - 8 makes bar 5's true range 3) and whose buy fills at bar 6; the account starts with 10,000.
 */
class SizingParametersTest {

    private static final List<Bar> BARS = Bars.closes(10, 9, 8, 7, 8, 10, 12, 11, 9, 7, 6, 6);

    private static long firstBuy(String parameters) {
        return Bars.run("sma-cross", "fast=2 slow=3 " + parameters, BARS).fills().getFirst().quantity();
    }

    @Test
    void fixedSizingBuysTheQuantity() {
        assertThat(firstBuy("sizing=fixed quantity=7")).isEqualTo(7);
    }

    /** 50 % of 10,000 at the signal close 10: 500 shares. */
    @Test
    void percentSizingBuysThatShareOfEquityAtTheSignalClose() {
        assertThat(firstBuy("sizing=percent percent=50")).isEqualTo(500);
    }

    /** ATR(1) at bar 5 is its true range, 3; risking 1 % of 10,000 over 2 x 3: floor(100 / 6) = 16 shares. */
    @Test
    void atrRiskSizingRisksThePercentOverStopTimesAtr() {
        assertThat(firstBuy("sizing=atr-risk risk=1 stop=2 atr=1")).isEqualTo(16);
    }

    @Test
    void sellingAfterPercentSizingSellsEverythingHeld() {
        List<Fill> fills = Bars.run("sma-cross", "fast=2 slow=3 sizing=percent percent=50", BARS).fills();

        assertThat(fills.getLast().quantity()).isEqualTo(fills.getFirst().quantity());
    }
}
