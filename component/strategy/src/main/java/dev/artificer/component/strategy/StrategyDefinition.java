package dev.artificer.component.strategy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A registered strategy: its name, its typed parameters with the rules between them, and a factory making a fresh
 * strategy for each set of parameters (strategies keep per-symbol state, so each run needs its own).
 *
 * @param name        the name the command line, the database and the optimizer use, e.g. {@code sma-cross}
 * @param description one sentence for help texts
 * @param parameters  the parameters in declaration order (the order of the canonical text form)
 * @param rules       rules between parameters
 * @param factory     makes a new strategy from checked parameters
 */
public record StrategyDefinition(String name, String description, List<ParameterSpec> parameters,
                                 List<ParameterRule> rules, Function<StrategyParameters, Strategy> factory) {

    /**
     * Validates the definition.
     *
     * @throws IllegalArgumentException when two parameters share a name or the defaults break a rule
     */
    public StrategyDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(factory, "factory");
        parameters = List.copyOf(parameters);
        rules = List.copyOf(rules);
        Set<String> names = new HashSet<>();
        parameters.forEach(spec -> {
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException(name + " declares parameter " + spec.name() + " twice");
            }
        });
        StrategyParameters defaults = StrategyParameters.of(parameters, Map.of());
        rules.forEach(rule -> rule.check(defaults));
    }

    /**
     * Parses and checks parameters given as text.
     *
     * @param text e.g. {@code fast=10 slow=30}; empty for all defaults
     * @return the parameters, defaults filled in
     * @throws IllegalArgumentException one line starting with the strategy's name, naming the parameter and what it
     *                                  accepts
     */
    public StrategyParameters parse(String text) {
        try {
            return checked(StrategyParameters.parse(parameters, text));
        } catch (IllegalArgumentException invalid) {
            throw named(invalid);
        }
    }

    /**
     * Checks parameters given by name.
     *
     * @param given values as text, by name
     * @return the parameters, defaults filled in
     * @throws IllegalArgumentException one line starting with the strategy's name, naming the parameter and what it
     *                                  accepts
     */
    public StrategyParameters parse(Map<String, String> given) {
        try {
            return checked(StrategyParameters.of(parameters, given));
        } catch (IllegalArgumentException invalid) {
            throw named(invalid);
        }
    }

    /**
     * Every parameter at its default.
     *
     * @return the parameters
     */
    public StrategyParameters defaults() {
        return parse(Map.of());
    }

    /**
     * Makes a fresh strategy.
     *
     * @param values parameters of this definition (from {@link #parse(String)} or {@link #defaults()})
     * @return a new strategy whose {@link Strategy#name()} is this name and the canonical parameters
     * @throws IllegalArgumentException when the parameters are another definition's or break a rule
     */
    public Strategy create(StrategyParameters values) {
        if (!values.specs().equals(parameters)) {
            throw new IllegalArgumentException(name + ": the parameters are not this strategy's (" + values + ")");
        }
        try {
            return factory.apply(checked(values));
        } catch (IllegalArgumentException invalid) {
            throw named(invalid);
        }
    }

    /**
     * Parses the parameters and makes a fresh strategy.
     *
     * @param text e.g. {@code fast=10 slow=30}
     * @return a new strategy
     * @throws IllegalArgumentException when a parameter is not allowed
     */
    public Strategy create(String text) {
        return create(parse(text));
    }

    /**
     * The identity of a configuration: the name and the canonical parameters.
     *
     * @param values parameters of this definition
     * @return e.g. {@code sma-cross fast=10 slow=30 sizing=fixed ...}
     */
    public String identity(StrategyParameters values) {
        return name + " " + values;
    }

    private StrategyParameters checked(StrategyParameters values) {
        rules.forEach(rule -> rule.check(values));
        return values;
    }

    private IllegalArgumentException named(IllegalArgumentException invalid) {
        return invalid.getMessage().startsWith(name + ": ") ? invalid
                : new IllegalArgumentException(name + ": " + invalid.getMessage(), invalid);
    }
}
