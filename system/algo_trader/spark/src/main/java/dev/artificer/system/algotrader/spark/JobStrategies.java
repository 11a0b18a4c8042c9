package dev.artificer.system.algotrader.spark;

import dev.artificer.component.backtest.optimize.SearchJob;
import dev.artificer.component.backtest.optimize.StrategyFactory;
import dev.artificer.component.strategies.BuiltinStrategies;
import dev.artificer.component.strategies.RuleStrategies;
import dev.artificer.component.strategies.rules.RulesFile;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyDefinition;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes a job's strategies wherever it runs (driver or executor): a built-in by name, a rules file from its text, or
 * a compiled user strategy from the class the job's jars hold; each combination gets the job's default sizing, as
 * the command line's own search adds it.
 */
final class JobStrategies implements StrategyFactory, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String source;
    private final String sourceText;
    private final LinkedHashMap<String, String> sizing;
    private transient StrategyDefinition definition;

    JobStrategies(SearchJob job) {
        this.name = job.strategy();
        this.source = job.source();
        this.sourceText = job.sourceText();
        this.sizing = new LinkedHashMap<>(job.sizing());
    }

    @Override
    public Strategy create(Map<String, String> parameters) {
        Map<String, String> sized = new LinkedHashMap<>(parameters);
        sizing.forEach(sized::putIfAbsent);
        StrategyDefinition strategy = definition();
        return strategy.create(strategy.parse(sized));
    }

    private synchronized StrategyDefinition definition() {
        if (definition == null) {
            definition = resolve();
        }
        return definition;
    }

    private StrategyDefinition resolve() {
        if (source.isEmpty()) {
            return BuiltinStrategies.registry().find(name);
        }
        if (source.endsWith(RulesFile.ENDING)) {
            return RuleStrategies.fromFile(RulesFile.parse(source, sourceText));
        }
        try {
            Class<?> type = Class.forName(sourceText, true, Thread.currentThread().getContextClassLoader());
            return (StrategyDefinition) type.getMethod("definition").invoke(null);
        } catch (ReflectiveOperationException | LinkageError missing) {
            throw new IllegalStateException("cannot load strategy class " + sourceText + " of " + source
                    + " (ship its classes with --jars): " + (missing instanceof InvocationTargetException threw
                    ? threw.getCause() : missing), missing);
        }
    }
}
