package dev.artificer.component.backtest.optimize;

import static dev.artificer.component.backtest.optimize.SearchFixtures.smaCross;
import static dev.artificer.component.backtest.optimize.SearchFixtures.wave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSearchTest {

    private static final BacktestEngine ENGINE = new BacktestEngine(BacktestSettings.withoutCosts(100_000));
    private static final List<Bar> BARS = wave(300);
    private static final ParameterSpace SPACE =
            new ParameterSpace(List.of(ParameterRange.parse("fast=2..6"), ParameterRange.parse("slow=8..20:4")));

    private static SearchResult search(int threads, Ranking ranking) {
        return new ParameterSearch(ENGINE, SearchFixtures::metrics, threads)
                .run(smaCross(), SPACE.grid(), BARS, ranking, done -> { });
    }

    @Test
    void candidatesAreRankedBestFirstByTheChosenMetric() {
        SearchResult result = search(1, Ranking.by("total_return"));

        assertThat(result.ranked()).hasSize(20).extracting(Candidate::score).isSortedAccordingTo(Collections.reverseOrder());
        Candidate best = result.best();
        double replayed = ENGINE.run(smaCross().create(best.parameters()), BARS).totalReturn();
        assertThat(best.score()).isEqualTo(replayed);
    }

    @Test
    void drawdownIsRankedSmallestFirst() {
        SearchResult result = search(1, Ranking.by("max_drawdown"));

        assertThat(result.ranking().lowerIsBetter()).isTrue();
        assertThat(result.ranked()).extracting(Candidate::score).isSorted();
    }

    @Test
    void twoThreadsFindTheSameRankingAsOne() {
        assertThat(search(2, Ranking.by("total_return")).ranked())
                .isEqualTo(search(1, Ranking.by("total_return")).ranked());
    }

    @Test
    void combinationsTheStrategyRefusesAreSkippedWithTheirReason() {
        List<Map<String, String>> combinations = List.of(Map.of("fast", "5", "slow", "3"), Map.of("fast", "3", "slow", "9"));

        SearchResult result = new ParameterSearch(ENGINE, SearchFixtures::metrics, 2)
                .run(smaCross(), combinations, BARS, Ranking.by("total_return"), done -> { });

        assertThat(result.ranked()).singleElement().satisfies(candidate ->
                assertThat(candidate.parameters()).isEqualTo(Map.of("fast", "3", "slow", "9")));
        assertThat(result.skipped()).singleElement().asString().contains("slow must be greater than fast");
    }

    @Test
    void aStrategyThatThrowsFailsOnlyItsCombinationWithTheReason() {
        List<Map<String, String>> combinations = List.of(Map.of("fast", "3", "slow", "9"), Map.of("fast", "4", "slow", "9"));
        StrategyFactory throwingForFour = combination -> combination.get("fast").equals("4")
                ? throwing() : smaCross().create(combination);

        SearchResult result = new ParameterSearch(ENGINE, SearchFixtures::metrics, 2)
                .run(throwingForFour, combinations, BARS, Ranking.by("total_return"), done -> { });

        assertThat(result.ranked()).singleElement().satisfies(candidate ->
                assertThat(candidate.parameters()).isEqualTo(Map.of("fast", "3", "slow", "9")));
        assertThat(result.skipped()).singleElement().asString()
                .contains("fast=4").contains(": failed: java.lang.IllegalStateException: broken on purpose");
    }

    @Test
    void progressCountsEveryCombination() {
        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());

        new ParameterSearch(ENGINE, SearchFixtures::metrics, 2).run(smaCross(), SPACE.grid(), BARS,
                Ranking.by("total_return"), progress::add);

        assertThat(progress).hasSize(20).contains(20);
    }

    @Test
    void unknownMetricIsRefusedListingTheMetrics() {
        assertThatThrownBy(() -> search(1, Ranking.by("sharp")))
                .hasMessage("unknown metric 'sharp': the metrics are [total_return, max_drawdown]");
    }

    @Test
    void aSearchKeepsNoDailyReturnsUnlessAsked() {
        assertThat(search(1, Ranking.by("total_return")).ranked()).noneMatch(Candidate::hasDailyReturns);
    }

    @Test
    void aSearchWithDailyReturnsKeepsEachRunsReturnsPerDate() {
        SearchResult result = new ParameterSearch(ENGINE, SearchFixtures::metrics, 2).withDailyReturns()
                .run(smaCross(), SPACE.grid(), BARS, Ranking.by("total_return"), done -> { });

        for (Candidate candidate : result.ranked()) {
            var run = ENGINE.run(smaCross().create(candidate.parameters()), BARS);
            double[] returns = candidate.dailyReturns();
            assertThat(returns).hasSize(BARS.size());
            double compounded = 1;
            for (double value : returns) {
                compounded *= 1 + value;
            }
            assertThat(compounded - 1).isCloseTo(run.totalReturn(), org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    private static Strategy throwing() {
        return new Strategy() {
            @Override
            public String name() {
                return "throwing";
            }

            @Override
            public void onBar(Bar bar, StrategyContext context) {
                throw new IllegalStateException("broken on purpose");
            }
        };
    }
}
