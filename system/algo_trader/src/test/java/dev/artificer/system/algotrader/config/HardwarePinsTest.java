package dev.artificer.system.algotrader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HardwarePinsTest {

    @Test
    void theDefaultsAreTheWiringOfTheReadme() {
        assertThat(new HardwarePins(Integer.parseInt(Setting.HARDWARE_LED_PIN.defaultValue()),
                Integer.parseInt(Setting.HARDWARE_BUTTON_PIN.defaultValue()),
                Integer.parseInt(Setting.HARDWARE_BUZZER_PIN.defaultValue()))).isEqualTo(new HardwarePins(17, 27, 22));
    }

    @Test
    void aPinBeyondTheHeadersGpiosNamesItsVariable() {
        assertThatThrownBy(() -> new HardwarePins(17, 27, 28))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("invalid configuration: ALGO_TRADER_HARDWARE_BUZZER_PIN = '28' is not allowed; use a BCM "
                        + "GPIO number 0-27, unlike the other panel pins");
    }

    @Test
    void twoPartsOnOnePinAreRejected() {
        assertThatThrownBy(() -> new HardwarePins(17, 17, 22))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ALGO_TRADER_HARDWARE_BUTTON_PIN = '17'");
    }
}
