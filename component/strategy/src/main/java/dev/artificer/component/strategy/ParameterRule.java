package dev.artificer.component.strategy;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A rule tying several parameters of a strategy together, such as {@code slow} greater than {@code fast}.
 *
 * @param requirement what must hold, in words, e.g. {@code slow must be greater than fast}
 * @param names       the parameters involved, shown with their values when the rule is broken
 * @param holds       the test
 */
public record ParameterRule(String requirement, List<String> names, Predicate<StrategyParameters> holds) {

    /** Copies the names. */
    public ParameterRule {
        names = List.copyOf(names);
    }

    /**
     * One number parameter must be greater than another.
     *
     * @param larger  the parameter that must be greater
     * @param smaller the other one
     * @return the rule
     */
    public static ParameterRule greaterThan(String larger, String smaller) {
        return new ParameterRule(larger + " must be greater than " + smaller, List.of(smaller, larger),
                parameters -> parameters.number(larger) > parameters.number(smaller));
    }

    /**
     * Checks the rule.
     *
     * @param parameters the values
     * @throws IllegalArgumentException with the requirement and the values involved when it does not hold
     */
    public void check(StrategyParameters parameters) {
        if (!holds.test(parameters)) {
            throw new IllegalArgumentException(requirement + " (got " + names.stream()
                    .map(name -> name + "=" + parameters.asMap().get(name)).collect(Collectors.joining(" ")) + ")");
        }
    }
}
