package dev.artificer.component.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of a backtest over seeded random strategies, markets and account settings, checked against the
 * independent {@link Bookkeeping} ledger: the account's books must balance at every point, and the exposure must be
 * the counted share of points with a position.
 */
class AccountInvariantsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    /** Random costs, fill rule, shorts and margin for a seed. */
    static BacktestSettings settings(long seed) {
        Random random = new Random(seed * 31);
        BacktestSettings settings = BacktestSettings.withoutCosts(10_000 + random.nextInt(200_000));
        if (random.nextBoolean()) {
            settings = settings.withCosts(CommissionModel.perShare(0.005, 1), SlippageModel.basisPoints(5));
        }
        if (random.nextBoolean()) {
            settings = settings.fillingAtClose();
        }
        return random.nextBoolean() ? settings.withShortsAndMargin(1 + random.nextInt(3)) : settings;
    }

    private static List<Bar> bars(long seed) {
        return RandomMarket.bars(seed, 150 + (int) (seed % 7) * 40);
    }

    private static BacktestResult run(long seed) {
        BacktestSettings settings = settings(seed);
        return new BacktestEngine(settings).run(new RandomTrader(seed, settings.allowShort()), bars(seed));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equityIsInitialCashPlusRealisedPlusUnrealisedMinusFeesAtEveryPoint(long seed) {
        Bookkeeping.assertBalances(run(seed), bars(seed), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exposureIsTheCountedShareOfPointsHoldingAPosition(long seed) {
        BacktestResult result = run(seed);

        assertThat(PerformanceMetrics.of(result).exposure()).as("seed %d", seed)
                .isEqualTo(Bookkeeping.countedExposure(result));
    }
}
