package dev.artificer.component.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.backtest.Trade.Direction;
import dev.artificer.component.backtest.optimize.ParameterSearch;
import dev.artificer.component.backtest.optimize.Ranking;
import dev.artificer.component.backtest.optimize.WalkForward;
import dev.artificer.component.backtest.optimize.WalkForwardResult;
import dev.artificer.component.backtest.optimize.WalkForwardSettings;
import dev.artificer.component.backtest.optimize.WalkForwardWindow;
import dev.artificer.component.market.Bar;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the stitched walk-forward run over seeded random strategies and markets: it is one account, so its
 * books balance at every point against the independent {@link Bookkeeping} ledger (which fails when a window's fills
 * do not follow from the previous window's position), a long-only run has no short trades, its exposure is the
 * counted one, and its return is the product of the windows' returns.
 */
class WalkForwardInvariantsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    static LongStream longOnlySeeds() {
        return seeds().filter(seed -> !AccountInvariantsTest.settings(seed).allowShort());
    }

    private static List<Bar> bars(long seed) {
        return RandomMarket.bars(seed, 160 + (int) (seed % 5) * 30);
    }

    private static WalkForwardResult walk(long seed) {
        BacktestSettings settings = AccountInvariantsTest.settings(seed);
        BacktestEngine engine = new BacktestEngine(settings);
        ParameterSearch search = new ParameterSearch(engine, result -> PerformanceMetrics.of(result).asMap(), 1);
        List<Map<String, String>> combinations = List.of(Map.of("seed", "1"), Map.of("seed", "2"), Map.of("seed", "3"));
        return new WalkForward(search, engine).run(
                parameters -> new RandomTrader(seed * 100 + Long.parseLong(parameters.get("seed")), settings.allowShort()),
                combinations, bars(seed), Ranking.by("total_return"),
                new WalkForwardSettings(30 + (int) (seed % 3) * 10, 15 + (int) (seed % 4) * 10), done -> { });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void stitchedRunBalancesLikeOneAccount(long seed) {
        WalkForwardResult result = walk(seed);

        Bookkeeping.assertBalances(result.stitched(), bars(seed), "seed " + seed);
        assertThat(PerformanceMetrics.of(result.stitched()).exposure()).as("seed %d", seed)
                .isEqualTo(Bookkeeping.countedExposure(result.stitched()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("longOnlySeeds")
    void longOnlyWalkForwardHasNoShortTrades(long seed) {
        assertThat(Trades.of(walk(seed).stitched())).as("seed %d", seed)
                .extracting(Trade::direction).doesNotContain(Direction.SHORT);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void stitchedReturnIsTheProductOfTheWindowsReturns(long seed) {
        WalkForwardResult result = walk(seed);

        double product = 1;
        for (WalkForwardWindow window : result.windows()) {
            product *= 1 + window.outOfSampleReturn();
        }
        assertThat(result.stitched().totalReturn()).as("seed %d", seed).isCloseTo(product - 1, within(1e-9));
    }
}
