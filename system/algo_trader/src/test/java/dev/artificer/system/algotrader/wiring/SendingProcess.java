package dev.artificer.system.algotrader.wiring;

import com.zaxxer.hikari.HikariDataSource;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;
import dev.artificer.infrastructure.mysql.PooledDataSources;
import dev.artificer.infrastructure.mysql.SchemaMigrator;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcDecisionJournal;
import dev.artificer.system.algotrader.trading.Decision;
import dev.artificer.system.algotrader.trading.JournaledOrder;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import dev.artificer.system.algotrader.trading.risk.RiskVerdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A child process for {@link EmbeddedDatabaseKillIT}: opens the embedded database of the data directory given as the
 * first argument the way the app does, then journals orders one after another through the app's own journal (a
 * decision, its risk outcome, the order as pending send) and prints {@code sent <client key>} after each commit, until
 * it is killed.
 */
final class SendingProcess {

    private SendingProcess() {
    }

    public static void main(String[] args) {
        HikariDataSource pool = PooledDataSources.open(EmbeddedDatabase.settings(Path.of(args[0])));
        new SchemaMigrator(DataWiring.MIGRATIONS).migrate(pool);
        JdbcDecisionJournal journal = new JdbcDecisionJournal(new JdbcTemplate(pool));
        System.out.println("ready");
        for (int n = 1; ; n++) {
            String key = "kill-" + n;
            Instant now = Instant.now();
            Order order = Order.market(Symbol.of("AAPL"), Side.BUY, n);
            long decisionId = journal.record(new Decision(key, now, Timeframe.FIVE_MINUTES, "sma-cross", order, now,
                    100.0, "test", Map.of()), RiskVerdict.accept(), "paper");
            journal.pending(new JournaledOrder(key, decisionId, "paper", null, order, OrderStatus.PENDING_SEND, 0,
                    Double.NaN, now, now, ""));
            System.out.println("sent " + key);
            System.out.flush();
        }
    }
}
