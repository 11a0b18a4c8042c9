package dev.artificer.component.backtest.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the metric behaves around a search's winner in its grid: a winner whose neighbours score about as well sits on
 * a plateau and is more likely to hold up than a lone peak. The neighbours are the candidates whose every parameter
 * lies at most one grid step (in the order of the values searched: numeric when all are numbers) from the winner's;
 * a slice is the candidates that differ from the winner in one parameter only, in that parameter's order.
 *
 * @param winner     the best candidate
 * @param neighbours the candidates one step or less from it in every parameter, the winner left out, best first
 * @param slices     per parameter searched over several values, the candidates differing from the winner only there,
 *                   in the order of the values (the winner among them)
 */
public record WinnerStability(Candidate winner, List<Candidate> neighbours, Map<String, List<Candidate>> slices) {

    /** Copies the collections. */
    public WinnerStability {
        neighbours = List.copyOf(neighbours);
        Map<String, List<Candidate>> copied = new LinkedHashMap<>();
        slices.forEach((name, slice) -> copied.put(name, List.copyOf(slice)));
        slices = java.util.Collections.unmodifiableMap(copied);
    }

    /**
     * The winner's neighbourhood.
     *
     * @param search       the search
     * @param combinations the combinations it tried, which give each parameter's values in grid order
     * @return the neighbours and slices of its best candidate
     */
    public static WinnerStability of(SearchResult search, List<Map<String, String>> combinations) {
        Candidate winner = search.best();
        Map<String, List<String>> values = gridOrder(combinations);
        List<Candidate> neighbours = new ArrayList<>();
        Map<String, List<Candidate>> slices = new LinkedHashMap<>();
        values.forEach((name, order) -> {
            if (order.size() > 1) {
                slices.put(name, new ArrayList<>());
            }
        });
        for (Candidate candidate : search.ranked()) {
            if (candidate != winner && near(candidate, winner, values)) {
                neighbours.add(candidate);
            }
            List<String> differing = values.keySet().stream().filter(name -> !Objects.equals(
                    candidate.parameters().get(name), winner.parameters().get(name))).toList();
            if (differing.isEmpty()) {
                slices.values().forEach(slice -> slice.add(candidate));
            } else if (differing.size() == 1 && slices.containsKey(differing.getFirst())) {
                slices.get(differing.getFirst()).add(candidate);
            }
        }
        slices.forEach((name, slice) -> slice.sort(Comparator.comparingInt(candidate ->
                values.get(name).indexOf(candidate.parameters().get(name)))));
        return new WinnerStability(winner, neighbours, slices);
    }

    /**
     * The mean score of the neighbours.
     *
     * @return NaN without neighbours (or when one's score is NaN)
     */
    public double neighbourMean() {
        return neighbours.stream().mapToDouble(Candidate::score).average().orElse(Double.NaN);
    }

    /**
     * The score of the neighbour that ranks last.
     *
     * @return NaN without neighbours
     */
    public double worstNeighbour() {
        return neighbours.isEmpty() ? Double.NaN : neighbours.getLast().score();
    }

    private static boolean near(Candidate candidate, Candidate winner, Map<String, List<String>> values) {
        for (Map.Entry<String, List<String>> parameter : values.entrySet()) {
            int at = parameter.getValue().indexOf(candidate.parameters().get(parameter.getKey()));
            int best = parameter.getValue().indexOf(winner.parameters().get(parameter.getKey()));
            if (Math.abs(at - best) > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each parameter's values in grid order.
     *
     * @param combinations the combinations searched
     * @return per parameter its distinct values, numerically ordered when they are all numbers, else as first seen
     */
    public static Map<String, List<String>> gridOrder(List<Map<String, String>> combinations) {
        Map<String, LinkedHashSet<String>> seen = new LinkedHashMap<>();
        combinations.forEach(combination -> combination.forEach((name, value) ->
                seen.computeIfAbsent(name, key -> new LinkedHashSet<>()).add(value)));
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        seen.forEach((name, distinct) -> {
            List<String> list = new ArrayList<>(distinct);
            if (list.stream().allMatch(WinnerStability::numeric)) {
                list.sort(Comparator.comparingDouble(Double::parseDouble));
            }
            ordered.put(name, list);
        });
        return ordered;
    }

    /**
     * Whether a parameter's value is a number, so that its values sort as numbers.
     *
     * @param text the value
     * @return true when it parses as a double
     */
    public static boolean numeric(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException notNumeric) {
            return false;
        }
    }
}
