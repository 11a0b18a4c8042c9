package dev.artificer.system.algotrader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.adapters.simulated.SimulatedMarket;
import dev.artificer.system.algotrader.marketdata.BarIngestion;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import dev.artificer.system.algotrader.marketdata.UnknownSymbolException;
import dev.artificer.system.algotrader.trading.MigratedDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The data the backtesting commands (backtest, optimize, walkforward, lookahead) run on, read from a real H2
 * database at fixed clocks: only bars closed at that moment, and the console says where the data ends.
 */
class BacktestSetupTest {

    private static final Symbol AAPL = Symbol.of("AAPL");

    private final MigratedDatabase database = MigratedDatabase.h2();
    private final BarRepository bars = new JdbcBarRepository(database.jdbc(), "test");
    private final StringWriter console = new StringWriter();

    @AfterEach
    void close() {
        database.close();
    }

    /** A command holding only the shared options, parsed as picocli parses the real ones. */
    @Command(name = "setup-only")
    static final class SetupOnly {
        @Mixin
        BacktestSetup setup;
    }

    private List<Bar> history(Instant now, String... arguments) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("bars", bars,
                "clock", Clock.fixed(now, ZoneOffset.UTC), "market", new SimulatedMarket(Clock.fixed(now, ZoneOffset.UTC))));
        SetupOnly command = new SetupOnly();
        command.setup = new BacktestSetup(beans.getBeanProvider(BarRepository.class),
                beans.getBeanProvider(BarIngestion.class), beans.getBeanProvider(MarketDataSource.class),
                beans.getBeanProvider(Clock.class));
        CommandLine commandLine = new CommandLine(command);
        ValueConverters.registerOn(commandLine);
        commandLine.parseArgs(arguments);
        return command.setup.history(new PrintWriter(console, true));
    }

    /** Stores what ingestion would have stored at that moment: the simulated market's bars, the current one too. */
    private List<Bar> storedAt(Instant moment, Timeframe timeframe, String from) {
        List<Bar> fetched = new SimulatedMarket(Clock.fixed(moment, ZoneOffset.UTC))
                .history(AAPL, timeframe, Instant.parse(from), moment).bars();
        bars.save(fetched, "simulated");
        return fetched;
    }

    @Test
    void duringTheTradingDayTodaysDailyBarIsLeftOutAndTheOutputSaysSo() {
        Instant at1131NewYork = Instant.parse("2026-12-02T16:31:00Z");
        List<Bar> stored = storedAt(at1131NewYork, Timeframe.DAILY, "2026-11-02T00:00:00Z");
        Instant todaysBar = Instant.parse("2026-12-02T05:00:00Z");
        assertThat(stored.getLast().start()).as("ingestion stored today's bar").isEqualTo(todaysBar);

        List<Bar> history = history(at1131NewYork, "--symbol", "AAPL");

        assertThat(history).hasSize(stored.size() - 1).extracting(Bar::start).doesNotContain(todaysBar);
        assertThat(history.getLast().start()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(console.toString()).isEqualTo(String.join(System.lineSeparator(),
                "Data ends with the last closed bar: AAPL daily from 2026-12-01T05:00:00Z, closed at 2026-12-01T21:00:00Z",
                "Left out 1 unfinished bar: AAPL daily from 2026-12-02T05:00:00Z closes at 2026-12-02T21:00:00Z", ""));
    }

    @Test
    void afterTheCloseTodaysDailyBarIsUsedAndNothingIsLeftOut() {
        Instant at1630NewYork = Instant.parse("2026-12-02T21:30:00Z");
        List<Bar> stored = storedAt(at1630NewYork, Timeframe.DAILY, "2026-11-02T00:00:00Z");

        List<Bar> history = history(at1630NewYork, "--symbol", "AAPL");

        assertThat(history).isEqualTo(stored);
        assertThat(console.toString()).doesNotContain("Left out")
                .contains("Data ends with the last closed bar: AAPL daily from 2026-12-02T05:00:00Z");
    }

    @Test
    void atThreeMinutesToTheCloseTheFiveMinuteBarInProgressIsLeftOut() {
        Instant at1557NewYork = Instant.parse("2026-12-02T20:57:00Z");
        List<Bar> stored = storedAt(at1557NewYork, Timeframe.FIVE_MINUTES, "2026-12-02T14:30:00Z");

        List<Bar> history = history(at1557NewYork, "--symbol", "AAPL", "--timeframe", "5m");

        // 09:30 to 15:50 New York is 77 five-minute bars; the 15:55 bar closes at 16:00
        assertThat(stored).hasSize(78);
        assertThat(history).hasSize(77);
        assertThat(history.getLast().start()).isEqualTo(Instant.parse("2026-12-02T20:50:00Z"));
        assertThat(console.toString()).contains("Left out 1 unfinished bar: AAPL 5m from 2026-12-02T20:55:00Z");
    }

    @Test
    void onAWeekendTheWholeWeekIsClosed() {
        Instant saturday = Instant.parse("2026-12-05T17:00:00Z");
        List<Bar> stored = storedAt(saturday, Timeframe.WEEKLY, "2026-09-01T00:00:00Z");

        List<Bar> history = history(saturday, "--symbol", "AAPL", "--timeframe", "weekly");

        assertThat(history).isEqualTo(stored);
        assertThat(history.getLast().start()).isEqualTo(Instant.parse("2026-11-30T05:00:00Z"));
    }

    @Test
    void whenOnlyTheBarInProgressIsStoredTheErrorSaysSo() {
        Instant at1000NewYork = Instant.parse("2026-12-02T15:00:00Z");
        storedAt(at1000NewYork, Timeframe.DAILY, "2026-12-02T00:00:00Z");

        assertThatThrownBy(() -> history(at1000NewYork, "--symbol", "AAPL"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no closed daily bars of AAPL")
                .hasMessageContaining("only bars still in progress");
    }

    @Test
    void aTickerTheSimulatedMarketDoesNotSimulateIsRefusedNotSimulated() {
        assertThatThrownBy(() -> history(Instant.parse("2026-12-02T22:00:00Z"), "--symbol", "XYZZY"))
                .isInstanceOf(UnknownSymbolException.class)
                .hasMessageStartingWith("unknown symbol XYZZY at simulated (it simulates only");
        assertThat(console.toString()).doesNotContain("fetching");
    }
}
