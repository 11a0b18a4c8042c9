package dev.artificer.component.backtest.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WinnerStabilityTest {

    // fast = 1..3 x slow = 10, 20, 30, score = fast x 10 + slow / 10 except where given: a 3 x 3 grid
    private static final List<Map<String, String>> GRID =
            new ParameterSpace(List.of(ParameterRange.parse("fast=1..3"), ParameterRange.parse("slow=10,20,30"))).grid();

    private static SearchResult search(Map<String, String> winner) {
        List<Candidate> candidates = new ArrayList<>();
        for (Map<String, String> combination : GRID) {
            double score = combination.equals(winner) ? 100 : Integer.parseInt(combination.get("fast")) * 10
                    + Integer.parseInt(combination.get("slow")) / 10.0;
            candidates.add(new Candidate(combination, "s " + combination, Map.of("sharpe", score), score));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return new SearchResult(Ranking.by("sharpe"), candidates, List.of());
    }

    @Test
    void aWinnerInsideTheGridHasItsEightNeighbours() {
        WinnerStability stability = WinnerStability.of(search(Map.of("fast", "2", "slow", "20")), GRID);

        assertThat(stability.neighbours()).hasSize(8);
        // the others score 11, 12, 13, 21, 23, 31, 32, 33: mean 22, worst 11
        assertThat(stability.neighbourMean()).isEqualTo(22);
        assertThat(stability.worstNeighbour()).isEqualTo(11);
    }

    @Test
    void aWinnerInACornerHasThreeNeighbours() {
        WinnerStability stability = WinnerStability.of(search(Map.of("fast", "1", "slow", "10")), GRID);

        assertThat(stability.neighbours()).extracting(candidate -> candidate.parameters().get("fast") + "/"
                + candidate.parameters().get("slow")).containsExactly("2/20", "2/10", "1/20");
    }

    @Test
    void aSliceHoldsTheWinnerAndTheCandidatesDifferingOnlyInOneParameterInGridOrder() {
        WinnerStability stability = WinnerStability.of(search(Map.of("fast", "2", "slow", "20")), GRID);

        assertThat(stability.slices()).containsOnlyKeys("fast", "slow");
        assertThat(stability.slices().get("fast")).extracting(Candidate::score).containsExactly(12.0, 100.0, 32.0);
        assertThat(stability.slices().get("slow")).extracting(Candidate::score).containsExactly(21.0, 100.0, 23.0);
    }

    @Test
    void numericValuesAreOrderedAsNumbers() {
        List<Map<String, String>> combinations = List.of(Map.of("p", "10"), Map.of("p", "9"), Map.of("p", "100"));

        assertThat(WinnerStability.gridOrder(combinations).get("p")).containsExactly("9", "10", "100");
    }
}
