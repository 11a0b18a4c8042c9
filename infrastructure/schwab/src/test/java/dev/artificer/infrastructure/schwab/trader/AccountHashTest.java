package dev.artificer.infrastructure.schwab.trader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountHashTest {

    @Test
    void refusesAPlainAccountNumber() {
        assertThatThrownBy(() -> new AccountHash("12345678"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not the plain account number");
    }

    @Test
    void refusesAnEmptyHash() {
        assertThatThrownBy(() -> new AccountHash(" ")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void showsOnlyTheLastFourDigitsOfAnAccountNumber() {
        LinkedAccount linked = new LinkedAccount("12345678", new AccountHash("E5B6B0A6"));
        Account account = new Account("12345678", "CASH", List.of(), new Balances(1, 2, 3));

        assertThat(linked.toString()).doesNotContain("12345678").contains("…5678").contains("E5B6B0A6");
        assertThat(account.toString()).doesNotContain("12345678").contains("…5678");
    }
}
