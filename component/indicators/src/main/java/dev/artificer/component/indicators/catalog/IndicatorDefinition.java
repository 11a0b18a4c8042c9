package dev.artificer.component.indicators.catalog;

import dev.artificer.component.indicators.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One indicator of the catalogue: its metadata (inputs, outputs, parameters) and how to compute it.
 *
 * <p>Outputs are listed in the order of {@link #compute(PriceSeries, Parameters)}'s arrays and of the
 * streaming form's {@link Indicator#value(int)}.
 */
public final class IndicatorDefinition {

    private final String name;
    private final String title;
    private final Group group;
    private final boolean taLibFunction;
    private final List<Input> inputs;
    private final List<String> outputs;
    private final List<Parameter> parameters;
    private final ToIntFunction<Parameters> lookback;
    private final BiFunction<PriceSeries, Parameters, double[][]> batch;
    private final Function<Parameters, Indicator> streaming;

    private IndicatorDefinition(Builder builder) {
        this.name = Objects.requireNonNull(builder.name, "name");
        this.title = Objects.requireNonNull(builder.title, "title");
        this.group = Objects.requireNonNull(builder.group, "group");
        this.taLibFunction = builder.taLibFunction;
        this.inputs = List.copyOf(builder.inputs);
        this.outputs = List.copyOf(builder.outputs);
        this.parameters = List.copyOf(builder.parameters);
        this.lookback = Objects.requireNonNull(builder.lookback, "lookback");
        this.batch = Objects.requireNonNull(builder.batch, "batch");
        this.streaming = Objects.requireNonNull(builder.streaming, "streaming");
    }

    /**
     * Starts a definition.
     *
     * @param name  the catalogue name, lower case, e.g. {@code rsi}
     * @param title a short human title, e.g. {@code Relative strength index}
     * @return a builder
     */
    public static Builder builder(String name, String title) {
        return new Builder(name, title);
    }

    /**
     * The catalogue name.
     *
     * @return e.g. {@code rsi}
     */
    public String name() {
        return name;
    }

    /**
     * A short human title.
     *
     * @return e.g. {@code Relative strength index}
     */
    public String title() {
        return title;
    }

    /**
     * The indicator's family.
     *
     * @return the group
     */
    public Group group() {
        return group;
    }

    /**
     * Whether TA-Lib has this function (and this library matches it), as opposed to an extension.
     *
     * @return true for TA-Lib functions
     */
    public boolean taLibFunction() {
        return taLibFunction;
    }

    /**
     * The input columns read.
     *
     * @return the inputs, in a fixed order
     */
    public List<Input> inputs() {
        return inputs;
    }

    /**
     * The output names, in output order.
     *
     * @return e.g. {@code [macd, signal, histogram]}
     */
    public List<String> outputs() {
        return outputs;
    }

    /**
     * The parameters, in positional order.
     *
     * @return the parameter specifications
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * The parameters with all defaults.
     *
     * @return the default parameters
     */
    public Parameters defaults() {
        return parameters(Map.of());
    }

    /**
     * Checks named values and completes them with defaults.
     *
     * @param given values by parameter name (canonical or raw text); missing ones take their default
     * @return the checked parameters
     * @throws IllegalArgumentException for an unknown name or a value out of range
     */
    public Parameters parameters(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : given.keySet()) {
            if (parameter(key) == null) {
                throw new IllegalArgumentException(name + " has no parameter '" + key + "'; parameters: "
                        + parameters.stream().map(Parameter::name).toList());
            }
        }
        for (Parameter parameter : parameters) {
            String raw = given.get(parameter.name());
            values.put(parameter.name(), raw == null ? parameter.defaultValue() : parameter.accept(raw));
        }
        return new Parameters(values);
    }

    private Parameter parameter(String key) {
        return parameters.stream().filter(p -> p.name().equals(key)).findFirst().orElse(null);
    }

    /**
     * The number of leading NaN outputs for these parameters.
     *
     * @param parameters checked parameters of this indicator
     * @return the lookback
     */
    public int lookback(Parameters parameters) {
        return lookback.applyAsInt(parameters);
    }

    /**
     * Computes the indicator over a whole series.
     *
     * @param series     the input columns; those in {@link #inputs()} must be present
     * @param parameters checked parameters of this indicator
     * @return one array per output, in {@link #outputs()} order, aligned with the series
     * @throws IllegalArgumentException when a needed column is missing
     */
    public double[][] compute(PriceSeries series, Parameters parameters) {
        for (Input input : inputs) {
            if (input == Input.TIME) {
                series.times();
            } else {
                series.column(input);
            }
        }
        return batch.apply(series, parameters);
    }

    /**
     * Creates the streaming form.
     *
     * @param parameters checked parameters of this indicator
     * @return a new indicator, fed one bar at a time
     */
    public Indicator create(Parameters parameters) {
        return streaming.apply(parameters);
    }

    /** A one-line signature, e.g. {@code rsi(period=14) -> rsi}. */
    @Override
    public String toString() {
        return name + "(" + defaults() + ") -> " + String.join(", ", outputs);
    }

    /** Collects the parts of a definition. */
    public static final class Builder {

        private final String name;
        private final String title;
        private Group group;
        private boolean taLibFunction = true;
        private final List<Input> inputs = new ArrayList<>();
        private final List<String> outputs = new ArrayList<>();
        private final List<Parameter> parameters = new ArrayList<>();
        private ToIntFunction<Parameters> lookback;
        private BiFunction<PriceSeries, Parameters, double[][]> batch;
        private Function<Parameters, Indicator> streaming;

        private Builder(String name, String title) {
            this.name = name.toLowerCase(Locale.ROOT);
            this.title = title;
        }

        /**
         * Sets the family.
         *
         * @param value the group
         * @return this builder
         */
        public Builder group(Group value) {
            this.group = value;
            return this;
        }

        /**
         * Marks the indicator as an extension that TA-Lib does not have.
         *
         * @return this builder
         */
        public Builder extension() {
            this.taLibFunction = false;
            return this;
        }

        /**
         * Sets the inputs read.
         *
         * @param values the input columns
         * @return this builder
         */
        public Builder inputs(Input... values) {
            inputs.addAll(List.of(values));
            return this;
        }

        /**
         * Sets the output names.
         *
         * @param values the names, in output order
         * @return this builder
         */
        public Builder outputs(String... values) {
            outputs.addAll(List.of(values));
            return this;
        }

        /**
         * Adds a parameter.
         *
         * @param value the parameter, in positional order
         * @return this builder
         */
        public Builder parameter(Parameter value) {
            parameters.add(value);
            return this;
        }

        /**
         * Sets the lookback function.
         *
         * @param value the lookback for given parameters
         * @return this builder
         */
        public Builder lookback(ToIntFunction<Parameters> value) {
            this.lookback = value;
            return this;
        }

        /**
         * Sets the batch computation.
         *
         * @param value computes all outputs over a series
         * @return this builder
         */
        public Builder batch(BiFunction<PriceSeries, Parameters, double[][]> value) {
            this.batch = value;
            return this;
        }

        /**
         * Sets the streaming factory.
         *
         * @param value creates the streaming form
         * @return this builder
         */
        public Builder streaming(Function<Parameters, Indicator> value) {
            this.streaming = value;
            return this;
        }

        /**
         * Builds the definition.
         *
         * @return the definition
         * @throws NullPointerException when a required part is missing
         */
        public IndicatorDefinition build() {
            return new IndicatorDefinition(this);
        }
    }
}
