package dev.artificer.system.algotrader.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlgoTraderPropertiesTest {

    @Test
    void portOutOfRangeNamesBothVariablesAndTheAllowedRange() {
        assertThatThrownBy(() -> new AlgoTraderProperties.Redis("h", 0, "", "", 0))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("invalid configuration: ALGO_TRADER_REDIS_PORT (or REDIS_PORT) = '0' is not allowed; "
                        + "use a port number 1-65535");
    }

    @Test
    void plainHttpCallbackIsRejected() {
        assertThatThrownBy(() -> new AlgoTraderProperties.Schwab("k", "s", "http://127.0.0.1:8182", "https://api.schwabapi.com", 120, "", 120))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ALGO_TRADER_SCHWAB_CALLBACK_URL");
    }

    @Test
    void schwabOrdersPerMinuteAbove120IsRejected() {
        assertThatThrownBy(() -> new AlgoTraderProperties.Schwab("k", "s", "https://127.0.0.1:8182",
                "https://api.schwabapi.com", 120, "", 121))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("invalid configuration: ALGO_TRADER_SCHWAB_ORDERS_PER_MINUTE = '121' is not allowed; "
                        + "use a whole number 0-120 (0 refuses every order)");
    }

    @Test
    void aSchwabAccountThatIsNotAPlainNumberIsRejectedWithoutShowingIt() {
        assertThatThrownBy(() -> new AlgoTraderProperties.Schwab("k", "s", "https://127.0.0.1:8182",
                "https://api.schwabapi.com", 120, "1234-5678", 120))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ALGO_TRADER_SCHWAB_ACCOUNT = (secret)")
                .hasMessageNotContaining("1234-5678");
    }

    @Test
    void tokenKeyMustBeA256BitBase64Key() {
        assertThatThrownBy(() -> new AlgoTraderProperties(java.nio.file.Path.of("/d"), TradingMode.PAPER, "",
                "c2hvcnQ=", java.time.Duration.ofHours(1), null, null, null, null, HardwareMode.OFF, null))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ALGO_TRADER_TOKEN_KEY = (secret)")
                .hasMessageNotContaining("c2hvcnQ=");
    }

    @Test
    void malformedInfluxUrlIsRejected() {
        assertThatThrownBy(() -> new AlgoTraderProperties.Influxdb("tsdb:8086", "", "o", "b"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("INFLUXDB_URL");
    }

    @Test
    void rejectedSecretIsNeverRepeated() {
        assertThatThrownBy(() -> {
            throw InvalidSettingException.of(Setting.MYSQL_PASSWORD, "hunter2");
        }).hasMessageNotContaining("hunter2").hasMessageContaining("(secret)");
    }

    @Test
    void wrongLiveConfirmationPhraseIsRejected() {
        assertThatThrownBy(() -> new AlgoTraderProperties(java.nio.file.Path.of("/d"), TradingMode.LIVE, "yes", "",
                java.time.Duration.ofHours(1), null, null, null, null, HardwareMode.OFF, null))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(Setting.LIVE_CONFIRMATION_PHRASE);
    }
}
