package dev.artificer.component.indicators.catalog;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checked parameter values of one configured indicator, in canonical form and declaration order.
 * Created by {@link IndicatorDefinition#parameters(Map)}; immutable.
 */
public final class Parameters {

    private final Map<String, String> values;

    Parameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * An integer parameter.
     *
     * @param name the parameter's name
     * @return its value
     */
    public int integer(String name) {
        return Integer.parseInt(raw(name));
    }

    /**
     * A real parameter.
     *
     * @param name the parameter's name
     * @return its value
     */
    public double real(String name) {
        return Double.parseDouble(raw(name));
    }

    /**
     * A choice parameter as an enum constant of the same name.
     *
     * @param name the parameter's name
     * @param type the enum whose constants are the choices
     * @param <E>  the enum type
     * @return the chosen constant
     */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        return Enum.valueOf(type, raw(name));
    }

    /**
     * A time-zone parameter.
     *
     * @param name the parameter's name
     * @return the zone
     */
    public ZoneId zone(String name) {
        return ZoneId.of(raw(name));
    }

    /**
     * All values by name, in declaration order.
     *
     * @return an unmodifiable map of canonical values
     */
    public Map<String, String> asMap() {
        return values;
    }

    private String raw(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; parameters: " + values.keySet());
        }
        return value;
    }

    /** Equal when the same names have the same canonical values. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Parameters that && values.equals(that.values);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** The values as in an expression, e.g. {@code fast=12, slow=26, signal=9}. */
    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
