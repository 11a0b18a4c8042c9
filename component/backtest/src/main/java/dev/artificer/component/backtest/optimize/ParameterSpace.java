package dev.artificer.component.backtest.optimize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The parameter combinations a search tries: every combination of the ranges (grid), or a random sample of them.
 *
 * @param ranges the ranges, one per parameter; parameters not named keep the strategy's defaults
 */
public record ParameterSpace(List<ParameterRange> ranges) {

    /** Copies the ranges and checks their names are distinct. */
    public ParameterSpace {
        ranges = List.copyOf(ranges);
        Set<String> names = new LinkedHashSet<>();
        for (ParameterRange range : ranges) {
            if (!names.add(range.name())) {
                throw new IllegalArgumentException("parameter '" + range.name() + "' has two ranges");
            }
        }
    }

    /**
     * The number of grid combinations.
     *
     * @return the product of the ranges' sizes
     */
    public long size() {
        long size = 1;
        for (ParameterRange range : ranges) {
            size = Math.multiplyExact(size, range.values().size());
        }
        return size;
    }

    /**
     * Every combination, the first parameter varying slowest.
     *
     * @return the combinations as name to value text
     */
    public List<Map<String, String>> grid() {
        List<Map<String, String>> combinations = new ArrayList<>();
        for (long index = 0; index < size(); index++) {
            combinations.add(combination(index));
        }
        return combinations;
    }

    /**
     * Distinct combinations drawn at random (all of them when the grid is not larger than the count).
     *
     * @param count how many
     * @param seed  the random seed, so a search can be repeated
     * @return the combinations
     */
    public List<Map<String, String>> random(int count, long seed) {
        long size = size();
        if (size <= count) {
            return grid();
        }
        Random random = new Random(seed);
        Set<Long> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(random.nextLong(size));
        }
        return chosen.stream().map(this::combination).toList();
    }

    private Map<String, String> combination(long index) {
        Map<String, String> values = new LinkedHashMap<>();
        long rest = index;
        for (int position = ranges.size() - 1; position >= 0; position--) {
            ParameterRange range = ranges.get(position);
            int count = range.values().size();
            values.put(range.name(), range.values().get((int) (rest % count)));
            rest /= count;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ranges.forEach(range -> ordered.put(range.name(), values.get(range.name())));
        return ordered;
    }
}
