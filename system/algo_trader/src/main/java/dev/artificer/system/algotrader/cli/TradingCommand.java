package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.trading.DecisionJournal;
import dev.artificer.system.algotrader.trading.HaltStatus;
import dev.artificer.system.algotrader.trading.OrderBook;
import dev.artificer.system.algotrader.trading.TradingDay;
import dev.artificer.system.algotrader.trading.TradingState;
import dev.artificer.system.algotrader.trading.broker.Broker;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
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
     * @return 0
     */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show whether trading is halted.")
    public int status() {
        PrintWriter out = spec.commandLine().getOut();
        Instant now = clock.getObject().instant();
        HaltStatus halt = state.getObject().status();
        out.println(halt.halted() ? "Trading: HALTED since " + halt.changed() + ": " + halt.reason()
                : "Trading: running (not halted)");
        out.println("Decision loop: " + state.getObject().loopLease().filter(lease -> lease.until().isAfter(now))
                .map(lease -> "run by " + lease.owner() + " (lease until " + lease.until() + ")")
                .orElse("not running"));
        try {
            String name = broker.getObject().name();
            out.println("Broker: " + name + ", " + journal.getObject().ordersSince(name, TradingDay.startOf(now))
                    + " order(s) sent today (New York)");
        } catch (RuntimeException failure) {
            if (!UserMessages.isLiveRefusal(failure)) {
                throw failure;
            }
            out.println("Broker: none, " + UserMessages.of(failure));
        }
        return 0;
    }
}
