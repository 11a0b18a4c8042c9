package dev.artificer.system.algotrader.report;

import dev.artificer.component.strategy.ParameterSpec;
import dev.artificer.component.strategy.StrategyParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of a run that matter, for a report's header: the sizing apart, and a parameter whose description
 * says it applies to one choice of another (ending in e.g. "(sizing=percent)") left out unless that choice was made.
 *
 * @param strategy the strategy's own parameters, {@code name=value} separated by blanks
 * @param sizing   the sizing choice with the parameter it uses, e.g. {@code sizing=percent percent=20}; empty when
 *                 the strategy has no {@code sizing} parameter
 */
public record MeaningfulParameters(String strategy, String sizing) {

    private static final Pattern APPLIES_TO = Pattern.compile("\\((\\w+)=([\\w-]+)\\)\\s*$");
    private static final String SIZING = "sizing";

    /**
     * Splits and filters parameters.
     *
     * @param parameters the run's parameters
     * @return the ones that matter
     */
    public static MeaningfulParameters of(StrategyParameters parameters) {
        Map<String, String> values = parameters.asMap();
        List<String> strategy = new ArrayList<>();
        List<String> sizing = new ArrayList<>();
        for (ParameterSpec spec : parameters.specs()) {
            Matcher condition = APPLIES_TO.matcher(spec.description());
            boolean conditional = condition.find();
            if (conditional && !condition.group(2).equals(values.get(condition.group(1)))) {
                continue;
            }
            boolean sizingPart = spec.name().equals(SIZING) || conditional && condition.group(1).equals(SIZING);
            (sizingPart ? sizing : strategy).add(spec.name() + "=" + values.get(spec.name()));
        }
        return new MeaningfulParameters(String.join(" ", strategy), String.join(" ", sizing));
    }
}
