package dev.artificer.component.strategy;

import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The typed, checked parameter values of one strategy, every declared parameter present (the default where none was
 * given). The canonical text form, {@code fast=10 slow=30 ...} in declaration order, identifies a configuration.
 */
public final class StrategyParameters {

    private final List<ParameterSpec> specs;
    private final Map<String, Object> values;

    private StrategyParameters(List<ParameterSpec> specs, Map<String, Object> values) {
        this.specs = specs;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Parses {@code name=value} pairs separated by blanks.
     *
     * @param specs the declared parameters
     * @param text  e.g. {@code fast=10 slow=30}; empty for all defaults
     * @return the parameters
     * @throws IllegalArgumentException on a malformed pair, an unknown or repeated name, or a value not allowed
     */
    public static StrategyParameters parse(List<ParameterSpec> specs, String text) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String pair : pairs(text)) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("expected name=value, got '" + pair + "'");
            }
            if (given.put(pair.substring(0, equals), pair.substring(equals + 1)) != null) {
                throw new IllegalArgumentException(pair.substring(0, equals) + " is given more than once");
            }
        }
        return of(specs, given);
    }

    /** Splits at blanks outside double quotes and drops the quotes: {@code a=1 b="x y"} is {@code a=1}, {@code b=x y}. */
    private static List<String> pairs(String text) {
        List<String> pairs = new ArrayList<>();
        StringBuilder pair = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (!pair.isEmpty()) {
                    pairs.add(pair.toString());
                    pair.setLength(0);
                }
            } else {
                pair.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a double quote is not closed in '" + text.strip() + "'");
        }
        if (!pair.isEmpty()) {
            pairs.add(pair.toString());
        }
        return pairs;
    }

    /**
     * Checks values given by name.
     *
     * @param specs the declared parameters
     * @param given values as text, by name; missing ones take their default
     * @return the parameters
     * @throws IllegalArgumentException on an unknown name or a value not allowed
     */
    public static StrategyParameters of(List<ParameterSpec> specs, Map<String, String> given) {
        List<ParameterSpec> declared = List.copyOf(specs);
        for (String name : given.keySet()) {
            if (declared.stream().noneMatch(spec -> spec.name().equals(name))) {
                throw new IllegalArgumentException("unknown parameter '" + name + "'; the parameters are: "
                        + declared.stream().map(ParameterSpec::name).collect(Collectors.joining(", ")));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : declared) {
            values.put(spec.name(), spec.parse(given.getOrDefault(spec.name(), spec.defaultValue())));
        }
        return new StrategyParameters(declared, values);
    }

    /**
     * The same parameters with one value changed.
     *
     * @param name  a declared parameter
     * @param value its new value as text
     * @return the parameters
     * @throws IllegalArgumentException on an unknown name or a value not allowed
     */
    public StrategyParameters with(String name, String value) {
        Map<String, String> given = new LinkedHashMap<>(asMap());
        given.put(name, value);
        return of(specs, given);
    }

    /**
     * The declared parameters, in declaration order.
     *
     * @return the specs
     */
    public List<ParameterSpec> specs() {
        return specs;
    }

    /**
     * An integer parameter's value.
     *
     * @param name the parameter
     * @return its value
     * @throws IllegalArgumentException when there is no such integer parameter
     */
    public int integer(String name) {
        return (Integer) value(name, ParameterSpec.Type.INTEGER);
    }

    /**
     * A decimal parameter's value.
     *
     * @param name the parameter
     * @return its value
     * @throws IllegalArgumentException when there is no such decimal parameter
     */
    public double decimal(String name) {
        return (Double) value(name, ParameterSpec.Type.DECIMAL);
    }

    /**
     * An integer or decimal parameter's value as a double.
     *
     * @param name the parameter
     * @return its value
     * @throws IllegalArgumentException when there is no such number parameter
     */
    public double number(String name) {
        Object value = values.get(name);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("no number parameter '" + name + "'");
        }
        return number.doubleValue();
    }

    /**
     * A choice parameter's value.
     *
     * @param name the parameter
     * @return the choice, spelt as declared
     * @throws IllegalArgumentException when there is no such choice parameter
     */
    public String choice(String name) {
        return (String) value(name, ParameterSpec.Type.CHOICE);
    }

    /**
     * A text parameter's value.
     *
     * @param name a declared text parameter
     * @return its value
     * @throws IllegalArgumentException when there is no such text parameter
     */
    public String text(String name) {
        return (String) value(name, ParameterSpec.Type.TEXT);
    }

    /**
     * Whether a {@code false|true} choice parameter is {@code true}.
     *
     * @param name the parameter
     * @return true when its value is {@code true}
     * @throws IllegalArgumentException when there is no such choice parameter
     */
    public boolean flag(String name) {
        return "true".equals(choice(name));
    }

    private Object value(String name, ParameterSpec.Type type) {
        ParameterSpec spec = specs.stream().filter(candidate -> candidate.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter '" + name + "'"));
        if (spec.type() != type) {
            throw new IllegalArgumentException(name + " is not a " + type.name().toLowerCase(Locale.ROOT) + " parameter");
        }
        return values.get(name);
    }

    /**
     * Every value in canonical text form, in declaration order.
     *
     * @return values by name
     */
    public Map<String, String> asMap() {
        Map<String, String> text = new LinkedHashMap<>();
        specs.forEach(spec -> text.put(spec.name(), spec.format(values.get(spec.name()))));
        return text;
    }

    /**
     * The canonical text form.
     *
     * @return {@code name=value} pairs in declaration order, separated by one blank; a value holding a blank (or
     *         empty) is in double quotes, so that {@link #parse} reads it back
     */
    @Override
    public String toString() {
        return asMap().entrySet().stream().map(entry -> entry.getKey() + "=" + quotedIfBlank(entry.getValue()))
                .collect(Collectors.joining(" "));
    }

    private static String quotedIfBlank(String value) {
        return value.isEmpty() || value.chars().anyMatch(Character::isWhitespace) ? "\"" + value + "\"" : value;
    }

    /** Equal when the specs and the values are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StrategyParameters parameters && specs.equals(parameters.specs)
                && values.equals(parameters.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
