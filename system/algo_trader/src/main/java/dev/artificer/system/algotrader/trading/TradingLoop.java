package dev.artificer.system.algotrader.trading;

import io.micrometer.core.instrument.MeterRegistry;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.jobs.JobSkippedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision loop: each run settles orders a crash left pending, then, for every assignment, shows the broker
 * the newly stored bars and the assignment's strategy (one object per assignment, kept between runs) the newly
 * closed ones, and finally records the account. Only the process holding the loop's lease runs it, so a second
 * process on the same database never trades the same bars again. Assignments are re-read every run, so
 * {@code strategy assign} takes effect without a restart. How each run ends is told to the {@link TradingEvents}.
 */
public final class TradingLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TradingLoop.class);

    private final StrategyAssignments assignments;
    private final Broker broker;
    private final OrderBook book;
    private final TradingDesk desk;
    private final TradingState state;
    private final StrategySupply strategies;
    private final AssignmentRunner.Dependencies dependencies;
    private final String owner;
    private final Duration lease;
    private final TradingEvents events;
    private final Map<Assignment, AssignmentRunner> runners = new HashMap<>();
    private final Map<Assignment, String> versions = new HashMap<>();

    /**
     * Creates the loop.
     *
     * @param assignments  the assignments
     * @param broker       the broker
     * @param book         the journal's orders against the broker's
     * @param desk         where decisions become orders
     * @param state        the kill switch and the loop's lease
     * @param strategies   makes a fresh strategy object for an assignment, and tells when its code changed
     * @param bars         the stored bars
     * @param warmupBars   bars of history a new strategy object learns from before it trades
     * @param settle       how long after its close an assignment's bar is decided: the time for its final prices to
     *                     be stored (a bar stored while in progress would otherwise be decided on a snapshot)
     * @param clock        the time
     * @param owner        this process, for the lease
     * @param lease        how long the lease holds without renewal
     * @param events       told how each run ended
     * @param meters       where the decision latency of each assignment is recorded
     */
    public TradingLoop(StrategyAssignments assignments, Broker broker, OrderBook book, TradingDesk desk,
                       TradingState state, StrategySupply strategies, BarRepository bars,
                       int warmupBars, SettleTime settle, Clock clock, String owner, Duration lease,
                       TradingEvents events, MeterRegistry meters) {
        this.assignments = assignments;
        this.broker = broker;
        this.book = book;
        this.desk = desk;
        this.state = state;
        this.strategies = strategies;
        this.dependencies = new AssignmentRunner.Dependencies(bars, assignments, desk, book, clock, warmupBars,
                settle, meters);
        this.owner = owner;
        this.lease = lease;
        this.events = events;
    }

    /**
     * Runs the loop once, taking the lease over at once from a process on this host that is no longer running.
     *
     * @return a one-line summary
     * @throws JobSkippedException when another live process holds the lease
     */
    public synchronized String runOnce() {
        if (!claim()) {
            throw new JobSkippedException(state.loopLease().map(held -> held.owner() + " runs the decision loop"
                    + " (lease until " + held.until() + ")").orElse("another process runs the decision loop"));
        }
        try {
            CycleReport report = new CycleReport();
            String summary = run(report);
            if (report.failedAssignments() > 0) {
                events.loopFailed(report.failedAssignments() + " assignment(s) failed in the last run");
            } else {
                events.loopSucceeded();
            }
            return summary;
        } catch (RuntimeException failure) {
            events.loopFailed("the decision loop failed: " + failure.getMessage());
            throw failure;
        }
    }

    private String run(CycleReport report) {
        int settled = book.reconcile();
        if (settled > 0) {
            LOG.info("{} order(s) left pending by an earlier run settled with {}", settled, broker.name());
        }
        report.fills(book.sync());
        List<Assignment> current = assignments.list();
        runners.keySet().retainAll(new HashSet<>(current));
        versions.keySet().retainAll(new HashSet<>(current));
        for (Assignment assignment : current) {
            try {
                replaceWhenChanged(assignment);
                runners.computeIfAbsent(assignment, this::runner).step(broker::observe, report);
            } catch (RuntimeException failure) {
                report.assignmentFailed();
                runners.remove(assignment);
                LOG.warn("assignment {} {} {} failed this run (it is retried next run): {}", assignment.symbol(),
                        assignment.timeframe(), assignment.identity(), failure.getMessage());
                LOG.debug("assignment failure", failure);
            }
        }
        report.fills(book.sync());
        AccountSnapshot account = desk.recordAccount();
        HaltStatus halt = state.status();
        return report.summary(current.size(), String.format(Locale.ROOT, "%s equity %,.2f, cash %,.2f%s",
                broker.name(), account.equity(), account.cash(), halt.halted() ? "; HALTED: " + halt.reason() : ""));
    }

    private void replaceWhenChanged(Assignment assignment) {
        String version = strategies.version(assignment);
        String before = versions.put(assignment, version);
        if (before != null && !before.equals(version) && runners.remove(assignment) != null) {
            LOG.info("the code of {} changed ({} -> {}): a new strategy object learns from the stored history and "
                    + "trades from the next new bar on", assignment.identity(), before, version);
        }
    }

    private AssignmentRunner runner(Assignment assignment) {
        return new AssignmentRunner(assignment, strategies.create(assignment),
                versions.getOrDefault(assignment, ""), dependencies);
    }

    private boolean claim() {
        Instant now = dependencies.clock().instant();
        if (state.claimLoop(owner, now, lease)) {
            return true;
        }
        Optional<LoopLease> held = state.loopLease();
        if (held.isPresent() && held.get().heldByAGoneProcessOnThisHost(owner)) {
            LOG.info("taking the decision loop over from {}, which is no longer running", held.get().owner());
            state.releaseLoop(held.get().owner());
            return state.claimLoop(owner, now, lease);
        }
        return false;
    }

    /** Gives the loop's lease up, so another process may run it at once. */
    @Override
    public void close() {
        state.releaseLoop(owner);
    }
}
