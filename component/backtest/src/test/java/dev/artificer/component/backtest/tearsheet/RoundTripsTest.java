package dev.artificer.component.backtest.tearsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.Fill;
import dev.artificer.component.backtest.Opening;
import dev.artificer.component.backtest.Trade.Direction;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundTripsTest {

    private static final Symbol XYZ = Symbol.of("XYZ");

    private static Instant day(int index) {
        return Instant.parse("2026-01-05T05:00:00Z").plus(Duration.ofDays(index));
    }

    // Four days: (open, high, low, close)
    // day 0: 100, 104, 97, 103   <- entry fills at the open, 100
    // day 1: 103, 108, 99, 107
    // day 2: 106, 120, 90, 110   <- exit fills at the open, 106; the day's range comes after the exit
    // day 3: 110, 112, 109, 111
    private static final List<Bar> BARS = List.of(
            new Bar(XYZ, Timeframe.DAILY, day(0), 100, 104, 97, 103, 1_000),
            new Bar(XYZ, Timeframe.DAILY, day(1), 103, 108, 99, 107, 1_000),
            new Bar(XYZ, Timeframe.DAILY, day(2), 106, 120, 90, 110, 1_000),
            new Bar(XYZ, Timeframe.DAILY, day(3), 110, 112, 109, 111, 1_000));

    private static BacktestResult run(List<Fill> fills, Map<Symbol, Double> marks) {
        Instant[] times = {day(0), day(1), day(2), day(3)};
        double[] equity = {1_000, 1_000, 1_000, 1_000};
        return new BacktestResult("test", Timeframe.DAILY, 1_000, fills, List.of(),
                EquityCurve.of(times, equity, new double[4]), 1_000, Map.of(), 0, Opening.cash(1_000), marks, List.of());
    }

    private static Fill fill(int day, Side side, long quantity, double price, double commission) {
        return new Fill(XYZ, day(day), side, quantity, price, commission, OrderType.MARKET);
    }

    @Test
    void aLongTradesExcursionsAreTheLowestLowAndHighestHighWhileHeld() {
        RoundTrip trip = RoundTrips.of(run(List.of(fill(0, Side.BUY, 10, 100, 0), fill(2, Side.SELL, 10, 106, 0)),
                Map.of()), BARS).getFirst();

        // held over days 0 and 1: lowest low 97, highest high 108 (day 2's 90 and 120 come after the exit)
        assertThat(trip.mae()).isCloseTo(97.0 / 100 - 1, within(1e-12));
        assertThat(trip.mfe()).isCloseTo(108.0 / 100 - 1, within(1e-12));
        // pnl 10 x (106 - 100) = 60, return 60 / 1000 = 6 %, held two days
        assertThat(trip.pnl()).isEqualTo(60.0);
        assertThat(trip.returnFraction()).isCloseTo(0.06, within(1e-12));
        assertThat(trip.holding()).isEqualTo(Duration.ofDays(2));
        assertThat(trip.open()).isFalse();
    }

    @Test
    void aShortTradesAdverseExcursionIsTheHighestHigh() {
        RoundTrip trip = RoundTrips.of(run(List.of(fill(0, Side.SELL, 10, 100, 0), fill(2, Side.BUY, 10, 106, 0)),
                Map.of()), BARS).getFirst();

        // short from 100: the high of 108 is 8 % against it, the low of 97 3 % for it
        assertThat(trip.direction()).isEqualTo(Direction.SHORT);
        assertThat(trip.mae()).isCloseTo(-0.08, within(1e-12));
        assertThat(trip.mfe()).isCloseTo(0.03, within(1e-12));
        assertThat(trip.pnl()).isEqualTo(-60.0);
    }

    @Test
    void thePositionOpenAtTheEndIsItsOwnRoundTripMarkedToTheLastPrice() {
        // bought 5 at 100 (commission 1) on day 1 and 5 at 112 on day 3; marked at 111 at the end
        List<RoundTrip> trips = RoundTrips.of(run(List.of(fill(1, Side.BUY, 5, 100, 1), fill(3, Side.BUY, 5, 112, 0)),
                Map.of(XYZ, 111.0)), BARS);

        assertThat(trips).hasSize(1);
        RoundTrip open = trips.getFirst();
        assertThat(open.open()).isTrue();
        // entry (5 x 100 + 5 x 112) / 10 = 106; pnl 10 x 111 - 1060 - 1 = 49
        assertThat(open.entryPrice()).isCloseTo(106, within(1e-12));
        assertThat(open.pnl()).isCloseTo(49, within(1e-9));
        assertThat(open.exitPrice()).isEqualTo(111.0);
        // held from day 1 through the last bar (day 3): lowest low 90 (day 2), highest high 120 (day 2)
        assertThat(open.mae()).isCloseTo(90.0 / 106 - 1, within(1e-12));
        assertThat(open.mfe()).isCloseTo(120.0 / 106 - 1, within(1e-12));
        assertThat(open.holding()).isEqualTo(Duration.ofDays(2));
    }
}
