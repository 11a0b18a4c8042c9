package dev.artificer.component.indicators.catalog;

import dev.artificer.component.indicators.Indicator;
import java.util.Objects;

/**
 * An indicator with its parameters, as parsed from an expression such as {@code rsi(period=14)}.
 *
 * @param definition the catalogue entry
 * @param parameters its checked parameters
 */
public record ConfiguredIndicator(IndicatorDefinition definition, Parameters parameters) {

    /** Requires both parts. */
    public ConfiguredIndicator {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * The number of leading NaN outputs.
     *
     * @return the lookback
     */
    public int lookback() {
        return definition.lookback(parameters);
    }

    /**
     * Computes all outputs over a series.
     *
     * @param series the input columns
     * @return one array per output, aligned with the series
     */
    public double[][] compute(PriceSeries series) {
        return definition.compute(series, parameters);
    }

    /**
     * Creates the streaming form.
     *
     * @return a new indicator
     */
    public Indicator create() {
        return definition.create(parameters);
    }

    /** The canonical expression, e.g. {@code rsi(period=14)}. */
    @Override
    public String toString() {
        return definition.name() + "(" + parameters + ")";
    }
}
