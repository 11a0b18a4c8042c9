package dev.artificer.system.algotrader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsPropertySourcePostProcessorTest {

    @Test
    void aNonNumericHttpPortIsOneLineNamingTheVariableBeforeSpringParsesIt() {
        Map<String, Object> properties = Map.of(Setting.HTTP_PORT.property(), "abc");

        assertThatThrownBy(() -> SettingsPropertySourcePostProcessor.checkWhatSpringReadsBeforeBinding(properties))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ALGO_TRADER_HTTP_PORT").hasMessageContaining("a port number 1-65535");
        assertThat(StartupFailure.explain(new IllegalStateException("wrapped",
                catchInvalid(properties)))).startsWith("algo-trader: invalid configuration: ALGO_TRADER_HTTP_PORT");
    }

    @Test
    void anOutOfRangeHttpPortIsRejectedToo() {
        assertThatThrownBy(() -> SettingsPropertySourcePostProcessor.checkWhatSpringReadsBeforeBinding(
                Map.of(Setting.HTTP_PORT.property(), "70000"))).hasMessageContaining("ALGO_TRADER_HTTP_PORT");
    }

    @Test
    void aValidHttpPortPasses() {
        assertThatCode(() -> SettingsPropertySourcePostProcessor.checkWhatSpringReadsBeforeBinding(
                Map.of(Setting.HTTP_PORT.property(), "8091"))).doesNotThrowAnyException();
    }

    private static Throwable catchInvalid(Map<String, Object> properties) {
        try {
            SettingsPropertySourcePostProcessor.checkWhatSpringReadsBeforeBinding(properties);
            throw new AssertionError("no failure");
        } catch (InvalidSettingException invalid) {
            return invalid;
        }
    }
}
