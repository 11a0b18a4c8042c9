package dev.artificer.component.backtest.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridEdgeTest {

    /** fast 5, 10, 15 times slow 20, 40, with a choice that is not a number. */
    private static List<Map<String, String>> grid() {
        List<Map<String, String>> grid = new ArrayList<>();
        for (String fast : List.of("5", "10", "15")) {
            for (String slow : List.of("20", "40")) {
                grid.add(Map.of("fast", fast, "slow", slow, "sizing", "fixed"));
            }
        }
        return grid;
    }

    @Test
    void aWinnerInsideTheGridHasNoWarningForThatParameter() {
        assertThat(GridEdge.warnings(grid(), Map.of("fast", "10", "slow", "20", "sizing", "fixed")))
                .containsExactly("slow=20 is the smallest value searched (20 to 40)");
    }

    @Test
    void eachParameterAtAnEdgeIsNamed() {
        assertThat(GridEdge.warnings(grid(), Map.of("fast", "15", "slow", "40", "sizing", "fixed")))
                .containsExactlyInAnyOrder("fast=15 is the largest value searched (5 to 15)",
                        "slow=40 is the largest value searched (20 to 40)");
    }

    @Test
    void aParameterSearchedOverOneValueIsNoEdge() {
        List<Map<String, String>> single = List.of(Map.of("fast", "10"));

        assertThat(GridEdge.warnings(single, Map.of("fast", "10"))).isEmpty();
    }
}
