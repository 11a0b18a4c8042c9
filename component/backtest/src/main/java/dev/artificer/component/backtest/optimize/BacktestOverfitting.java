package dev.artificer.component.backtest.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The probability of backtest overfitting (PBO) by combinatorially symmetric cross-validation, after Bailey, Borwein,
 * López de Prado and Zhu (2015, "The Probability of Backtest Overfitting"). The T x N matrix of per-period returns of
 * N trials is cut by rows into S equal blocks in time order (the first T mod S rows are dropped); each of the
 * C(S, S/2) ways to choose S/2 blocks is a split, the chosen blocks in sample and the others out of sample. In each
 * split the trial n* with the best in-sample Sharpe ratio is found, and its out-of-sample Sharpe ratio ranked among
 * all N: relative rank w = rank / (N + 1) (ties share the mean rank), logit = ln(w / (1 - w)). The PBO is the share
 * of splits whose logit is at most 0, where the in-sample winner does no better than the median out of sample. Also:
 * the performance degradation (least-squares line of the winner's out-of-sample on its in-sample Sharpe ratio over
 * the splits; a negative slope is a sign of overfitting) and the probability of loss (share of splits in which the
 * winner's out-of-sample Sharpe ratio is below zero). Sharpe ratios are per period: the mean return over its sample
 * standard deviation, no risk-free rate (ranks do not depend on annualising).
 *
 * @param probability       the PBO, between 0 and 1
 * @param splits            every split, in lexicographic order of its in-sample blocks
 * @param degradationSlope  the slope of out-of-sample on in-sample Sharpe ratio of the splits' winners
 * @param degradationIntercept its intercept
 * @param probabilityOfLoss the share of splits whose winner lost out of sample (Sharpe ratio below 0)
 * @param partitions        S, the number of blocks
 * @param trials            N
 * @param periods           the rows used, a multiple of S
 */
public record BacktestOverfitting(double probability, List<Split> splits, double degradationSlope,
                                  double degradationIntercept, double probabilityOfLoss, int partitions, int trials,
                                  int periods) {

    /** Fewer trials give relative ranks too coarse (steps of 1 / (N + 1)) to tell overfitting from chance. */
    public static final int MIN_TRIALS = 10;
    /** The paper's suggested S: 12,870 splits. */
    public static final int MAX_PARTITIONS = 16;
    /** Fewer blocks give too few splits (C(6, 3) = 20) for a share to mean much. */
    public static final int MIN_PARTITIONS = 8;
    /** A block holds at least a trading month of daily returns, so each Sharpe ratio has some to stand on. */
    public static final int MIN_PERIODS_PER_PARTITION = 20;
    private static final double TIE = 1e-9;

    /** Copies the splits. */
    public BacktestOverfitting {
        splits = List.copyOf(splits);
    }

    /**
     * One split of the cross-validation.
     *
     * @param inSample           the blocks in sample, ascending (the others are out of sample)
     * @param best               the index of the trial with the best in-sample Sharpe ratio (the first on a tie)
     * @param inSampleSharpe     its in-sample Sharpe ratio per period
     * @param outOfSampleSharpe  its out-of-sample Sharpe ratio per period
     * @param relativeRank       w, its out-of-sample rank among the trials / (N + 1)
     * @param logit              ln(w / (1 - w)); at most 0 when the winner is at or below the median out of sample
     */
    public record Split(List<Integer> inSample, int best, double inSampleSharpe, double outOfSampleSharpe,
                        double relativeRank, double logit) {

        /** Copies the blocks. */
        public Split {
            inSample = List.copyOf(inSample);
        }
    }

    /**
     * How many blocks a search's matrix allows: the most (even, at most {@link #MAX_PARTITIONS}) that leave every
     * block {@link #MIN_PERIODS_PER_PARTITION} periods, and none with fewer than {@link #MIN_TRIALS} trials or
     * {@link #MIN_PARTITIONS} blocks; e.g. 10 trials over 320 daily returns or more give S = 16, over 160 to 199 S = 8.
     *
     * @param trials  N
     * @param periods T
     * @return S, or empty when the grid or the history is too small for the PBO to mean much
     */
    public static OptionalInt partitions(int trials, int periods) {
        int blocks = Math.min(MAX_PARTITIONS, periods / MIN_PERIODS_PER_PARTITION) / 2 * 2;
        return trials < MIN_TRIALS || blocks < MIN_PARTITIONS ? OptionalInt.empty() : OptionalInt.of(blocks);
    }

    /**
     * The PBO of a search whose candidates kept their daily returns, when it is large enough ({@link #partitions}).
     *
     * @param search the search
     * @return the PBO; empty when a candidate has no daily returns or the grid or history is too small
     */
    public static Optional<BacktestOverfitting> of(SearchResult search) {
        List<Candidate> ranked = search.ranked();
        if (ranked.isEmpty() || !ranked.stream().allMatch(Candidate::hasDailyReturns)) {
            return Optional.empty();
        }
        List<double[]> returns = ranked.stream().map(Candidate::dailyReturns).toList();
        OptionalInt blocks = partitions(returns.size(), returns.getFirst().length);
        return blocks.isPresent() ? Optional.of(of(returns, blocks.getAsInt())) : Optional.empty();
    }

    /**
     * The PBO of a matrix of returns.
     *
     * @param trials     one array of per-period returns per trial (a column of the matrix), all of one length T
     * @param partitions S, even, with at least two rows in each half
     * @return the PBO, its splits, degradation and probability of loss
     * @throws IllegalArgumentException when there are fewer than two trials, their lengths differ, S is odd or T too
     *                                  short for it
     */
    public static BacktestOverfitting of(List<double[]> trials, int partitions) {
        int count = trials.size();
        if (count < 2) {
            throw new IllegalArgumentException("the PBO compares at least two trials (got " + count + ")");
        }
        int length = trials.getFirst().length;
        if (trials.stream().anyMatch(trial -> trial.length != length)) {
            throw new IllegalArgumentException("every trial needs returns of the same periods");
        }
        if (partitions < 2 || partitions % 2 != 0) {
            throw new IllegalArgumentException("the number of blocks must be even and at least 2 (got " + partitions
                    + ")");
        }
        int rows = length / partitions;
        if (rows * partitions / 2 < 2) {
            throw new IllegalArgumentException(length + " periods are too few for " + partitions
                    + " blocks: each half needs at least two");
        }
        BlockSums sums = BlockSums.of(trials, partitions, rows, length % partitions);
        List<Split> splits = new ArrayList<>();
        for (int[] chosen : combinations(partitions, partitions / 2)) {
            splits.add(split(sums, chosen, rows * partitions / 2));
        }
        return summary(splits, partitions, count, rows * partitions);
    }

    private static Split split(BlockSums sums, int[] chosen, int half) {
        int count = sums.trials();
        double[] inSample = new double[count];
        double[] outOfSample = new double[count];
        for (int trial = 0; trial < count; trial++) {
            double sum = 0;
            double squares = 0;
            for (int block : chosen) {
                sum += sums.sum(trial, block);
                squares += sums.squares(trial, block);
            }
            inSample[trial] = sharpe(sum, squares, half);
            outOfSample[trial] = sharpe(sums.totalSum(trial) - sum, sums.totalSquares(trial) - squares, half);
        }
        int best = 0;
        for (int trial = 1; trial < count; trial++) {
            if (Double.compare(inSample[trial], inSample[best]) > 0) {
                best = trial;
            }
        }
        double rank = 1;
        for (int trial = 0; trial < count; trial++) {
            if (trial != best) {
                rank += tie(outOfSample[trial], outOfSample[best]) ? 0.5
                        : outOfSample[trial] < outOfSample[best] ? 1 : 0;
            }
        }
        double relative = rank / (count + 1);
        List<Integer> blocks = new ArrayList<>();
        for (int block : chosen) {
            blocks.add(block);
        }
        return new Split(blocks, best, inSample[best], outOfSample[best], relative,
                Math.log(relative / (1 - relative)));
    }

    private static BacktestOverfitting summary(List<Split> splits, int partitions, int trials, int periods) {
        double overfit = splits.stream().filter(split -> split.logit() <= 0).count();
        double losses = splits.stream().filter(split -> split.outOfSampleSharpe() < 0).count();
        double meanIn = splits.stream().mapToDouble(Split::inSampleSharpe).average().orElse(Double.NaN);
        double meanOut = splits.stream().mapToDouble(Split::outOfSampleSharpe).average().orElse(Double.NaN);
        double covariance = 0;
        double variance = 0;
        for (Split split : splits) {
            covariance += (split.inSampleSharpe() - meanIn) * (split.outOfSampleSharpe() - meanOut);
            variance += (split.inSampleSharpe() - meanIn) * (split.inSampleSharpe() - meanIn);
        }
        double slope = variance > 0 ? covariance / variance : Double.NaN;
        return new BacktestOverfitting(overfit / splits.size(), splits, slope, meanOut - slope * meanIn,
                losses / splits.size(), partitions, trials, periods);
    }

    /** Mean over sample standard deviation from a sum and a sum of squares; 0 for no spread and no mean. */
    private static double sharpe(double sum, double squares, int count) {
        double mean = sum / count;
        double variance = (squares - sum * mean) / (count - 1);
        if (variance > 0) {
            return mean / Math.sqrt(variance);
        }
        return mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
    }

    private static boolean tie(double first, double second) {
        return first == second || Math.abs(first - second) <= TIE * Math.max(Math.abs(first), Math.abs(second));
    }

    /** Every choice of {@code size} of {@code 0 .. total - 1}, ascending, in lexicographic order. */
    static List<int[]> combinations(int total, int size) {
        List<int[]> all = new ArrayList<>();
        int[] chosen = new int[size];
        for (int index = 0; index < size; index++) {
            chosen[index] = index;
        }
        while (true) {
            all.add(chosen.clone());
            int position = size - 1;
            while (position >= 0 && chosen[position] == total - size + position) {
                position--;
            }
            if (position < 0) {
                return all;
            }
            chosen[position]++;
            for (int next = position + 1; next < size; next++) {
                chosen[next] = chosen[next - 1] + 1;
            }
        }
    }
}
