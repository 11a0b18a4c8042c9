package dev.artificer.system.algotrader.trading;

import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.system.algotrader.marketdata.Watchlist;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.BrokerException;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.ClientOrder;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import dev.artificer.system.algotrader.trading.risk.ProposedOrder;
import dev.artificer.system.algotrader.trading.risk.RiskChecks;
import dev.artificer.system.algotrader.trading.risk.RiskContext;
import dev.artificer.system.algotrader.trading.risk.RiskVerdict;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where decisions become orders: each decision is journaled with its risk outcome; an accepted one gets an order row
 * ({@code PENDING_SEND}) BEFORE the broker is called, then the broker's id. The kill switch is checked before every
 * order (and once more just before sending); a risk rule that halts (the day's loss) throws the switch.
 */
public final class TradingDesk {

    private static final Logger LOG = LoggerFactory.getLogger(TradingDesk.class);

    /** What became of one decision. */
    public enum Outcome {
        /** The order went to the broker. */
        SENT,
        /** A risk rule or the kill switch stopped it. */
        REJECTED,
        /** Sending failed; the order is marked failed (or adopted, when the broker had it after all). */
        FAILED,
        /** The same decision was journaled before (a replayed bar); nothing was done. */
        REPLAYED
    }

    private final Broker broker;
    private final TradingMode mode;
    private final DecisionJournal journal;
    private final TradingState state;
    private final RiskChecks risk;
    private final Watchlist watchlist;
    private final OrderBook book;
    private final TradingTelemetry telemetry;
    private final BrokerHealth health;
    private final Clock clock;

    /**
     * Creates the desk.
     *
     * @param broker    the broker
     * @param mode      paper or live
     * @param journal   the journal
     * @param state     the kill switch
     * @param risk      the risk rules
     * @param watchlist the watchlist (the allowed symbols unless configured)
     * @param book      the journal's orders against the broker's
     * @param telemetry the dashboard's events
     * @param health    counts broker errors
     * @param clock     the time
     */
    public TradingDesk(Broker broker, TradingMode mode, DecisionJournal journal, TradingState state, RiskChecks risk,
                       Watchlist watchlist, OrderBook book, TradingTelemetry telemetry, BrokerHealth health, Clock clock) {
        this.broker = broker;
        this.mode = mode;
        this.journal = journal;
        this.state = state;
        this.risk = risk;
        this.watchlist = watchlist;
        this.book = book;
        this.telemetry = telemetry;
        this.health = health;
        this.clock = clock;
    }

    /**
     * Journals a decision, checks it and, when allowed, sends its order.
     *
     * @param decision the decision
     * @return what became of it
     */
    public Outcome submit(Decision decision) {
        if (journal.hasDecision(decision.clientKey())) {
            return Outcome.REPLAYED;
        }
        Instant now = clock.instant();
        RiskVerdict verdict = judge(decision, now);
        long id = journal.record(decision, verdict, broker.name());
        telemetry.decision(decision, verdict, mode);
        if (!verdict.accepted()) {
            LOG.info("decision {} {}: rejected by {}: {}", decision.strategy(), OrderBook.describe(decision.order()),
                    verdict.rule(), verdict.detail());
            if (verdict.halts() && state.halt(verdict.rule() + ": " + verdict.detail(), now)) {
                LOG.warn("trading HALTED by {}: {}", verdict.rule(), verdict.detail());
            }
            return Outcome.REJECTED;
        }
        JournaledOrder pending = new JournaledOrder(decision.clientKey(), id, broker.name(), null, decision.order(),
                OrderStatus.PENDING_SEND, 0, Double.NaN, now, now, "");
        journal.pending(pending);
        return send(decision, pending);
    }

    private RiskVerdict judge(Decision decision, Instant now) {
        HaltStatus halt = state.status();
        if (halt.halted()) {
            return RiskVerdict.reject(RiskVerdict.KILL_SWITCH, "trading is halted: " + halt.reason(), false);
        }
        try {
            return risk.judge(new ProposedOrder(decision.order(), decision.expectedPrice()),
                    context(now, health.read("reading the account", broker::account)));
        } catch (BrokerException unavailable) {
            return RiskVerdict.reject("broker", "the account could not be read: " + unavailable.getMessage(), false);
        }
    }

    private Outcome send(Decision decision, JournaledOrder pending) {
        HaltStatus halt = state.status();
        if (halt.halted()) {
            journal.update(pending.clientKey(), null, OrderStatus.FAILED, 0, Double.NaN,
                    "not sent: trading was halted meanwhile: " + halt.reason(), clock.instant());
            return Outcome.REJECTED;
        }
        BrokerOrder placed;
        try {
            placed = health.send("placing " + pending.clientKey(), () -> broker.place(
                    new ClientOrder(pending.clientKey(), decision.order(), decision.timeframe(), decision.barStart())));
            record(pending.clientKey(), placed);
            LOG.info("order {} sent to {}: {} ({})", pending.clientKey(), broker.name(),
                    OrderBook.describe(decision.order()), placed.brokerOrderId());
        } catch (BrokerException failure) {
            return sendFailed(pending, failure);
        }
        try {
            book.filledOnPlacement(placed);
        } catch (BrokerException unavailable) {
            LOG.warn("order {} filled when placed, but its fills could not be listed to journal: {}",
                    pending.clientKey(), unavailable.getMessage());
        }
        return Outcome.SENT;
    }

    private Outcome sendFailed(JournaledOrder pending, BrokerException failure) {
        try {
            if (book.settle(pending)) {
                return Outcome.SENT;
            }
        } catch (BrokerException stillDown) {
            LOG.warn("order {} stays PENDING_SEND: the broker could not be asked whether it arrived ({}); it is "
                    + "reconciled on the next run", pending.clientKey(), stillDown.getMessage());
            return Outcome.FAILED;
        }
        journal.update(pending.clientKey(), null, OrderStatus.FAILED, 0, Double.NaN,
                "sending failed: " + failure.getMessage(), clock.instant());
        return Outcome.FAILED;
    }

    private void record(String clientKey, BrokerOrder placed) {
        Instant now = clock.instant();
        journal.update(clientKey, placed.brokerOrderId(), placed.status(), placed.filledQuantity(), placed.averagePrice(),
                placed.detail(), now);
        journal.order(clientKey).ifPresent(order -> telemetry.order(order, mode, now));
    }

    /**
     * Records the account after a decision-loop run (equity snapshot, dashboard) and halts trading when a standing
     * limit (the day's loss) is breached.
     *
     * @return the account
     */
    public AccountSnapshot recordAccount() {
        Instant now = clock.instant();
        AccountSnapshot account = health.read("reading the account", broker::account);
        journal.recordEquity(broker.name(), now, account.cash(), account.equity());
        RiskContext context = context(now, account);
        telemetry.account(account, context.dayStartEquity(), mode, now);
        Optional<RiskVerdict> breach = risk.standingBreach(context);
        if (breach.isPresent() && state.halt(breach.get().rule() + ": " + breach.get().detail(), now)) {
            LOG.warn("trading HALTED by {}: {}", breach.get().rule(), breach.get().detail());
        }
        return account;
    }

    /**
     * The account now.
     *
     * @return cash, equity and positions
     * @throws dev.artificer.system.algotrader.trading.broker.BrokerException when the broker cannot be reached
     */
    public AccountSnapshot account() {
        return health.read("reading the account", broker::account);
    }

    /**
     * The risk context now.
     *
     * @param now     the time
     * @param account the account
     * @return the context
     */
    public RiskContext context(Instant now, AccountSnapshot account) {
        Instant dayStart = TradingDay.startOf(now);
        double dayStartEquity = journal.firstEquitySince(broker.name(), dayStart).orElse(account.equity());
        return new RiskContext(now, account, dayStartEquity, journal.ordersSince(broker.name(), dayStart),
                watchlist.symbols(), book.working());
    }

    /**
     * The broker's name.
     *
     * @return e.g. {@code paper}
     */
    public String brokerName() {
        return broker.name();
    }

    /**
     * Paper or live.
     *
     * @return the mode
     */
    public TradingMode mode() {
        return mode;
    }
}
