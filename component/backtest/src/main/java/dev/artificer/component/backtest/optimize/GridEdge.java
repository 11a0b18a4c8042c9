package dev.artificer.component.backtest.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where a search's winner sits in its grid: a numeric parameter that was searched over several values and whose
 * winning value is the smallest or the largest of them suggests the best lies outside the grid.
 */
public final class GridEdge {

    private GridEdge() {
    }

    /**
     * The winner's parameters at an edge of the searched values.
     *
     * @param combinations the combinations searched
     * @param winner       the winning combination
     * @return one line per parameter at an edge, e.g. "fast=5 is the smallest value searched (5 to 15)"
     */
    public static List<String> warnings(List<Map<String, String>> combinations, Map<String, String> winner) {
        List<String> warnings = new ArrayList<>();
        winner.forEach((name, value) -> {
            TreeSet<Double> searched = new TreeSet<>();
            for (Map<String, String> combination : combinations) {
                Double number = number(combination.get(name));
                if (number == null) {
                    return;
                }
                searched.add(number);
            }
            Double chosen = number(value);
            if (searched.size() < 2 || chosen == null) {
                return;
            }
            String range = " (" + text(searched.first()) + " to " + text(searched.last()) + ")";
            if (chosen.equals(searched.first())) {
                warnings.add(name + "=" + value + " is the smallest value searched" + range);
            } else if (chosen.equals(searched.last())) {
                warnings.add(name + "=" + value + " is the largest value searched" + range);
            }
        });
        return warnings;
    }

    private static Double number(String text) {
        try {
            return text == null ? null : Double.valueOf(text);
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }

    private static String text(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
