package dev.artificer.component.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.backtest.Trade.Direction;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradesTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");
    private static final Instant DAY0 = Instant.parse("2026-01-05T05:00:00Z");

    private static Fill fill(Symbol symbol, int day, Side side, long quantity, double price, double commission) {
        return new Fill(symbol, DAY0.plus(Duration.ofDays(day)), side, quantity, price, commission, OrderType.MARKET);
    }

    private static Fill buy(int day, long quantity, double price) {
        return fill(AAPL, day, Side.BUY, quantity, price, 0);
    }

    private static Fill sell(int day, long quantity, double price) {
        return fill(AAPL, day, Side.SELL, quantity, price, 0);
    }

    @Test
    void longRoundTripIsOneTradeNetOfBothCommissions() {
        // buy 10 @ 100 (fee 1), sell 10 @ 110 (fee 1): pnl = 10 x 10 - 2 = 98; return = 98 / 1000 = 0.098
        List<Trade> trades = Trades.from(List.of(fill(AAPL, 0, Side.BUY, 10, 100, 1),
                fill(AAPL, 3, Side.SELL, 10, 110, 1)));

        assertThat(trades).singleElement().satisfies(trade -> {
            assertThat(trade.direction()).isEqualTo(Direction.LONG);
            assertThat(trade.entryPrice()).isEqualTo(100.0);
            assertThat(trade.exitPrice()).isEqualTo(110.0);
            assertThat(trade.quantity()).isEqualTo(10);
            assertThat(trade.commission()).isEqualTo(2.0);
            assertThat(trade.pnl()).isCloseTo(98.0, within(1e-9));
            assertThat(trade.returnFraction()).isCloseTo(0.098, within(1e-12));
            assertThat(trade.duration()).isEqualTo(Duration.ofDays(3));
        });
    }

    @Test
    void pnlIsExactInCentsWhereDoubleArithmeticLeavesResidue() {
        // by hand: 100 x (208.01 - 145.23) = 6,278.00; in doubles 100 x 208.01 - 100 x 145.23 = 6278.000000000002
        // scaled in: 375 x 52.54 - (186 x 28.47 + 189 x 113.13) = 19,702.50 - 26,676.99 = -6,974.49
        // commission 0.37 + 0.38 on the entries, 0.75 on the exit: 1.50 in all, -6,975.99 net
        List<Trade> single = Trades.from(List.of(buy(0, 100, 145.23), sell(1, 100, 208.01)));
        List<Trade> scaled = Trades.from(List.of(fill(AAPL, 0, Side.BUY, 186, 28.47, 0.37),
                fill(AAPL, 1, Side.BUY, 189, 113.13, 0.38), fill(AAPL, 2, Side.SELL, 375, 52.54, 0.75)));

        assertThat(single).singleElement().extracting(Trade::pnl).isEqualTo(6_278.0);
        assertThat(scaled).singleElement().satisfies(trade -> {
            assertThat(trade.commission()).isEqualTo(1.5);
            assertThat(trade.pnl()).isEqualTo(-6_975.99);
        });
    }

    @Test
    void shortRoundTripProfitsWhenThePriceFalls() {
        // sell short 10 @ 50, buy back 10 @ 45: pnl = 10 x (50 - 45) = 50
        List<Trade> trades = Trades.from(List.of(sell(0, 10, 50), buy(1, 10, 45)));

        assertThat(trades).singleElement().satisfies(trade -> {
            assertThat(trade.direction()).isEqualTo(Direction.SHORT);
            assertThat(trade.pnl()).isEqualTo(50.0);
            assertThat(trade.returnFraction()).isEqualTo(0.1);
        });
    }

    @Test
    void scalingInAveragesTheEntryOfTheClosingTrade() {
        // buy 10 @ 100 and 10 @ 110, sell 20 @ 120: entry (1000 + 1100) / 20 = 105, pnl = 20 x 120 - 2100 = 300
        List<Trade> trades = Trades.from(List.of(buy(0, 10, 100), buy(1, 10, 110), sell(2, 20, 120)));

        assertThat(trades).singleElement().satisfies(trade -> {
            assertThat(trade.entryPrice()).isEqualTo(105.0);
            assertThat(trade.entryTime()).isEqualTo(DAY0);
            assertThat(trade.quantity()).isEqualTo(20);
            assertThat(trade.pnl()).isEqualTo(300.0);
        });
    }

    @Test
    void eachPartialCloseIsATradeOfItsOwn() {
        // buy 20 @ 100; sell 5 @ 110 -> +50; sell 15 @ 90 -> -150
        List<Trade> trades = Trades.from(List.of(buy(0, 20, 100), sell(1, 5, 110), sell(2, 15, 90)));

        assertThat(trades).extracting(Trade::quantity).containsExactly(5L, 15L);
        assertThat(trades).extracting(Trade::pnl).containsExactly(50.0, -150.0);
    }

    @Test
    void closingFillsMatchTheOldestLotsFirst() {
        // lots: 10 @ 100 (day 0), 10 @ 120 (day 1)
        // sell 15 @ 130 closes 10 @ 100 and 5 @ 120: entry 1600 / 15 = 106.667, pnl 1950 - 1600 = 350, entry day 0
        // sell 5 @ 110 closes the other 5 @ 120: pnl 550 - 600 = -50, entry day 1
        List<Trade> trades = Trades.from(List.of(buy(0, 10, 100), buy(1, 10, 120), sell(2, 15, 130),
                sell(3, 5, 110)));

        assertThat(trades).hasSize(2);
        assertThat(trades.get(0).entryPrice()).isCloseTo(1600.0 / 15, within(1e-9));
        assertThat(trades.get(0).entryTime()).isEqualTo(DAY0);
        assertThat(trades.get(0).pnl()).isCloseTo(350.0, within(1e-9));
        assertThat(trades.get(1).entryPrice()).isEqualTo(120.0);
        assertThat(trades.get(1).entryTime()).isEqualTo(DAY0.plus(Duration.ofDays(1)));
        assertThat(trades.get(1).pnl()).isCloseTo(-50.0, within(1e-9));
    }

    @Test
    void aFlipClosesTheLongAndOpensAShortWithTheRest() {
        // buy 10 @ 100; sell 25 @ 110 (fee 5 = 0.2 a share); buy 15 @ 100 (fee 3)
        // long: 10 x 10 - 10 x 0.2 = 98; short 15 from 110 to 100: 150 - 15 x 0.2 - 3 = 144
        List<Trade> trades = Trades.from(List.of(buy(0, 10, 100), fill(AAPL, 1, Side.SELL, 25, 110, 5),
                fill(AAPL, 2, Side.BUY, 15, 100, 3)));

        assertThat(trades).extracting(Trade::direction).containsExactly(Direction.LONG, Direction.SHORT);
        assertThat(trades).extracting(Trade::quantity).containsExactly(10L, 15L);
        assertThat(trades.get(0).pnl()).isCloseTo(98.0, within(1e-9));
        assertThat(trades.get(1).entryTime()).isEqualTo(DAY0.plus(Duration.ofDays(1)));
        assertThat(trades.get(1).pnl()).isCloseTo(144.0, within(1e-9));
    }

    @Test
    void anEntryCommissionIsSplitByTheQuantityEachTradeCloses() {
        // buy 10 (fee 2 = 0.2 a share); sell 4 (fee 1): 4 x 0.2 + 1 = 1.8; sell 6 (fee 1): 6 x 0.2 + 1 = 2.2
        List<Trade> trades = Trades.from(List.of(fill(AAPL, 0, Side.BUY, 10, 100, 2),
                fill(AAPL, 1, Side.SELL, 4, 100, 1), fill(AAPL, 2, Side.SELL, 6, 100, 1)));

        assertThat(trades).extracting(Trade::commission)
                .satisfiesExactly(first -> assertThat(first).isCloseTo(1.8, within(1e-12)),
                        second -> assertThat(second).isCloseTo(2.2, within(1e-12)));
        assertThat(trades.get(0).pnl()).isCloseTo(-1.8, within(1e-12));
    }

    @Test
    void aPositionStillOpenAtTheEndIsNotATrade() {
        List<Trade> trades = Trades.from(List.of(buy(0, 10, 100), sell(1, 4, 110)));

        assertThat(trades).singleElement().extracting(Trade::quantity).isEqualTo(4L);
    }

    @Test
    void symbolsAreMatchedSeparately() {
        // a MSFT sell does not close the AAPL lot: it opens a MSFT short, still open
        List<Trade> trades = Trades.from(List.of(buy(0, 10, 100), fill(MSFT, 1, Side.SELL, 10, 300, 0),
                sell(2, 10, 105)));

        assertThat(trades).singleElement().satisfies(trade -> {
            assertThat(trade.symbol()).isEqualTo(AAPL);
            assertThat(trade.pnl()).isEqualTo(50.0);
        });
    }

    @Test
    void noFillsGiveNoTrades() {
        assertThat(Trades.from(List.of())).isEmpty();
    }
}
