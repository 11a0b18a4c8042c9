package dev.artificer.component.backtest.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.backtest.optimize.BacktestOverfitting.Split;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BacktestOverfittingTest {

    // Three trials over T = 4 periods (returns in %), S = 4 blocks of one period each:
    //            block 0  1   2   3
    //   A               -1  2   1   0
    //   B                0  1  -1  -2
    //   C                1  4  -2  -1
    // A half holds two returns a, b; its Sharpe ratio is mean / sample deviation = (a + b) / (sqrt(2) |a - b|), written
    // below in units of 1/sqrt(2) (C on blocks 0, 1: 5/3). The C(4, 2) = 6 splits, in sample first:
    //   IS   OOS   IS A, B, C         winner  OOS A, B, C      winner's OOS rank     w = rank/4  logit
    //   0,1  2,3   1/3, 1, 5/3        C       1, -3, -3        1.5 (tied with B)     0.375       ln(0.6) = -0.511
    //   0,2  1,3   0, -1, -1/3        A       1, -1/3, 3/5     3                     0.75        ln 3    = +1.099
    //   0,3  1,2   -1, -1, 0          C       3, 0, 1/3        2                     0.5         0
    //   1,2  0,3   3, 0, 1/3          A       -1, -1, 0        1.5 (tied with B)     0.375       -0.511
    //   1,3  0,2   1, -1/3, 3/5       A       0, -1, -1/3      3                     0.75        +1.099
    //   2,3  0,1   1, -3, -3          A       1/3, 1, 5/3      1                     0.25        ln(1/3) = -1.099
    // PBO = share of logits <= 0 = 4/6. The winner's OOS Sharpe ratio is below 0 in splits 1 and 4: loss 2/6.
    // Degradation: winners' IS u = 5/3, 0, 0, 3, 1, 1 and OOS v = -3, 1, 1/3, -1, 0, 1/3 (x 1/sqrt(2) both); mean u =
    // 10/9, mean v = -7/18, sum (u - mean)(v - mean) = sum uv - 6 mean u mean v = -23/3 + 70/27 = -137/27, sum (u -
    // mean)^2 = 124/9 - 600/81 = 516/81: slope = -137/27 x 81/516 = -411/516 = -0.7965.
    private static final List<double[]> HAND = List.of(percent(-1, 2, 1, 0), percent(0, 1, -1, -2), percent(1, 4, -2, -1));

    private static double[] percent(double... values) {
        double[] returns = values.clone();
        for (int index = 0; index < returns.length; index++) {
            returns[index] /= 100;
        }
        return returns;
    }

    private static List<double[]> noise(int trials, int periods, long seed) {
        Random random = new Random(seed);
        List<double[]> all = new ArrayList<>();
        for (int trial = 0; trial < trials; trial++) {
            double[] returns = new double[periods];
            for (int period = 0; period < periods; period++) {
                returns[period] = 0.01 * random.nextGaussian();
            }
            all.add(returns);
        }
        return all;
    }

    @Test
    void theHandComputedSplitsGiveTheirLogitsAndPbo() {
        BacktestOverfitting result = BacktestOverfitting.of(HAND, 4);

        assertThat(result.splits()).extracting(Split::inSample).containsExactly(List.of(0, 1), List.of(0, 2),
                List.of(0, 3), List.of(1, 2), List.of(1, 3), List.of(2, 3));
        assertThat(result.splits()).extracting(Split::best).containsExactly(2, 0, 2, 0, 0, 0);
        assertThat(result.splits()).extracting(Split::relativeRank).containsExactly(0.375, 0.75, 0.5, 0.375, 0.75, 0.25);
        double[] logits = result.splits().stream().mapToDouble(Split::logit).toArray();
        assertThat(logits).containsExactly(new double[] {Math.log(0.6), Math.log(3), 0, Math.log(0.6), Math.log(3),
            Math.log(1 / 3.0)}, within(1e-12));
        assertThat(result.probability()).isCloseTo(4 / 6.0, within(1e-12));
    }

    @Test
    void theHandComputedSplitsGiveTheWinnersSharpeRatios() {
        BacktestOverfitting result = BacktestOverfitting.of(HAND, 4);

        double unit = 1 / Math.sqrt(2);
        assertThat(result.splits().stream().mapToDouble(Split::inSampleSharpe).toArray()).containsExactly(
                new double[] {5 / 3.0 * unit, 0, 0, 3 * unit, unit, unit}, within(1e-12));
        assertThat(result.splits().stream().mapToDouble(Split::outOfSampleSharpe).toArray()).containsExactly(
                new double[] {-3 * unit, unit, unit / 3, -unit, 0, unit / 3}, within(1e-12));
    }

    @Test
    void theHandComputedCaseDegradesWithANegativeSlopeAndLosesInTwoSplits() {
        BacktestOverfitting result = BacktestOverfitting.of(HAND, 4);

        assertThat(result.degradationSlope()).isCloseTo(-411 / 516.0, within(1e-12));
        assertThat(result.probabilityOfLoss()).isCloseTo(2 / 6.0, within(1e-12));
        assertThat(result.partitions()).isEqualTo(4);
        assertThat(result.trials()).isEqualTo(3);
        assertThat(result.periods()).isEqualTo(4);
    }

    @Test
    void aDirectComputationOfEverySplitGivesTheSameResults() {
        // 12 trials over 163 periods of a deterministic formula, S = 8 (the first 3 periods left out, 70 splits).
        // Recomputed from the definition by a plain Python script (itertools.combinations over the blocks, each Sharpe
        // ratio from its 80 returns, no block sums; quoted in issue 15's note): PBO 12/70, loss 15/70, slope
        // -1.5583796286785991, intercept 0.13298646763798083, and the logits add up to 27.098581936910506.
        List<double[]> trials = new ArrayList<>();
        for (int trial = 0; trial < 12; trial++) {
            double[] returns = new double[163];
            for (int period = 0; period < returns.length; period++) {
                returns[period] = 0.01 * Math.sin(0.37 * period * (trial + 1) + trial)
                        + 0.002 * Math.cos(1.3 * period + 0.5 * trial) + 0.0004 * (trial % 3 - 1);
            }
            trials.add(returns);
        }

        BacktestOverfitting result = BacktestOverfitting.of(trials, 8);

        assertThat(result.splits()).hasSize(70);
        assertThat(result.periods()).isEqualTo(160);
        assertThat(result.probability()).isCloseTo(12 / 70.0, within(1e-12));
        assertThat(result.probabilityOfLoss()).isCloseTo(15 / 70.0, within(1e-12));
        assertThat(result.degradationSlope()).isCloseTo(-1.5583796286785991, within(1e-9));
        assertThat(result.degradationIntercept()).isCloseTo(0.13298646763798083, within(1e-9));
        assertThat(result.splits().stream().mapToDouble(Split::logit).sum()).isCloseTo(27.098581936910506, within(1e-9));
    }

    @Test
    void aTrialThatDominatesTheOthersGivesAPboNearZero() {
        List<double[]> trials = noise(20, 800, 7);
        double[] skilled = trials.getFirst();
        for (int period = 0; period < skilled.length; period++) {
            skilled[period] += 0.005;
        }

        BacktestOverfitting result = BacktestOverfitting.of(trials, 16);

        assertThat(result.probability()).isLessThan(0.01);
        assertThat(result.probabilityOfLoss()).isLessThan(0.01);
    }

    @Test
    void trialsOfPureNoiseGiveAPboNearOneHalfOnAverage() {
        // 50 trials of i.i.d. noise over 1,600 periods: the in-sample winner is a random trial out of sample, whose
        // rank is uniform on 1..50, so P(logit <= 0) = P(rank <= 25.5) = 1/2. The splits of one matrix share its data,
        // so one matrix's PBO wanders far from that (seeds 1 to 20 give 0.13 to 0.80); their mean is 0.465, within
        // 0.1 of 1/2 (its standard error is about 0.04).
        double sum = 0;
        for (long seed = 1; seed <= 20; seed++) {
            BacktestOverfitting result = BacktestOverfitting.of(noise(50, 1_600, seed), 16);
            assertThat(result.splits()).hasSize(12_870);
            sum += result.probability();
        }

        assertThat(sum / 20).isCloseTo(0.5, within(0.1));
    }

    @Test
    void aTrialBestInSampleByConstructionAndWorstOutOfSampleGivesAPboOfOne() {
        // four trials, four blocks: trial j earns 1 % a period in block j and loses 0.2 % elsewhere. Any half holds
        // two blocks, so its winner is one of their two trials, and out of sample those two are the only ones losing.
        List<double[]> trials = noise(4, 400, 3);
        for (int trial = 0; trial < 4; trial++) {
            for (int period = 0; period < 400; period++) {
                trials.get(trial)[period] += period / 100 == trial ? 0.01 : -0.002;
            }
        }

        BacktestOverfitting result = BacktestOverfitting.of(trials, 4);

        assertThat(result.probability()).isEqualTo(1.0);
        assertThat(result.probabilityOfLoss()).isEqualTo(1.0);
        assertThat(result.splits()).allSatisfy(split -> assertThat(split.relativeRank()).isLessThanOrEqualTo(0.4));
    }

    @Test
    void everySplitHasItsComplementAmongTheSplits() {
        BacktestOverfitting result = BacktestOverfitting.of(noise(10, 160, 5), 8);

        Set<List<Integer>> halves = new HashSet<>();
        result.splits().forEach(split -> halves.add(split.inSample()));
        assertThat(halves).hasSize(70);
        for (List<Integer> half : halves) {
            List<Integer> complement = new ArrayList<>();
            for (int block = 0; block < 8; block++) {
                if (!half.contains(block)) {
                    complement.add(block);
                }
            }
            assertThat(halves).contains(complement);
        }
    }

    @Test
    void scalingEveryReturnLeavesThePboAndLogitsUnchanged() {
        List<double[]> trials = noise(12, 320, 9);
        List<double[]> scaled = trials.stream().map(returns -> {
            double[] copy = returns.clone();
            for (int index = 0; index < copy.length; index++) {
                copy[index] *= 3;
            }
            return copy;
        }).toList();

        BacktestOverfitting original = BacktestOverfitting.of(trials, 16);
        BacktestOverfitting tripled = BacktestOverfitting.of(scaled, 16);

        assertThat(tripled.probability()).isEqualTo(original.probability());
        assertThat(tripled.splits()).extracting(Split::logit)
                .isEqualTo(original.splits().stream().map(Split::logit).toList());
    }

    @Test
    void theOrderOfTheTrialsDoesNotMatter() {
        List<double[]> trials = noise(12, 320, 13);
        List<double[]> reversed = new ArrayList<>(trials).reversed();

        assertThat(BacktestOverfitting.of(reversed, 16).probability())
                .isEqualTo(BacktestOverfitting.of(trials, 16).probability());
    }

    @Test
    void theFirstRowsThatDoNotFillABlockAreLeftOut() {
        List<double[]> padded = HAND.stream().map(returns -> {
            double[] longer = new double[returns.length + 3];
            longer[0] = 0.5;
            longer[1] = -0.5;
            longer[2] = 0.25;
            System.arraycopy(returns, 0, longer, 3, returns.length);
            return longer;
        }).toList();

        BacktestOverfitting result = BacktestOverfitting.of(padded, 4);

        assertThat(result.periods()).isEqualTo(4);
        assertThat(result.probability()).isCloseTo(4 / 6.0, within(1e-12));
    }

    @Test
    void theGridMustHaveTenTrialsAndTwentyPeriodsInEachOfEightBlocks() {
        assertThat(BacktestOverfitting.partitions(9, 10_000)).isEmpty();
        assertThat(BacktestOverfitting.partitions(10, 159)).isEmpty();
        assertThat(BacktestOverfitting.partitions(10, 160)).hasValue(8);
        assertThat(BacktestOverfitting.partitions(10, 219)).hasValue(10);
        assertThat(BacktestOverfitting.partitions(10, 320)).hasValue(16);
        assertThat(BacktestOverfitting.partitions(1_000, 2_520)).hasValue(16);
    }

    @Test
    void anOddNumberOfBlocksIsRefused() {
        assertThatThrownBy(() -> BacktestOverfitting.of(HAND, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("even");
    }

    @Test
    void trialsOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> BacktestOverfitting.of(List.of(new double[4], new double[5]), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same periods");
    }
}
