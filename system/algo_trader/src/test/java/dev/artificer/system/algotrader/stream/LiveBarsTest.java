package dev.artificer.system.algotrader.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.system.algotrader.trading.MigratedDatabase;
import dev.artificer.system.algotrader.trading.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live bars stored in a real (embedded H2) bar table, as the service stores them. */
class LiveBarsTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant OPEN = Instant.parse("2026-12-01T14:30:00Z");

    private final MutableClock clock = new MutableClock(OPEN);
    private final SimulatedMarket market = new SimulatedMarket(clock);
    private final List<List<Bar>> told = new ArrayList<>();
    private MigratedDatabase database;
    private JdbcBarRepository bars;
    private LiveBars live;

    @BeforeEach
    void openDatabase() {
        database = MigratedDatabase.h2();
        bars = new JdbcBarRepository(database.jdbc(), "h2");
        live = new LiveBars(bars, market, "simulated", clock, new StreamMetrics(new SimpleMeterRegistry()), told::add);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static Bar minute(int index, double close) {
        return new Bar(AAPL, Timeframe.ONE_MINUTE, OPEN.plus(Duration.ofMinutes(index)), close, close + 1, close - 1,
                close, 100);
    }

    private List<Bar> stored(Timeframe timeframe) {
        return bars.range(AAPL, timeframe, OPEN.minus(Duration.ofDays(1)), OPEN.plus(Duration.ofDays(1)));
    }

    @Test
    void eachMinuteIsStoredAsItClosesAndThenTold() {
        clock.set(OPEN.plus(Duration.ofMinutes(1)));

        live.minuteClosed(minute(0, 100));

        assertThat(stored(Timeframe.ONE_MINUTE)).containsExactly(minute(0, 100));
        assertThat(told).containsExactly(List.of(minute(0, 100)));
    }

    @Test
    void theFifthMinuteStoresAndTellsTheFiveMinuteBarWithIt() {
        for (int i = 0; i < 5; i++) {
            clock.set(OPEN.plus(Duration.ofMinutes(i + 1)));
            live.minuteClosed(minute(i, 100 + i));
        }

        Bar fiveMinutes = new Bar(AAPL, Timeframe.FIVE_MINUTES, OPEN, 100, 105, 99, 104, 500);
        assertThat(stored(Timeframe.FIVE_MINUTES)).containsExactly(fiveMinutes);
        assertThat(told.getLast()).containsExactly(minute(4, 104), fiveMinutes);
        assertThat(stored(Timeframe.ONE_MINUTE)).hasSize(5);
    }

    @Test
    void aMinuteSentAgainLeavesOneRow() {
        live.minuteClosed(minute(0, 100));
        live.minuteClosed(minute(0, 100.5));

        assertThat(stored(Timeframe.ONE_MINUTE)).containsExactly(minute(0, 100.5));
    }

    @Test
    void aPeriodWithoutItsLastMinuteIsStoredOnceTheGracePeriodIsOver() {
        live.minuteClosed(minute(2, 100));
        clock.set(OPEN.plus(Duration.ofMinutes(5)).plus(LiveBars.GRACE));

        live.tick();

        assertThat(stored(Timeframe.FIVE_MINUTES)).singleElement().extracting(Bar::close).isEqualTo(100.0);
    }

    private List<Bar> history(int fromMinute, int toMinute) {
        return market.history(AAPL, Timeframe.ONE_MINUTE, OPEN.plus(Duration.ofMinutes(fromMinute)),
                OPEN.plus(Duration.ofMinutes(toMinute))).bars();
    }

    private void feed(Bar minute) {
        clock.set(minute.start().plus(Duration.ofMinutes(1)).plusSeconds(1));
        live.minuteClosed(minute);
    }

    @Test
    void theMinutesMissedWhileInterruptedAreFilledFromHistoryBeforeTheNextMinute() {
        clock.set(OPEN.plus(Duration.ofMinutes(10)));
        List<Bar> session = history(0, 5);
        feed(session.get(0));
        feed(session.get(1));

        live.interrupted();
        feed(session.get(4));

        assertThat(stored(Timeframe.ONE_MINUTE)).isEqualTo(session);
        assertThat(told.getLast()).extracting(Bar::start, Bar::timeframe).containsExactly(
                tuple(session.get(2).start(), Timeframe.ONE_MINUTE), tuple(session.get(3).start(), Timeframe.ONE_MINUTE),
                tuple(session.get(4).start(), Timeframe.ONE_MINUTE), tuple(OPEN, Timeframe.FIVE_MINUTES));
    }

    @Test
    void aPeriodWithAGapWaitsPastTheGracePeriodAndIsBuiltFromTheFilledMinutes() {
        clock.set(OPEN.plus(Duration.ofMinutes(10)));
        List<Bar> session = history(0, 7);
        feed(session.get(0));
        live.interrupted();
        clock.set(OPEN.plus(Duration.ofMinutes(5)).plus(LiveBars.GRACE).plusSeconds(30));
        live.tick();
        assertThat(stored(Timeframe.FIVE_MINUTES)).as("not built while minutes 1 to 4 are missing").isEmpty();

        feed(session.get(6));

        List<Bar> first = session.subList(0, 5);
        assertThat(stored(Timeframe.FIVE_MINUTES)).containsExactly(new Bar(AAPL, Timeframe.FIVE_MINUTES, OPEN,
                first.getFirst().open(), first.stream().mapToDouble(Bar::high).max().orElseThrow(),
                first.stream().mapToDouble(Bar::low).min().orElseThrow(), first.getLast().close(),
                first.stream().mapToLong(Bar::volume).sum()));
    }

    @Test
    void aMinuteSentAgainAfterTheInterruptionLeavesTheGapToTheNextNewMinute() {
        clock.set(OPEN.plus(Duration.ofMinutes(10)));
        List<Bar> session = history(0, 4);
        feed(session.get(0));
        feed(session.get(1));
        live.interrupted();

        feed(session.get(1));
        feed(session.get(3));

        assertThat(stored(Timeframe.ONE_MINUTE)).isEqualTo(session);
    }

    @Test
    void withoutAnInterruptionNothingIsFetched() {
        clock.set(OPEN.plus(Duration.ofMinutes(10)));
        List<Bar> session = history(0, 4);
        feed(session.get(0));

        feed(session.get(3));

        assertThat(stored(Timeframe.ONE_MINUTE)).containsExactly(session.get(0), session.get(3));
    }

    @Test
    void theLatestQuoteOfEachSymbolIsKept() {
        live.quote(new LiveQuote(AAPL, 99.9, 100.1, 100, 10, OPEN));
        live.quote(new LiveQuote(AAPL, 100.9, 101.1, 101, 20, OPEN.plusSeconds(1)));

        assertThat(live.latest(AAPL)).hasValueSatisfying(quote -> assertThat(quote.last()).isEqualTo(101));
        assertThat(live.latest(Symbol.of("MSFT"))).isEmpty();
    }
}
