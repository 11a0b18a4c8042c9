package dev.artificer.component.backtest.optimize;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.EquityCurve;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a walk-forward says about its winners: per window the annualised return in sample (the winner's
 * {@code total_return} over the window's calendar time, as {@code cagr} measures it) and out of sample (the window's
 * return over its calendar time), their ratio, and over the whole walk the walk-forward efficiency (Pardo): the
 * stitched out-of-sample annualised return over the mean in-sample one. Near 1 the winners kept out of sample what
 * they showed in sample; near 0 or below they did not. Also how often the winner changed from one window to the next.
 *
 * @param windows                 one summary per window, in time order
 * @param inSampleAnnualReturn    the mean of the windows' in-sample annualised returns
 * @param outOfSampleAnnualReturn the stitched run's CAGR
 * @param efficiency              out of sample / in sample annualised return; NaN when the in-sample mean is not
 *                                above zero
 * @param winnerChanges           windows whose winner differs from the window before's
 * @param distinctWinners         how many different combinations won a window
 */
public record WalkForwardSummary(List<Window> windows, double inSampleAnnualReturn, double outOfSampleAnnualReturn,
                                 double efficiency, int winnerChanges, int distinctWinners) {

    private static final double MILLIS_PER_YEAR = 365.25 * 86_400_000.0;

    /** Copies the windows. */
    public WalkForwardSummary {
        windows = List.copyOf(windows);
    }

    /**
     * One window.
     *
     * @param window                  the window as the walk-forward ran it
     * @param inSampleAnnualReturn    the winner's in-sample return, annualised over the in-sample calendar time
     * @param outOfSampleAnnualReturn the out-of-sample return, annualised over the out-of-sample calendar time
     * @param outOfSampleBars         the equity points of the stitched run in the window
     * @param efficiency              out of sample / in sample annualised return; NaN unless in sample is above 0
     * @param changed                 whether its winner differs from the previous window's
     */
    public record Window(WalkForwardWindow window, double inSampleAnnualReturn, double outOfSampleAnnualReturn,
                         int outOfSampleBars, double efficiency, boolean changed) {
    }

    /**
     * Summarises a walk-forward.
     *
     * @param result the walk-forward, whose candidates carry a {@code total_return} metric
     * @return the summary
     */
    public static WalkForwardSummary of(WalkForwardResult result) {
        BacktestResult stitched = result.stitched();
        Duration bar = stitched.timeframe() == null ? Duration.ZERO : stitched.timeframe().nominalLength();
        List<Window> windows = new ArrayList<>();
        Set<Map<String, String>> winners = new HashSet<>();
        Map<String, String> previous = null;
        int changes = 0;
        double inSampleSum = 0;
        for (WalkForwardWindow window : result.windows()) {
            Double inSampleReturn = window.best().metrics().get("total_return");
            double inSample = annualised(inSampleReturn == null ? Double.NaN : inSampleReturn,
                    window.inSampleStart(), window.inSampleEnd(), bar);
            double outOfSample = annualised(window.outOfSampleReturn(), window.outOfSampleStart(),
                    window.outOfSampleEnd(), bar);
            boolean changed = previous != null && !previous.equals(window.parameters());
            changes += changed ? 1 : 0;
            previous = window.parameters();
            winners.add(window.parameters());
            inSampleSum += inSample;
            windows.add(new Window(window, inSample, outOfSample, points(stitched.equityCurve(), window), ratio(
                    outOfSample, inSample), changed));
        }
        double inSample = inSampleSum / windows.size();
        double outOfSample = annualised(stitched.totalReturn(), result.windows().getFirst().outOfSampleStart(),
                result.windows().getLast().outOfSampleEnd(), bar);
        return new WalkForwardSummary(windows, inSample, outOfSample, ratio(outOfSample, inSample), changes,
                winners.size());
    }

    /** (1 + r)^(1 / years) - 1 over first to last bar start plus one bar; -1 when wiped out. */
    static double annualised(double totalReturn, Instant first, Instant last, Duration bar) {
        if (totalReturn <= -1) {
            return -1;
        }
        double years = (Duration.between(first, last).plus(bar).toMillis()) / MILLIS_PER_YEAR;
        return Math.pow(1 + totalReturn, 1 / years) - 1;
    }

    private static double ratio(double outOfSample, double inSample) {
        return inSample > 0 ? outOfSample / inSample : Double.NaN;
    }

    private static int points(EquityCurve curve, WalkForwardWindow window) {
        int count = 0;
        for (int index = 0; index < curve.size(); index++) {
            Instant time = curve.time(index);
            if (!time.isBefore(window.outOfSampleStart()) && !time.isAfter(window.outOfSampleEnd())) {
                count++;
            }
        }
        return count;
    }
}
