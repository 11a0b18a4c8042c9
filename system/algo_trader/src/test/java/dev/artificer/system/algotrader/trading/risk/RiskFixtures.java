package dev.artificer.system.algotrader.trading.risk;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.BrokerPosition;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Accounts, orders and contexts for the risk rule tests. */
final class RiskFixtures {

    static final Symbol AAPL = Symbol.of("AAPL");
    static final Symbol MSFT = Symbol.of("MSFT");
    /** Wednesday 18 November 2026, 11:00 in New York. */
    static final Instant MARKET_OPEN = Instant.parse("2026-11-18T16:00:00Z");

    private RiskFixtures() {
    }

    static ProposedOrder buy(Symbol symbol, long quantity, double price) {
        return new ProposedOrder(Order.market(symbol, Side.BUY, quantity), price);
    }

    static ProposedOrder sell(Symbol symbol, long quantity, double price) {
        return new ProposedOrder(Order.market(symbol, Side.SELL, quantity), price);
    }

    static AccountSnapshot account(double cash, BrokerPosition... positions) {
        double equity = cash;
        for (BrokerPosition position : positions) {
            equity += position.marketValue();
        }
        return new AccountSnapshot(cash, equity, List.of(positions));
    }

    static BrokerPosition holding(Symbol symbol, long quantity, double price) {
        return new BrokerPosition(symbol, quantity, price, price);
    }

    static RiskContext context(AccountSnapshot account) {
        return new RiskContext(MARKET_OPEN, account, account.equity(), 0, List.of(AAPL, MSFT), Map.of());
    }
}
