package dev.artificer.system.algotrader.hardware;

import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.trading.HaltStatus;
import dev.artificer.system.algotrader.trading.TradingEvents;
import dev.artificer.system.algotrader.trading.TradingState;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trader's side of the {@link StatusPanel}: its light shows the {@link PanelState} (read again after every
 * decision-loop run and every few seconds, since the kill switch can be thrown from another process), its buzzer
 * sounds on fills and on a change into a halt, a long press of its button halts trading and a short one logs a
 * status line. It is the trading core's {@link TradingEvents}; events that come before a panel is attached (only
 * the service attaches one) are ignored. It never throws into the trading core, and never closes the panel.
 */
public final class TradingPanel implements TradingEvents, AutoCloseable {

    /** The reason a long press halts trading with, as {@code trading status} shows it. */
    public static final String HALT_REASON = "hardware button";

    private static final Logger LOG = LoggerFactory.getLogger(TradingPanel.class);

    private final TradingState state;
    private final Broker broker;
    private final TradingMode mode;
    private final Supplier<LoginState> login;
    private final Clock clock;
    private StatusPanel panel;
    private PanelState shown = PanelState.IDLE;
    private String loopProblem = "";
    private ScheduledExecutorService refresher;

    /** The state read at one moment and why it is that state. */
    private record Reading(PanelState state, String why) {
    }

    /**
     * Creates the panel's logic, with no panel attached.
     *
     * @param state  the kill switch
     * @param broker the broker (positions for the status line)
     * @param mode   paper or live
     * @param login  the Schwab login now
     * @param clock  the time
     */
    public TradingPanel(TradingState state, Broker broker, TradingMode mode, Supplier<LoginState> login, Clock clock) {
        this.state = state;
        this.broker = broker;
        this.mode = mode;
        this.login = login;
        this.clock = clock;
    }

    /**
     * Attaches a panel: listens to its button and shows the state now.
     *
     * @param statusPanel the panel, which its opener closes
     */
    public void attach(StatusPanel statusPanel) {
        synchronized (this) {
            panel = statusPanel;
        }
        statusPanel.onPress(this::pressed);
        refresh();
    }

    /**
     * Attaches a panel and reads the state again every period, on a daemon thread, until {@link #close()}.
     *
     * @param statusPanel the panel, which its opener closes
     * @param every       the period
     */
    public void start(StatusPanel statusPanel, Duration every) {
        attach(statusPanel);
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("trading-panel").daemon(true).factory());
        thread.scheduleWithFixedDelay(this::refresh, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        synchronized (this) {
            refresher = thread;
        }
    }

    /** Reads the state and shows it when it changed; a change into {@link PanelState#HALTED} sounds the halt. */
    public void refresh() {
        Reading now = read();
        StatusPanel target;
        boolean newlyHalted;
        synchronized (this) {
            if (panel == null || now.state() == shown) {
                return;
            }
            target = panel;
            newlyHalted = now.state() == PanelState.HALTED;
            shown = now.state();
        }
        LOG.info("panel: {} (light {}): {}", now.state(), now.state().light().label(), now.why());
        quietly(() -> target.show(now.state()));
        if (newlyHalted) {
            quietly(() -> target.sound(PanelSound.HALT));
        }
    }

    /**
     * Acts on a press of the panel's button: a long press halts trading, a short one logs the status line.
     *
     * @param press the press
     */
    public void pressed(PanelPress press) {
        try {
            if (press == PanelPress.LONG) {
                halt();
            } else {
                LOG.info(statusLine());
            }
        } catch (RuntimeException failure) {
            LOG.warn("panel: the {} press could not be acted on: {}", press, failure.getMessage());
        }
    }

    private void halt() {
        if (state.halt(HALT_REASON, clock.instant())) {
            LOG.warn("trading HALTED by the hardware button (long press); `trading resume` resumes it");
        } else {
            LOG.info("panel: trading was already halted: {}", state.status().reason());
        }
        refresh();
    }

    /**
     * One line on the trader: mode, kill switch, positions, login, and what the light and buzzer do.
     *
     * @return the line
     */
    public String statusLine() {
        Reading now = read();
        HaltStatus halt = state.status();
        String positions;
        try {
            int count = broker.account().positions().size();
            positions = count + " position" + (count == 1 ? "" : "s");
        } catch (RuntimeException unavailable) {
            positions = "positions unknown (" + unavailable.getMessage() + ")";
        }
        return String.format(Locale.ROOT, "panel status: %s mode, %s; %s; Schwab login %s; light %s (%s); "
                        + "buzzer %s per fill, %s on a halt",
                mode.name().toLowerCase(Locale.ROOT),
                halt.halted() ? "trading HALTED since " + halt.changed() + ": " + halt.reason() : "trading not halted",
                positions, login.get().label(), now.state().light().label(), now.state(), beeps(PanelSound.FILL),
                beeps(PanelSound.HALT));
    }

    private static String beeps(PanelSound sound) {
        return sound.beeps() + " beep" + (sound.beeps() == 1 ? "" : "s");
    }

    @Override
    public void filled(BrokerFill fill) {
        StatusPanel target;
        synchronized (this) {
            target = panel;
        }
        if (target != null) {
            quietly(() -> target.sound(PanelSound.FILL));
        }
    }

    @Override
    public void loopSucceeded() {
        synchronized (this) {
            loopProblem = "";
        }
        refresh();
    }

    @Override
    public void loopFailed(String problem) {
        synchronized (this) {
            loopProblem = problem;
        }
        refresh();
    }

    private Reading read() {
        String problem;
        synchronized (this) {
            problem = loopProblem;
        }
        try {
            HaltStatus halt = state.status();
            LoginState loginNow = login.get();
            PanelState now = PanelState.of(halt.halted(), loginNow, !problem.isEmpty());
            return new Reading(now, switch (now) {
                case HALTED -> halt.reason();
                case LOGIN_NEEDED -> "Schwab login " + loginNow.label();
                case ERROR -> problem;
                default -> "not halted";
            });
        } catch (RuntimeException unreadable) {
            return new Reading(PanelState.ERROR, "the trading state could not be read: " + unreadable.getMessage());
        }
    }

    private static void quietly(Runnable hardware) {
        try {
            hardware.run();
        } catch (RuntimeException failure) {
            LOG.warn("panel: the hardware failed: {}", failure.getMessage());
        }
    }

    /** Stops reading the state and detaches the panel (its opener closes it). Idempotent. */
    @Override
    public void close() {
        ScheduledExecutorService thread;
        synchronized (this) {
            thread = refresher;
            refresher = null;
            panel = null;
            shown = PanelState.IDLE;
        }
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
