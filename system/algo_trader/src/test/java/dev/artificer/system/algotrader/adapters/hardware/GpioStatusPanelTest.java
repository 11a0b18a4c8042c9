package dev.artificer.system.algotrader.adapters.hardware;

import dev.artificer.system.algotrader.stream.FreshQuotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcTradingState;
import dev.artificer.system.algotrader.adapters.paper.PaperBroker;
import dev.artificer.system.algotrader.adapters.paper.PaperSettings;
import dev.artificer.component.backtest.CommissionModel;
import dev.artificer.component.backtest.SlippageModel;
import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.hardware.LoginState;
import dev.artificer.system.algotrader.hardware.TradingPanel;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.trading.HaltStatus;
import dev.artificer.system.algotrader.trading.MigratedDatabase;
import dev.artificer.system.algotrader.trading.MutableClock;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hardware panel as the service runs it, on Pi4J's mock pins and a virtual clock: the trader's side
 * ({@link TradingPanel}) over the persisted kill switch on H2, attached to the GPIO panel.
 */
class GpioStatusPanelTest {

    private static final Duration LONG_PRESS = Duration.ofMillis(2_100);

    private final MigratedDatabase database = MigratedDatabase.h2();
    private final MutableClock time = new MutableClock(Instant.parse("2026-11-18T15:00:00Z"));
    private final JdbcTradingState state = new JdbcTradingState(database.jdbc());
    private final AtomicReference<LoginState> login = new AtomicReference<>(LoginState.NOT_USED);
    private final TradingPanel trader = new TradingPanel(state, new PaperBroker(database.jdbc(), new PaperSettings(
            100_000, CommissionModel.perShare(0.005, 1), SlippageModel.none()), time, FreshQuotes.NONE), TradingMode.PAPER, login::get, time);
    private final MockPanel mock = new MockPanel();
    private final LogLines log = new LogLines(TradingPanel.class);

    @AfterEach
    void tearDown() {
        log.close();
        trader.close();
        mock.close();
        database.close();
    }

    /** Samples the light at each step of the given length, starting now. */
    private String lightOver(int steps, long stepMillis) {
        StringBuilder seen = new StringBuilder();
        for (int step = 0; step < steps; step++) {
            seen.append(mock.lightOn() ? '#' : '.');
            mock.clock.advanceMillis(stepMillis);
        }
        return seen.toString();
    }

    @Test
    void aLongPressHaltsTradingWithTheHardwareReason() {
        trader.attach(mock.panel);

        mock.press(LONG_PRESS);

        HaltStatus halt = state.status();
        assertThat(halt.halted()).isTrue();
        assertThat(halt.reason()).isEqualTo("hardware button");
        assertThat(halt.changed()).isEqualTo(time.instant());
    }

    @Test
    void aShortPressLogsTheStatusAndDoesNotHalt() {
        trader.attach(mock.panel);

        mock.press(Duration.ofMillis(300));

        assertThat(state.status().halted()).isFalse();
        assertThat(log.lines()).contains("panel status: paper mode, trading not halted; 0 positions; Schwab login "
                + "not used; light steady (TRADING); buzzer 1 beep per fill, 3 beeps on a halt");
    }

    @Test
    void theStatusLineOfAHaltedTraderSaysWhyAndSince() {
        state.halt("max-daily-loss: the day's loss reached the limit", time.instant());
        trader.attach(mock.panel);

        mock.press(Duration.ofMillis(300));

        assertThat(log.lines()).contains("panel status: paper mode, trading HALTED since 2026-11-18T15:00:00Z: "
                + "max-daily-loss: the day's loss reached the limit; 0 positions; Schwab login not used; light fast "
                + "blink (HALTED); buzzer 1 beep per fill, 3 beeps on a halt");
    }

    @Test
    void tradingShowsASteadyLight() {
        trader.attach(mock.panel);

        assertThat(lightOver(20, 500)).isEqualTo("#".repeat(20));
    }

    @Test
    void aHaltShowsAFastBlink() {
        trader.attach(mock.panel);
        state.halt("halted from the command line", time.instant());

        trader.refresh();

        assertThat(lightOver(8, 100)).isEqualTo("##..##..");
    }

    @Test
    void aChangeIntoAHaltSoundsThreeBeeps() {
        trader.attach(mock.panel);
        state.halt("halted from the command line", time.instant());

        trader.refresh();

        StringBuilder buzzer = new StringBuilder();
        for (int step = 0; step < 16; step++) {
            buzzer.append(mock.buzzing() ? '#' : '.');
            mock.clock.advanceMillis(50);
        }
        assertThat(buzzer).hasToString("###...###...###.");
        mock.clock.advance(Duration.ofSeconds(5));
        assertThat(mock.buzzing()).isFalse();
    }

    @Test
    void aLoginDueShowsASlowBlink() {
        login.set(LoginState.DUE_SOON);

        trader.attach(mock.panel);

        assertThat(lightOver(8, 500)).isEqualTo("##..##..");
    }

    @Test
    void aFailedLoopRunShowsAFastBlinkUntilARunGoesThrough() {
        trader.attach(mock.panel);

        trader.loopFailed("the decision loop failed: connection refused");
        String failed = lightOver(4, 100);
        trader.loopSucceeded();

        assertThat(failed).isEqualTo("##..");
        assertThat(lightOver(10, 100)).isEqualTo("#".repeat(10));
    }

    @Test
    void resumingShowsTheSteadyLightAgain() {
        state.halt("halted from the command line", time.instant());
        trader.attach(mock.panel);

        state.resume(time.instant());
        trader.refresh();

        assertThat(lightOver(10, 100)).isEqualTo("#".repeat(10));
    }

    @Test
    void aFillBeepsOnce() {
        trader.attach(mock.panel);

        trader.filled(new BrokerFill("f-1", "o-1", Symbol.of("AAPL"), Side.BUY, 10, 190.25, 1.0, time.instant()));

        assertThat(mock.buzzing()).isTrue();
        mock.clock.advanceMillis(149);
        assertThat(mock.buzzing()).isTrue();
        mock.clock.advanceMillis(1);
        assertThat(mock.buzzing()).isFalse();
        mock.clock.advance(Duration.ofSeconds(5));
        assertThat(mock.buzzing()).isFalse();
    }

    @Test
    void nothingShowsBeforeThePanelIsAttached() {
        trader.filled(new BrokerFill("f-1", "o-1", Symbol.of("AAPL"), Side.BUY, 10, 190.25, 1.0, time.instant()));
        trader.loopSucceeded();

        assertThat(mock.buzzing()).isFalse();
        assertThat(mock.lightOn()).isFalse();
    }

    @Test
    void aClosedPanelIgnoresCallsAndReleasesItsPins() {
        trader.attach(mock.panel);

        mock.panel.close();
        trader.filled(new BrokerFill("f-1", "o-1", Symbol.of("AAPL"), Side.BUY, 10, 190.25, 1.0, time.instant()));

        assertThat(mock.pi4j.isShutdown()).isTrue();
    }
}
