package dev.artificer.component.backtest.optimize;

import static dev.artificer.component.backtest.optimize.SearchFixtures.wave;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.backtest.CommissionModel;
import dev.artificer.component.backtest.SlippageModel;
import dev.artificer.component.market.BarColumns;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchJobTest {

    @TempDir
    Path folder;

    private static SearchJob job() {
        BacktestSettings settings = BacktestSettings.withoutCosts(10_000)
                .withCosts(CommissionModel.perShare(0.005, 1), SlippageModel.basisPoints(5));
        return new SearchJob("sma-cross", "", "", Map.of("sizing", "percent"), settings, 0.02, Ranking.by("sharpe"),
                List.of(Map.of("fast", "5", "slow", "20")), 0, 0, BarColumns.of(wave(30)));
    }

    @Test
    void aJobReadBackHasTheSameBarsCombinationsAndCosts() {
        Path file = folder.resolve("job.bin");
        job().write(file);

        SearchJob read = SearchJob.read(file);

        assertThat(read.bars().bars()).isEqualTo(wave(30));
        assertThat(read.combinations()).isEqualTo(List.of(Map.of("fast", "5", "slow", "20")));
        assertThat(read.settings().commission().commission(100, 50)).isEqualTo(1.0);
        assertThat(read.settings().commission().commission(1000, 50)).isEqualTo(5.0);
        assertThat(read.ranking()).isEqualTo(Ranking.by("sharpe"));
        assertThat(read.walkForward()).isEmpty();
    }

    @Test
    void resultsReadBackEqual() {
        Path file = folder.resolve("results.bin");
        SearchResult result = new SearchResult(Ranking.by("sharpe"), List.of(new Candidate(Map.of("fast", "5"),
                "sma-cross fast=5", Map.of("sharpe", 0.1 + 0.2), 0.1 + 0.2)), List.of("{fast=9}: no"));

        SearchJob.writeResults(List.of(result), file);

        assertThat(SearchJob.readResults(file)).containsExactly(result);
    }
}
