package dev.artificer.system.algotrader.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntradayBarBuilderTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    /** 09:30 New York on Tuesday 2026-12-01 (EST, UTC-5). */
    private static final Instant OPEN = Instant.parse("2026-12-01T14:30:00Z");

    private final IntradayBarBuilder builder = new IntradayBarBuilder();

    private static Bar minute(int index, double open, double high, double low, double close, long volume) {
        return new Bar(AAPL, Timeframe.ONE_MINUTE, OPEN.plus(Duration.ofMinutes(index)), open, high, low, close, volume);
    }

    @Test
    void theFifthMinuteCompletesTheFiveMinuteBarWithTheFirstOpenTheExtremesTheLastCloseAndTheSummedVolume() {
        List<Bar> completed = new ArrayList<>();
        completed.addAll(builder.add(minute(0, 100.0, 101.0, 99.5, 100.5, 10)));
        completed.addAll(builder.add(minute(1, 100.5, 102.0, 100.0, 101.5, 20)));
        completed.addAll(builder.add(minute(2, 101.5, 101.8, 98.0, 99.0, 30)));
        completed.addAll(builder.add(minute(3, 99.0, 100.0, 98.5, 99.8, 40)));
        assertThat(completed).as("nothing before the period's last minute").isEmpty();

        completed.addAll(builder.add(minute(4, 99.8, 100.2, 99.1, 100.1, 50)));

        assertThat(completed).containsExactly(
                new Bar(AAPL, Timeframe.FIVE_MINUTES, OPEN, 100.0, 102.0, 98.0, 100.1, 150));
    }

    @Test
    void thirtyMinutesOfOneMinuteBarsMakeSixFiveThreeTenTwoFifteenAndOneThirtyMinuteBar() {
        List<Bar> completed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            completed.addAll(builder.add(minute(i, 100 + i, 100.5 + i, 99.5 + i, 100.2 + i, 1)));
        }

        assertThat(completed.stream().filter(bar -> bar.timeframe() == Timeframe.FIVE_MINUTES)).hasSize(6);
        assertThat(completed.stream().filter(bar -> bar.timeframe() == Timeframe.TEN_MINUTES)).hasSize(3);
        assertThat(completed.stream().filter(bar -> bar.timeframe() == Timeframe.FIFTEEN_MINUTES)).hasSize(2);
        assertThat(completed.stream().filter(bar -> bar.timeframe() == Timeframe.THIRTY_MINUTES)).singleElement()
                .isEqualTo(new Bar(AAPL, Timeframe.THIRTY_MINUTES, OPEN, 100, 129.5, 99.5, 129.2, 30));
        assertThat(completed.stream().filter(bar -> bar.timeframe() == Timeframe.FIFTEEN_MINUTES).toList().get(1))
                .isEqualTo(new Bar(AAPL, Timeframe.FIFTEEN_MINUTES, OPEN.plus(Duration.ofMinutes(15)),
                        115, 129.5, 114.5, 129.2, 15));
    }

    @Test
    void aPeriodWhoseLastMinuteHadNoTradesIsCompletedByTheNextPeriodsFirstMinute() {
        builder.add(minute(0, 100, 101, 99, 100, 5));
        builder.add(minute(1, 100, 103, 100, 102, 5));

        List<Bar> completed = builder.add(minute(5, 102, 102, 101, 101.5, 7));

        assertThat(completed).containsExactly(new Bar(AAPL, Timeframe.FIVE_MINUTES, OPEN, 100, 103, 99, 102, 10));
    }

    @Test
    void aPeriodWithNoLaterMinuteIsCompletedOnceItsEndIsAGracePeriodPast() {
        builder.add(minute(25, 100, 101, 99, 100.5, 5));
        Instant end = OPEN.plus(Duration.ofMinutes(30));

        assertThat(builder.due(end.plusSeconds(5), Duration.ofSeconds(10), Set.of())).isEmpty();
        List<Bar> completed = builder.due(end.plusSeconds(10), Duration.ofSeconds(10), Set.of());

        assertThat(completed).extracting(Bar::timeframe).containsExactlyInAnyOrder(Timeframe.FIVE_MINUTES,
                Timeframe.TEN_MINUTES, Timeframe.FIFTEEN_MINUTES, Timeframe.THIRTY_MINUTES);
        assertThat(completed).allSatisfy(bar -> assertThat(bar.close()).isEqualTo(100.5));
    }

    @Test
    void aHeldSymbolsPeriodWaitsPastTheGracePeriodForItsMissingMinutes() {
        builder.add(minute(25, 100, 101, 99, 100.5, 5));
        Instant end = OPEN.plus(Duration.ofMinutes(30));

        assertThat(builder.due(end.plusSeconds(60), Duration.ofSeconds(10), Set.of(AAPL))).isEmpty();
        assertThat(builder.due(end.plusSeconds(60), Duration.ofSeconds(10), Set.of())).hasSize(4);
    }

    @Test
    void aMinuteSentTwiceCountsOnceWithItsLatestValues() {
        builder.add(minute(0, 100, 101, 99, 100, 5));
        builder.add(minute(0, 100, 101.5, 99, 100.4, 6));
        builder.add(minute(1, 100.4, 100.6, 100, 100.2, 1));
        builder.add(minute(2, 100.2, 100.3, 100, 100.1, 1));
        builder.add(minute(3, 100.1, 100.2, 100, 100.1, 1));

        List<Bar> completed = builder.add(minute(4, 100.1, 100.2, 100, 100.15, 1));

        assertThat(completed).containsExactly(new Bar(AAPL, Timeframe.FIVE_MINUTES, OPEN, 100, 101.5, 99, 100.15, 10));
    }

    @Test
    void aMinuteOfAPeriodAlreadyBuiltIsLeftOut() {
        for (int i = 0; i < 5; i++) {
            builder.add(minute(i, 100, 101, 99, 100, 1));
        }

        List<Bar> late = builder.add(minute(4, 100, 150, 99, 140, 100));

        assertThat(late).as("the five-minute bar stays as it was built").isEmpty();
        assertThat(builder.due(OPEN.plus(Duration.ofMinutes(40)), Duration.ZERO, Set.of()))
                .filteredOn(bar -> bar.timeframe() == Timeframe.FIVE_MINUTES).isEmpty();
    }

    @Test
    void onlyOneMinuteBarsAreTaken() {
        Bar daily = new Bar(AAPL, Timeframe.DAILY, OPEN, 100, 101, 99, 100, 1);

        assertThatThrownBy(() -> builder.add(daily)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one-minute");
    }
}
