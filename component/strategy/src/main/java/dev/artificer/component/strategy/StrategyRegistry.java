package dev.artificer.component.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The strategies known by name, for the command line, the database and the optimizer. */
public final class StrategyRegistry {

    private final Map<String, StrategyDefinition> byName = new LinkedHashMap<>();

    /**
     * Creates the registry.
     *
     * @param definitions the strategies, in the order to list them
     * @throws IllegalArgumentException when two share a name
     */
    public StrategyRegistry(List<StrategyDefinition> definitions) {
        for (StrategyDefinition definition : definitions) {
            if (byName.putIfAbsent(definition.name(), definition) != null) {
                throw new IllegalArgumentException("two strategies are named " + definition.name());
            }
        }
    }

    /**
     * Every strategy, in registration order.
     *
     * @return the definitions
     */
    public List<StrategyDefinition> definitions() {
        return List.copyOf(byName.values());
    }

    /**
     * Every strategy's name, in registration order.
     *
     * @return the names
     */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * Finds a strategy.
     *
     * @param name e.g. {@code sma-cross}
     * @return its definition
     * @throws IllegalArgumentException listing the known names when there is none of that name
     */
    public StrategyDefinition find(String name) {
        StrategyDefinition definition = byName.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "': the strategies are: "
                    + String.join(", ", byName.keySet()));
        }
        return definition;
    }

    /**
     * Makes a fresh strategy.
     *
     * @param name       the strategy's name
     * @param parameters e.g. {@code fast=10 slow=30}; empty for the defaults
     * @return a new strategy
     * @throws IllegalArgumentException for an unknown strategy or a parameter not allowed
     */
    public Strategy create(String name, String parameters) {
        return find(name).create(parameters);
    }

    /**
     * Makes a fresh strategy from parameters given by name.
     *
     * @param name       the strategy's name
     * @param parameters values as text, by name
     * @return a new strategy
     * @throws IllegalArgumentException for an unknown strategy or a parameter not allowed
     */
    public Strategy create(String name, Map<String, String> parameters) {
        StrategyDefinition definition = find(name);
        return definition.create(definition.parse(parameters));
    }

    /**
     * Makes a fresh strategy from its identity, the text {@link Strategy#name()} gives.
     *
     * @param identity e.g. {@code sma-cross fast=10 slow=30 sizing=fixed quantity=100}
     * @return a new strategy
     * @throws IllegalArgumentException for an unknown strategy or a parameter not allowed
     */
    public Strategy fromIdentity(String identity) {
        String text = identity.strip();
        int blank = text.indexOf(' ');
        return blank < 0 ? create(text, "") : create(text.substring(0, blank), text.substring(blank + 1));
    }
}
