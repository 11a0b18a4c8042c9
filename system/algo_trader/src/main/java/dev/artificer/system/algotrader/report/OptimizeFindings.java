package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.PerformanceMetrics;
import dev.artificer.component.backtest.optimize.BacktestOverfitting;
import dev.artificer.component.backtest.optimize.Candidate;
import dev.artificer.component.backtest.optimize.DeflatedSharpe;
import dev.artificer.component.backtest.optimize.GridEdge;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.WinnerStability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an optimisation says about whether its winner is luck, the same sentences in the console summary and the
 * report: the deflated Sharpe ratio given the number of trials, the probability of backtest overfitting when the grid
 * and history are large enough, the parameters at the edge of the grid and the winner's neighbourhood.
 *
 * @param deflated       the winner's deflated Sharpe ratio
 * @param overfitting    the PBO; empty when not computed
 * @param edges          one line per winning parameter at the edge of the grid
 * @param stability      the winner's neighbours and slices
 * @param periodsPerYear the winner's bars per year, to annualise per-bar Sharpe ratios
 * @param trials         the valid combinations
 * @param dates          the daily returns each candidate kept (0 when none)
 */
public record OptimizeFindings(DeflatedSharpe deflated, Optional<BacktestOverfitting> overfitting, List<String> edges,
                               WinnerStability stability, double periodsPerYear, int trials, int dates) {

    /** The deflated Sharpe ratio below which the winner may be luck. */
    static final double CONFIDENT = 0.95;
    /** The PBO above which the report calls the selection likely overfit. */
    static final double LIKELY_OVERFIT = 0.5;

    /** Copies the edges. */
    public OptimizeFindings {
        edges = List.copyOf(edges);
    }

    /**
     * Measures a search.
     *
     * @param search       the search, its candidates with daily returns when the PBO should be computed
     * @param combinations the combinations it tried
     * @param winner       the winner's run
     * @param riskFreeRate the annual rate the candidates' Sharpe ratios were measured against
     * @return the findings
     */
    public static OptimizeFindings of(SearchResult search, List<Map<String, String>> combinations,
                                      BacktestResult winner, double riskFreeRate) {
        List<Candidate> ranked = search.ranked();
        return new OptimizeFindings(DeflatedSharpe.of(search, winner, riskFreeRate), BacktestOverfitting.of(search),
                GridEdge.warnings(combinations, search.best().parameters()), WinnerStability.of(search, combinations),
                PerformanceMetrics.periodsPerYear(winner.timeframe()), ranked.size(),
                ranked.stream().allMatch(Candidate::hasDailyReturns) ? ranked.getFirst().dailyReturns().length : 0);
    }

    /**
     * The deflated Sharpe ratio in a sentence.
     *
     * @return e.g. "Deflated Sharpe ratio: 0.62, the probability that ..."
     */
    public String deflatedLine() {
        double perYear = Math.sqrt(periodsPerYear);
        return SvgChart.format("Deflated Sharpe ratio: %.2f, the probability that the winner's Sharpe ratio (%.2f a year) beats "
                        + "the best that %d trials without skill would show (%.2f a year; Bailey and Lopez de Prado "
                        + "2014)%s", deflated.probability(), deflated.sharpe() * perYear, deflated.trials(),
                deflated.expectedMaximum() * perYear, deflated.probability() < CONFIDENT ? ": the winner may be luck" : "");
    }

    /**
     * The probability of backtest overfitting in a sentence, or why it was not computed.
     *
     * @return e.g. "Probability of backtest overfitting: 0.23 ..."
     */
    public String overfittingLine() {
        if (overfitting.isEmpty()) {
            return dates == 0 ? "Probability of backtest overfitting: not computed (the search kept no daily returns)"
                    : SvgChart.format("Probability of backtest overfitting: not computed; it needs at least %d valid "
                            + "combinations and %d daily returns (here %d and %,d)", BacktestOverfitting.MIN_TRIALS,
                    BacktestOverfitting.MIN_PARTITIONS * BacktestOverfitting.MIN_PERIODS_PER_PARTITION, trials, dates);
        }
        BacktestOverfitting pbo = overfitting.get();
        return SvgChart.format("Probability of backtest overfitting: %.2f (Bailey et al. 2015: %,d splits of %,d daily returns "
                        + "in %d blocks), the share of splits whose in-sample winner did no better than the median "
                        + "out of sample; degradation slope %.2f, out-of-sample loss in %.0f %% of splits%s",
                pbo.probability(), pbo.splits().size(), pbo.periods(), pbo.partitions(), pbo.degradationSlope(),
                pbo.probabilityOfLoss() * 100, pbo.probability() > LIKELY_OVERFIT ? ": the selection is likely overfit"
                        : "");
    }

    /**
     * The warnings about parameters at the edge of the grid.
     *
     * @return one line each, e.g. "Warning: fast=5 is the smallest value searched (5 to 15): ..."
     */
    public List<String> edgeLines() {
        return edges.stream().map(edge -> "Warning: " + edge + ": the best may lie outside the grid; widen the range")
                .toList();
    }

    /**
     * The winner's neighbourhood in a sentence.
     *
     * @param metric the metric ranked by
     * @return e.g. "Neighbourhood: the 8 combinations one grid step or less from the winner score ..."
     */
    public String stabilityLine(String metric) {
        List<Candidate> neighbours = stability.neighbours();
        if (neighbours.isEmpty()) {
            return "Neighbourhood: no other combination lies one grid step from the winner";
        }
        return "Neighbourhood: the " + neighbours.size() + " combinations one grid step or less from the winner score "
                + MetricRows.label(metric) + " " + MetricRows.format(metric, stability.neighbourMean())
                + " on average (worst " + MetricRows.format(metric, stability.worstNeighbour()) + ") against the winner's "
                + MetricRows.format(metric, stability.winner().score());
    }

    /**
     * Every line of the summary, in the order the console prints them.
     *
     * @param metric the metric ranked by
     * @return the lines
     */
    public List<String> lines(String metric) {
        List<String> lines = new ArrayList<>();
        lines.add(deflatedLine());
        lines.add(overfittingLine());
        lines.add(stabilityLine(metric));
        lines.addAll(edgeLines());
        return lines;
    }
}
