package dev.artificer.system.algotrader.adapters.schwab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.trader.AccountHash;
import dev.artificer.infrastructure.schwab.trader.LinkedAccount;
import dev.artificer.system.algotrader.trading.broker.BrokerException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchwabAccountChoiceTest {

    private static final LinkedAccount MARGIN = new LinkedAccount("12345678", new AccountHash("HASH-MARGIN"));
    private static final LinkedAccount CASH = new LinkedAccount("87654321", new AccountHash("HASH-CASH"));

    @Test
    void takesTheOnlyLinkedAccountWhenNoneIsConfigured() {
        assertThat(SchwabAccountChoice.choose(List.of(CASH), "")).isEqualTo(CASH);
    }

    @Test
    void takesTheConfiguredAccount() {
        assertThat(SchwabAccountChoice.choose(List.of(MARGIN, CASH), " 87654321 ")).isEqualTo(CASH);
    }

    @Test
    void refusesWhenNoAccountIsLinked() {
        assertThatThrownBy(() -> SchwabAccountChoice.choose(List.of(), ""))
                .isInstanceOf(BrokerException.class).hasMessageContaining("no account is linked");
    }

    @Test
    void masksAllButTheLastThreeDigits() {
        assertThat(SchwabAccountChoice.masked("12345678")).isEqualTo("****678");
        assertThat(SchwabAccountChoice.masked("123")).isEqualTo("****");
    }
}
