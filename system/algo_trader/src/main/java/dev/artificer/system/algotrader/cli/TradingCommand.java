package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.trading.DecisionJournal;
import dev.artificer.system.algotrader.trading.HaltStatus;
import dev.artificer.system.algotrader.trading.LoopLease;
import dev.artificer.system.algotrader.trading.OrderBook;
import dev.artificer.system.algotrader.trading.TradingDay;
import dev.artificer.system.algotrader.trading.TradingState;
import dev.artificer.system.algotrader.trading.broker.Broker;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader trading halt|resume|status}: the kill switch. It lives in the database, so halting from any
 * process stops the service's next order.
 */
@Command(name = "trading", mixinStandardHelpOptions = true, description = "Halt, resume or show trading (the kill switch).")
public class TradingCommand {

    private final ObjectProvider<TradingState> state;
    private final ObjectProvider<OrderBook> book;
    private final ObjectProvider<Broker> broker;
    private final ObjectProvider<DecisionJournal> journal;
    private final ObjectProvider<Clock> clock;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param state   the kill switch
     * @param book    the order book (only for {@code --cancel-orders})
     * @param broker  the broker (only for {@code status})
     * @param journal the journal
     * @param clock   the time
     */
    public TradingCommand(ObjectProvider<TradingState> state, ObjectProvider<OrderBook> book,
                          ObjectProvider<Broker> broker, ObjectProvider<DecisionJournal> journal,
                          ObjectProvider<Clock> clock) {
        this.state = state;
        this.book = book;
        this.broker = broker;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Halts trading.
     *
     * @param cancelOrders whether to cancel the open orders too
     * @param reason       why
     * @return 0
     */
    @Command(name = "halt", mixinStandardHelpOptions = true,
            description = "Halt trading: no order is sent until `trading resume`.")
    public int halt(@Option(names = "--cancel-orders", description = "Also cancel every open order.") boolean cancelOrders,
                    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "halted from the command line",
                            description = "Why (shown by `trading status`).") String reason) {
        PrintWriter out = spec.commandLine().getOut();
        if (state.getObject().halt(reason, clock.getObject().instant())) {
            out.println("trading HALTED: " + reason);
        } else {
            HaltStatus halted = state.getObject().status();
            out.println("trading was already halted since " + halted.changed() + ": " + halted.reason());
        }
        if (cancelOrders) {
            out.flush();
            out.println("cancelled " + book.getObject().cancelEverything() + " open order(s)");
        }
        return 0;
    }

    /**
     * Resumes trading.
     *
     * @return 0
     */
    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume trading after a halt.")
    public int resume() {
        spec.commandLine().getOut().println(state.getObject().resume(clock.getObject().instant())
                ? "trading resumed" : "trading was not halted");
        return 0;
    }

    /**
     * Shows the kill switch, the decision loop and today's orders.
     *
     * @param json whether to print one JSON document
     * @return 0
     */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show whether trading is halted.")
    public int status(@Option(names = "--json", description = "Print the status as one JSON document.") boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        Instant now = clock.getObject().instant();
        HaltStatus halt = state.getObject().status();
        Optional<LoopLease> loop = state.getObject().loopLease().filter(lease -> lease.until().isAfter(now));
        String brokerName = null;
        Integer ordersToday = null;
        String brokerProblem = null;
        try {
            brokerName = broker.getObject().name();
            ordersToday = journal.getObject().ordersSince(brokerName, TradingDay.startOf(now));
        } catch (RuntimeException failure) {
            if (!UserMessages.isLiveRefusal(failure)) {
                throw failure;
            }
            brokerProblem = UserMessages.of(failure);
        }
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("halted", halt.halted());
            document.put("reason", halt.halted() ? halt.reason() : null);
            document.put("since", halt.halted() ? halt.changed() : null);
            document.put("decisionLoopOwner", loop.map(LoopLease::owner).orElse(null));
            document.put("decisionLoopLeaseUntil", loop.map(LoopLease::until).orElse(null));
            document.put("broker", brokerName);
            document.put("ordersToday", ordersToday);
            document.put("brokerProblem", brokerProblem);
            JsonOutput.print(out, document);
            return 0;
        }
        out.println(halt.halted() ? "Trading: HALTED since " + halt.changed() + ": " + halt.reason()
                : "Trading: running (not halted)");
        out.println("Decision loop: " + loop.map(lease -> "run by " + lease.owner() + " (lease until " + lease.until() + ")")
                .orElse("not running"));
        out.println(brokerName != null ? "Broker: " + brokerName + ", " + ordersToday + " order(s) sent today (New York)"
                : "Broker: none, " + brokerProblem);
        return 0;
    }
}
