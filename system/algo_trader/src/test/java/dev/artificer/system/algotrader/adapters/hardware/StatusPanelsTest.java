package dev.artificer.system.algotrader.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import dev.artificer.system.algotrader.config.HardwareMode;
import dev.artificer.system.algotrader.hardware.StatusPanel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which panel {@code ALGO_TRADER_HARDWARE} gives, with Pi4J contexts built by hand (never auto-detected). */
class StatusPanelsTest {

    private final List<Context> contexts = new ArrayList<>();
    private final List<StatusPanel> opened = new ArrayList<>();

    @AfterEach
    void tearDown() {
        opened.forEach(StatusPanel::close);
    }

    private Supplier<Context> noProvider() {
        return () -> remember(Pi4J.newContextBuilder().build());
    }

    private Supplier<Context> mockProviders() {
        return () -> remember(MockPanel.mockContext());
    }

    private static Supplier<Context> untouched() {
        return () -> {
            throw new AssertionError("Pi4J must not be touched");
        };
    }

    private Context remember(Context context) {
        contexts.add(context);
        return context;
    }

    private StatusPanel open(HardwareMode mode, boolean onRaspberryPi, Supplier<Context> pi4j) {
        StatusPanel panel = StatusPanels.open(mode, onRaspberryPi, MockPanel.PINS, pi4j);
        opened.add(panel);
        return panel;
    }

    @Test
    void autoOnAMachineThatIsNoRaspberryPiLogsWithoutTouchingPi4j() {
        StatusPanel panel = open(HardwareMode.AUTO, false, untouched());

        assertThat(panel).isInstanceOf(LoggingStatusPanel.class);
        assertThat(panel.description()).isEqualTo("no-op (logs only): not a Raspberry Pi (ALGO_TRADER_HARDWARE=auto)");
    }

    @Test
    void offLogsWithoutTouchingPi4jEvenOnARaspberryPi() {
        StatusPanel panel = open(HardwareMode.OFF, true, untouched());

        assertThat(panel).isInstanceOf(LoggingStatusPanel.class);
        assertThat(panel.description()).isEqualTo("no-op (logs only): ALGO_TRADER_HARDWARE=off");
    }

    @Test
    void pi4jWithoutAGpioProviderFailsWithOneClearLine() {
        assertThatThrownBy(() -> open(HardwareMode.PI4J, false, noProvider()))
                .isInstanceOf(HardwareUnavailableException.class)
                .hasMessage("ALGO_TRADER_HARDWARE=pi4j, but Pi4J found no GPIO provider (digital input and output): "
                        + "put a Pi4J plugin jar on the class path; see 'Hardware panel' in "
                        + "system/algo_trader/README.md");
        assertThat(contexts).singleElement().satisfies(context -> assertThat(context.isShutdown()).isTrue());
    }

    @Test
    void autoOnARaspberryPiWithoutAGpioProviderFallsBackToLogging() {
        StatusPanel panel = open(HardwareMode.AUTO, true, noProvider());

        assertThat(panel).isInstanceOf(LoggingStatusPanel.class);
        assertThat(panel.description()).startsWith("no-op (logs only): a Raspberry Pi, but Pi4J found no GPIO provider");
    }

    @Test
    void pi4jWithGpioProvidersOpensTheGpioPanelOnTheConfiguredPins() {
        StatusPanel panel = open(HardwareMode.PI4J, false, mockProviders());

        assertThat(panel).isInstanceOf(GpioStatusPanel.class);
        assertThat(panel.description()).isEqualTo("pi4j GPIO (light BCM 17, button BCM 27, buzzer BCM 22)");
        assertThat(contexts.getFirst().registry().exists("status-light-17")).isTrue();
        assertThat(contexts.getFirst().registry().exists("button-27")).isTrue();
        assertThat(contexts.getFirst().registry().exists("buzzer-22")).isTrue();
    }

    @Test
    void pi4jWhosePinsCannotBeOpenedFailsWithOneLineAndShutsPi4jDown() {
        Supplier<Context> pinTaken = () -> {
            Context context = remember(MockPanel.mockContext());
            context.dout().create(17, "status-light-17");
            return context;
        };

        assertThatThrownBy(() -> open(HardwareMode.PI4J, false, pinTaken))
                .isInstanceOf(HardwareUnavailableException.class)
                .hasMessageStartingWith("ALGO_TRADER_HARDWARE=pi4j, but the GPIO pins (BCM 17, 27, 22) could not be "
                        + "opened: ");
        assertThat(contexts.getFirst().isShutdown()).isTrue();
    }
}
