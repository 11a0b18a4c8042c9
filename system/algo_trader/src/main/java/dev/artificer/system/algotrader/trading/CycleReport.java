package dev.artificer.system.algotrader.trading;

import java.util.EnumMap;
import java.util.Map;

/** What one run of the decision loop did, for its one-line summary. */
final class CycleReport {

    private final Map<TradingDesk.Outcome, Integer> decisions = new EnumMap<>(TradingDesk.Outcome.class);
    private int bars;
    private int fills;
    private int failedAssignments;

    void count(TradingDesk.Outcome outcome) {
        decisions.merge(outcome, 1, Integer::sum);
    }

    void bars(int count) {
        bars += count;
    }

    void fills(int count) {
        fills += count;
    }

    void assignmentFailed() {
        failedAssignments++;
    }

    int failedAssignments() {
        return failedAssignments;
    }

    String summary(int assignments, String account) {
        int total = decisions.entrySet().stream().filter(entry -> entry.getKey() != TradingDesk.Outcome.REPLAYED)
                .mapToInt(Map.Entry::getValue).sum();
        return assignments + " assignment" + (assignments == 1 ? "" : "s") + ", " + bars + " new bar"
                + (bars == 1 ? "" : "s") + ", " + total + " decision" + (total == 1 ? "" : "s") + " ("
                + decisions.getOrDefault(TradingDesk.Outcome.SENT, 0) + " sent, "
                + decisions.getOrDefault(TradingDesk.Outcome.REJECTED, 0) + " rejected, "
                + decisions.getOrDefault(TradingDesk.Outcome.FAILED, 0) + " failed), " + fills + " fill"
                + (fills == 1 ? "" : "s") + "; " + account
                + (failedAssignments > 0 ? "; " + failedAssignments + " assignment(s) failed, see the warnings" : "");
    }
}
