package dev.artificer.system.algotrader.trading;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import dev.artificer.system.algotrader.trading.risk.RiskVerdict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The DecisionJournal port: every decision with its risk outcome, every order (written before it is sent, then
 * updated with the broker's id and status), every fill, and the account's equity over time.
 */
public interface DecisionJournal {

    /**
     * Whether a decision with this client key was journaled already (a replayed bar).
     *
     * @param clientKey the key
     * @return true when it was
     */
    boolean hasDecision(String clientKey);

    /**
     * Journals a decision and its risk outcome.
     *
     * @param decision the decision
     * @param verdict  the risk outcome
     * @param broker   the broker it was meant for
     * @return the decision's id
     */
    long record(Decision decision, RiskVerdict verdict, String broker);

    /**
     * Journals an order before it is sent, with status {@link OrderStatus#PENDING_SEND}.
     *
     * @param order the order
     */
    void pending(JournaledOrder order);

    /**
     * Updates an order.
     *
     * @param clientKey      the key
     * @param brokerOrderId  the broker's id, or {@code null} to keep the one recorded
     * @param status         the new status
     * @param filledQuantity shares filled
     * @param averagePrice   the average fill price, or {@code NaN}
     * @param detail         why, or empty
     * @param at             when
     * @return true when something changed
     */
    boolean update(String clientKey, String brokerOrderId, OrderStatus status, long filledQuantity, double averagePrice,
                   String detail, Instant at);

    /**
     * One order.
     *
     * @param clientKey the key
     * @return the order, if journaled
     */
    Optional<JournaledOrder> order(String clientKey);

    /**
     * The orders of a broker that may still fill (pending and working), oldest first.
     *
     * @param broker the broker's name
     * @return the orders
     */
    List<JournaledOrder> openOrders(String broker);

    /**
     * Whether an order with this broker id is journaled.
     *
     * @param broker        the broker's name
     * @param brokerOrderId the broker's id
     * @return true when it is
     */
    boolean knowsBrokerOrder(String broker, String brokerOrderId);

    /**
     * The orders of a broker journaled since a moment (failed ones not counted: they never reached it).
     *
     * @param broker the broker's name
     * @param since  the earliest creation time
     * @return how many
     */
    int ordersSince(String broker, Instant since);

    /**
     * Journals a fill once.
     *
     * @param broker the broker's name
     * @param fill   the fill
     * @return false when it was journaled already
     */
    boolean recordFill(String broker, BrokerFill fill);

    /**
     * The newest decisions first.
     *
     * @param symbol only this symbol's, or all
     * @param limit  at most this many
     * @return the decisions with their outcomes
     */
    List<DecisionEntry> decisions(Optional<Symbol> symbol, int limit);

    /**
     * Records the account's cash and equity at a moment.
     *
     * @param broker the broker's name
     * @param at     when
     * @param cash   cash
     * @param equity equity
     */
    void recordEquity(String broker, Instant at, double cash, double equity);

    /**
     * The first equity recorded at or after a moment.
     *
     * @param broker the broker's name
     * @param since  the moment, e.g. the day's start
     * @return the equity, if any was recorded since
     */
    OptionalDouble firstEquitySince(String broker, Instant since);
}
