package dev.artificer.infrastructure.schwab.trader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import org.junit.jupiter.api.Test;

class AccountParserTest {

    @Test
    void readsAMarginAccountsPositionsAndCurrentBalances() {
        Account account = AccountParser.account("""
                {"securitiesAccount":{"type":"MARGIN","accountNumber":"12345678",
                  "positions":[{"shortQuantity":0.0,"averagePrice":150.25,"longQuantity":10.0,"marketValue":1684.05,
                                "instrument":{"assetType":"EQUITY","symbol":"AAPL"}},
                               {"shortQuantity":5.0,"averagePrice":410.0,"longQuantity":0.0,"marketValue":-2050.0,
                                "instrument":{"assetType":"EQUITY","symbol":"MSFT"}}],
                  "initialBalances":{"cashBalance":1.0,"liquidationValue":2.0,"buyingPower":3.0},
                  "currentBalances":{"cashBalance":5000.0,"liquidationValue":12500.0,"buyingPower":20000.0}},
                 "aggregatedBalance":{"liquidationValue":99.0}}
                """);

        assertThat(account.type()).isEqualTo("MARGIN");
        assertThat(account.positions()).containsExactly(new Position("AAPL", "EQUITY", 10, 0, 150.25, 1684.05),
                new Position("MSFT", "EQUITY", 0, 5, 410.0, -2050.0));
        assertThat(account.positions().get(1).netQuantity()).isEqualTo(-5.0);
        assertThat(account.balances()).isEqualTo(new Balances(5000.0, 12500.0, 20000.0));
    }

    @Test
    void readsACashAccountsBalancesFromItsOwnFieldsAndTheAggregate() {
        Account account = AccountParser.account("""
                {"securitiesAccount":{"type":"CASH","accountNumber":"87654321",
                  "currentBalances":{"cashAvailableForTrading":2400.0,"totalCash":2500.0}},
                 "aggregatedBalance":{"currentLiquidationValue":2600.0,"liquidationValue":2600.0}}
                """);

        assertThat(account.positions()).isEmpty();
        assertThat(account.balances()).isEqualTo(new Balances(2500.0, 2600.0, 2400.0));
    }

    @Test
    void namesTheBalanceThatIsMissing() {
        assertThatThrownBy(() -> AccountParser.account("""
                {"securitiesAccount":{"type":"CASH","accountNumber":"1","currentBalances":{"totalCash":1.0}}}
                """))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("account: the balances lack the liquidation value (liquidationValue)");
    }

    @Test
    void readsTheLinkedAccountsWithTheirHashes() {
        assertThat(AccountParser.accountNumbers("[{\"accountNumber\":\"12345678\",\"hashValue\":\"E5B6\"}]"))
                .containsExactly(new LinkedAccount("12345678", new AccountHash("E5B6")));
    }
}
