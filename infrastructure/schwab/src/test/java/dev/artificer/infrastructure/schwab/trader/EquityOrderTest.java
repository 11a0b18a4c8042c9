package dev.artificer.infrastructure.schwab.trader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EquityOrderTest {

    private static final Symbol AAPL = Symbol.of("AAPL");

    @Test
    void roundsALimitPriceOfADollarOrMoreHalfUpToCents() {
        assertThat(price(199.994)).isEqualTo("199.99");
        assertThat(price(199.995)).isEqualTo("200.00");
        assertThat(price(5)).isEqualTo("5.00");
    }

    @Test
    void keepsAPriceThatBinaryFloatingPointCannotHoldExactly() {
        assertThat(price(0.29 * 100 / 100)).isEqualTo("0.2900");
        assertThat(price(1.15)).isEqualTo("1.15");
    }

    @Test
    void roundsALimitPriceBelowADollarToHundredthsOfACent() {
        assertThat(price(0.12345)).isEqualTo("0.1235");
        assertThat(price(0.5)).isEqualTo("0.5000");
    }

    @Test
    void givesCentsToASubDollarPriceThatRoundsUpToADollar() {
        assertThat(price(0.99996)).isEqualTo("1.00");
    }

    @Test
    void rejectsALimitPriceThatRoundsToZero() {
        assertThatThrownBy(() -> EquityOrder.limit(AAPL, Instruction.BUY, 1, 0.00004))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("a limit price must be positive on the tick");
    }

    @Test
    void rejectsANegativeOrNonFiniteLimitPrice() {
        assertThatThrownBy(() -> EquityOrder.limit(AAPL, Instruction.BUY, 1, -1))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> EquityOrder.limit(AAPL, Instruction.BUY, 1, Double.NaN))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void roundsAPriceGivenToTheConstructor() {
        EquityOrder order = new EquityOrder(AAPL, Instruction.SELL, 3, new BigDecimal("12.345"));

        assertThat(order.limitPrice()).isEqualByComparingTo("12.35");
    }

    @Test
    void rejectsAQuantityBelowOneShare() {
        assertThatThrownBy(() -> EquityOrder.market(AAPL, Instruction.BUY, 0))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("an equity order needs at least 1 share (got 0)");
    }

    @Test
    void rejectsAnOrderWithoutInstruction() {
        assertThatThrownBy(() -> EquityOrder.market(AAPL, null, 1))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void isAMarketOrderWithoutAPriceAndALimitOrderWithOne() {
        assertThat(EquityOrder.market(AAPL, Instruction.BUY, 1).orderType()).isEqualTo("MARKET");
        assertThat(EquityOrder.limit(AAPL, Instruction.BUY, 1, 10).orderType()).isEqualTo("LIMIT");
    }

    private static String price(double price) {
        return EquityOrder.limit(AAPL, Instruction.BUY, 1, price).limitPrice().toPlainString();
    }
}
