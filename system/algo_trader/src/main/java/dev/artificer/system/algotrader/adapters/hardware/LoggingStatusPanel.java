package dev.artificer.system.algotrader.adapters.hardware;

import dev.artificer.system.algotrader.hardware.PanelPress;
import dev.artificer.system.algotrader.hardware.PanelSound;
import dev.artificer.system.algotrader.hardware.PanelState;
import dev.artificer.system.algotrader.hardware.StatusPanel;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded StatusPanel, for machines without the hardware (or with it switched off): it drives nothing and logs
 * what the buzzer would sound (the light's state changes are logged by whoever shows them). It has no button.
 */
public final class LoggingStatusPanel implements StatusPanel {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingStatusPanel.class);

    private final String why;

    /**
     * Creates the panel.
     *
     * @param why why no hardware is used, e.g. {@code not a Raspberry Pi}
     */
    public LoggingStatusPanel(String why) {
        this.why = why;
    }

    @Override
    public String description() {
        return "no-op (logs only): " + why;
    }

    @Override
    public void show(PanelState state) {
        LOG.debug("no panel light: it would show {} ({})", state.light().label(), state);
    }

    @Override
    public void sound(PanelSound sound) {
        LOG.info("no panel buzzer: it would sound {} beep(s) for {}", sound.beeps(), sound);
    }

    @Override
    public void onPress(Consumer<PanelPress> listener) {
        LOG.debug("no panel button: presses never come");
    }

    @Override
    public void close() {
        LOG.debug("no panel to close");
    }
}
