package dev.artificer.component.backtest.optimize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values one strategy parameter takes in a search, written {@code name=5..20:5} (from, to, step; the step is 1 when
 * left out) or {@code name=5,8,13} (a list).
 *
 * @param name   the parameter's name
 * @param values the values, as the strategy's parameter text expects them
 */
public record ParameterRange(String name, List<String> values) {

    private static final int MAX_VALUES = 10_000;

    /** Copies the values and checks there is at least one. */
    public ParameterRange {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter range '" + name + "' has no values");
        }
    }

    /**
     * Parses a range.
     *
     * @param text e.g. {@code fast=5..20:5}, {@code slow=30,40,50} or {@code sizing=fixed}
     * @return the range
     * @throws IllegalArgumentException naming the text when it is not a range
     */
    public static ParameterRange parse(String text) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a parameter range: write name=FROM..TO[:STEP] or name=A,B,C");
        }
        String name = text.substring(0, equals).trim();
        String spec = text.substring(equals + 1).trim();
        if (spec.contains("..")) {
            return new ParameterRange(name, steps(text, spec));
        }
        return new ParameterRange(name, Arrays.stream(spec.split(",")).map(String::trim).filter(value -> !value.isEmpty()).toList());
    }

    private static List<String> steps(String text, String spec) {
        String[] fromRest = spec.split("\\.\\.", 2);
        String[] toStep = fromRest[1].split(":", 2);
        BigDecimal from = number(text, fromRest[0]);
        BigDecimal to = number(text, toStep[0]);
        BigDecimal step = toStep.length == 2 ? number(text, toStep[1]) : BigDecimal.ONE;
        if (step.signum() <= 0 || to.compareTo(from) < 0) {
            throw new IllegalArgumentException("'" + text + "': the range must run upwards with a positive step");
        }
        List<String> values = new ArrayList<>();
        for (BigDecimal value = from; value.compareTo(to) <= 0; value = value.add(step)) {
            if (values.size() == MAX_VALUES) {
                throw new IllegalArgumentException("'" + text + "' has more than " + MAX_VALUES + " values");
            }
            values.add(value.stripTrailingZeros().toPlainString());
        }
        return values;
    }

    private static BigDecimal number(String text, String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("'" + text + "': '" + value.trim() + "' is not a number");
        }
    }
}
