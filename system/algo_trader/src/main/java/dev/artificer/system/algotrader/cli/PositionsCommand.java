package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.BrokerPosition;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code algo-trader positions}: cash, equity, positions and working orders, as the broker reports them. */
@Command(name = "positions", mixinStandardHelpOptions = true,
        description = "Show cash, equity, positions and working orders at the broker (paper unless live).")
public class PositionsCommand implements Callable<Integer> {

    private final ObjectProvider<Broker> broker;

    private static final Listing<BrokerPosition> POSITIONS = new Listing<BrokerPosition>("positions")
            .column("SYMBOL", "symbol", position -> position.symbol().value())
            .column("QUANTITY", "quantity", BrokerPosition::quantity,
                    position -> String.format(Locale.ROOT, "%,d", position.quantity()))
            .column("AVG PRICE", "averagePrice", BrokerPosition::averagePrice, position -> money(position.averagePrice()))
            .column("LAST", "marketPrice", BrokerPosition::marketPrice, position -> money(position.marketPrice()))
            .column("VALUE", "marketValue", BrokerPosition::marketValue, position -> money(position.marketValue()))
            .column("UNREALIZED", "unrealizedPnl", BrokerPosition::unrealizedPnl, position -> money(position.unrealizedPnl()));

    @Mixin
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param broker the broker, through the live gate, opened only when the command runs
     */
    public PositionsCommand(ObjectProvider<Broker> broker) {
        this.broker = broker;
    }

    /**
     * Prints the account.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        Broker account = broker.getObject();
        AccountSnapshot snapshot = account.account();
        PrintWriter out = spec.commandLine().getOut();
        switch (format.kind()) {
            case JSON -> JsonOutput.print(out, AccountDocument.of(account.name(), snapshot, account.openOrders()));
            case CSV -> POSITIONS.print(out, format, snapshot.positions(), "");
            case TEXT -> print(out, account, snapshot);
        }
        return 0;
    }

    private static void print(PrintWriter out, Broker account, AccountSnapshot snapshot) {
        out.println(String.format(Locale.ROOT, "Broker %s: cash %,.2f, equity %,.2f", account.name(), snapshot.cash(),
                snapshot.equity()));
        if (snapshot.positions().isEmpty()) {
            out.println("No positions.");
        } else {
            POSITIONS.table(snapshot.positions()).print(out);
        }
        List<BrokerOrder> open = account.openOrders();
        if (!open.isEmpty()) {
            out.println("Working orders:");
            Table orders = new Table("ORDER", "SYMBOL", "SIDE", "QUANTITY", "TYPE", "PRICE", "ENTERED");
            for (BrokerOrder order : open) {
                orders.row(order.brokerOrderId(), order.order().symbol().value(),
                        order.order().side().name().toLowerCase(Locale.ROOT), String.valueOf(order.order().quantity()),
                        order.order().type().name().toLowerCase(Locale.ROOT),
                        Double.isNaN(order.order().price()) ? "-" : money(order.order().price()), order.enteredAt().toString());
            }
            orders.print(out);
        }
    }

    private static String money(double amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }
}
