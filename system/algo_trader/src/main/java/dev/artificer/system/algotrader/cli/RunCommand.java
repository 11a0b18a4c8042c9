package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.MarketDataProperties;
import dev.artificer.system.algotrader.hardware.StatusPanel;
import dev.artificer.system.algotrader.hardware.TradingPanel;
import dev.artificer.system.algotrader.jobs.JobScheduler;
import dev.artificer.system.algotrader.marketdata.Watchlist;
import dev.artificer.system.algotrader.stream.LiveFeed;
import dev.artificer.system.algotrader.status.AdapterChoice;
import dev.artificer.system.algotrader.status.AdapterSelection;
import dev.artificer.system.algotrader.status.RaspberryPiDetector;
import dev.artificer.system.algotrader.trading.StrategyAssignments;
import dev.artificer.system.algotrader.trading.TradingLoop;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader run} (also the command with no arguments): the long-running trader service. It runs the
 * scheduled ingestion and the decision loop (the assigned strategies over newly stored bars, paper trading unless
 * live trading is confirmed) until stopped (Ctrl-C or SIGTERM); stopping lets running jobs finish and closes the
 * stores. It says in its first lines which adapters it uses, so a simulated market is never mistaken for a real one,
 * and refuses to start when live mode is asked for without the confirmation. It opens the hardware panel (or the
 * logging stand-in) and keeps its light up to date.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the trader service (scheduled ingestion and trading) until stopped.")
public class RunCommand implements Callable<Integer> {

    /** How often the panel reads the kill switch and login again (they can change from another process). */
    private static final Duration PANEL_REFRESH = Duration.ofSeconds(5);

    private final ObjectProvider<AlgoTraderProperties> properties;
    private final ObjectProvider<MarketDataProperties> marketData;
    private final ObjectProvider<JobScheduler> scheduler;
    private final ObjectProvider<Watchlist> watchlist;
    private final ObjectProvider<TradingLoop> trading;
    private final ObjectProvider<StrategyAssignments> assignments;
    private final ObjectProvider<StatusPanel> panel;
    private final ObjectProvider<TradingPanel> tradingPanel;
    private final ObjectProvider<LiveFeed> liveFeed;
    private final ObjectProvider<ApplicationContext> context;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command.
     *
     * @param properties the configuration
     * @param marketData where price history comes from
     * @param scheduler  the job scheduler, built only when the service starts
     * @param watchlist   the watchlist
     * @param trading     the decision loop, built at start so that the live gate is checked before anything runs
     * @param assignments the strategy assignments
     * @param panel        the hardware panel (or its logging stand-in), opened at start
     * @param tradingPanel what the panel shows and does
     * @param liveFeed    the live market's bars, stored and decided as they close
     * @param context     the application, told when the service is ready
     */
    public RunCommand(ObjectProvider<AlgoTraderProperties> properties, ObjectProvider<MarketDataProperties> marketData,
                      ObjectProvider<JobScheduler> scheduler,
                      ObjectProvider<Watchlist> watchlist, ObjectProvider<TradingLoop> trading,
                      ObjectProvider<StrategyAssignments> assignments, ObjectProvider<StatusPanel> panel,
                      ObjectProvider<TradingPanel> tradingPanel, ObjectProvider<LiveFeed> liveFeed,
                      ObjectProvider<ApplicationContext> context) {
        this.properties = properties;
        this.marketData = marketData;
        this.scheduler = scheduler;
        this.watchlist = watchlist;
        this.trading = trading;
        this.assignments = assignments;
        this.panel = panel;
        this.tradingPanel = tradingPanel;
        this.liveFeed = liveFeed;
        this.context = context;
    }

    /**
     * Starts the jobs and waits until the process is stopped.
     *
     * @return never returns normally before shutdown
     * @throws InterruptedException when interrupted while waiting
     */
    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        AlgoTraderProperties properties = this.properties.getObject();
        ApplicationContext context = this.context.getObject();
        out.println("algo-trader service starting (" + (properties.liveTradingConfirmed() ? "LIVE" : "paper") + " mode)");
        StatusPanel hardware = panel.getObject();
        for (AdapterChoice choice : AdapterSelection.choose(properties, marketData.getObject().source(),
                RaspberryPiDetector.onRaspberryPi())) {
            out.println("  " + choice.port() + ": " + (AdapterSelection.HARDWARE.equals(choice.port())
                    ? hardware.description() : choice.adapter()));
        }
        trading.getObject();
        tradingPanel.getObject().start(hardware, PANEL_REFRESH);
        if (watchlist.getObject().symbols().isEmpty()) {
            out.println("The watchlist is empty, so no data is collected: add symbols with `watchlist add AAPL MSFT`.");
        }
        int assigned = assignments.getObject().list().size();
        out.println(assigned == 0 ? "No strategy is assigned, so nothing is traded: e.g. `strategy assign AAPL "
                + "--timeframe daily --strategy sma-cross`." : "Trading " + assigned + " strategy assignment"
                + (assigned == 1 ? "" : "s") + " (`strategy list`); `trading halt` stops orders.");
        out.println("Running until stopped (Ctrl-C). Health: http://127.0.0.1:"
                + context.getEnvironment().getProperty("local.server.port", "?") + "/actuator/health");
        out.flush();
        scheduler.getObject().start();
        startTheLiveFeed(out);
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        new CountDownLatch(1).await();
        return 0;
    }

    private void startTheLiveFeed(PrintWriter out) {
        Set<Symbol> symbols = new LinkedHashSet<>(watchlist.getObject().symbols());
        assignments.getObject().list().forEach(assignment -> symbols.add(assignment.symbol()));
        if (symbols.isEmpty()) {
            return;
        }
        out.println(liveFeed.getObject().start(symbols).map(source -> "Live market: " + source + " streams "
                + symbols.size() + " symbol(s); their one- to thirty-minute bars are stored and decided as they close.")
                .orElse("Live market: none here, so intraday bars arrive with the scheduled ingestion."));
        out.flush();
    }
}
