package dev.artificer.system.algotrader.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The BCM (Broadcom) GPIO numbers of the hardware panel's parts, as the Raspberry Pi's 40-pin header exposes them
 * (0-27), each on its own pin.
 *
 * @param led    the status light (an LED)
 * @param button the push button (to ground)
 * @param buzzer the active buzzer
 */
@ConfigurationProperties("algo-trader.hardware-pins")
public record HardwarePins(int led, int button, int buzzer) {

    private static final int HIGHEST_HEADER_GPIO = 27;

    /** Validates the numbers. */
    public HardwarePins {
        requireHeaderGpio(Setting.HARDWARE_LED_PIN, led);
        requireHeaderGpio(Setting.HARDWARE_BUTTON_PIN, button);
        requireHeaderGpio(Setting.HARDWARE_BUZZER_PIN, buzzer);
        if (button == led) {
            throw InvalidSettingException.of(Setting.HARDWARE_BUTTON_PIN, String.valueOf(button));
        }
        if (buzzer == led || buzzer == button) {
            throw InvalidSettingException.of(Setting.HARDWARE_BUZZER_PIN, String.valueOf(buzzer));
        }
    }

    private static void requireHeaderGpio(Setting setting, int bcm) {
        if (bcm < 0 || bcm > HIGHEST_HEADER_GPIO) {
            throw InvalidSettingException.of(setting, String.valueOf(bcm));
        }
    }
}
