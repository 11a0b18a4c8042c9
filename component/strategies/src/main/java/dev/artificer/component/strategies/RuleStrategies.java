package dev.artificer.component.strategies;

import dev.artificer.component.strategies.rules.RuleProgram;
import dev.artificer.component.strategies.rules.RuleSyntaxException;
import dev.artificer.component.strategies.rules.RulesFile;
import dev.artificer.component.strategy.ParameterRule;
import dev.artificer.component.strategy.ParameterSpec;
import dev.artificer.component.strategy.StrategyDefinition;
import dev.artificer.component.strategy.StrategyParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Strategies written as rules rather than Java: long while the entry condition has held and the exit condition has
 * not since (when both hold on one bar, the exit wins), sized and traded like the built-ins ({@link Trading}). The
 * built-in {@code rules} takes its conditions as parameters; a {@link RulesFile} from the strategies folder declares
 * its own parameters, which {@code optimize} can then search.
 */
public final class RuleStrategies {

    /** The built-in rule strategy's name. */
    public static final String RULES = "rules";

    private static final String ENTRY = "entry";
    private static final String EXIT = "exit";

    private RuleStrategies() {
    }

    /**
     * The built-in {@code rules} strategy: {@code entry="..." exit="..."} plus sizing; by default it trades as
     * {@code sma-cross} does with its defaults.
     *
     * @return the definition
     */
    public static StrategyDefinition builtin() {
        List<ParameterSpec> parameters = new ArrayList<>(List.of(
                ParameterSpec.text(ENTRY, "crosses_above(sma(close, 10), sma(close, 30))",
                        "when to buy: a condition over indicators and the bar (see the README's rule syntax)"),
                ParameterSpec.text(EXIT, "crosses_below(sma(close, 10), sma(close, 30))", "when to sell")));
        parameters.addAll(Trading.specs(false));
        return new StrategyDefinition(RULES, "Long from when the entry rule holds until the exit rule does; the rules "
                + "are expressions such as crosses_above(sma(close, 10), sma(close, 30)) and rsi(close, 14) < 70.",
                parameters, List.of(compiles(values -> RuleProgram.compile(values.text(ENTRY), values.text(EXIT),
                Map.of()))), values -> strategy(RULES, values, values.text(ENTRY), values.text(EXIT), Map.of()));
    }

    /**
     * A rule strategy read from a file: its parameters first, then the common ones with the defaults it sets.
     *
     * @param file the parsed file
     * @return the definition
     * @throws IllegalArgumentException naming the line and column when an expression does not compile with the
     *                                  defaults, or a {@code set} names an unknown parameter or a value not allowed
     */
    public static StrategyDefinition fromFile(RulesFile file) {
        List<ParameterSpec> parameters = new ArrayList<>(file.parameters());
        for (ParameterSpec common : Trading.specs(false)) {
            String given = file.defaults().get(common.name());
            parameters.add(given == null ? common : withDefault(file, common, given));
        }
        file.defaults().keySet().stream().filter(name -> parameters.stream().noneMatch(spec -> spec.name().equals(name)))
                .findFirst().ifPresent(unknown -> {
                    throw new IllegalArgumentException(file.name() + RulesFile.ENDING + ": set " + unknown + ": there is "
                            + "no such parameter; set changes one of " + Trading.specs(false).stream()
                            .map(ParameterSpec::name).toList());
                });
        try {
            RuleProgram.compile(file.entry(), file.exit(), numbers(file, StrategyParameters.of(file.parameters(),
                    Map.of())));
        } catch (RuleSyntaxException problem) {
            int line = problem.part().equals(ENTRY) ? file.entryLine() : file.exitLine();
            throw new IllegalArgumentException(file.name() + RulesFile.ENDING + ":" + line + ": " + problem.getMessage(),
                    problem);
        }
        return new StrategyDefinition(file.name(), file.description(), parameters,
                List.of(compiles(values -> RuleProgram.compile(file.entry(), file.exit(), numbers(file, values)))),
                values -> strategy(file.name(), values, file.entry(), file.exit(), numbers(file, values)));
    }

    /**
     * The rule that the expressions compile with the given values, checked whenever parameters are: a mistake is
     * thrown as it is (one line with the part and the column) rather than as an unmet requirement.
     */
    private static ParameterRule compiles(Consumer<StrategyParameters> compile) {
        return new ParameterRule("the entry and exit rules compile", List.of(), values -> {
            compile.accept(values);
            return true;
        });
    }

    private static ParameterSpec withDefault(RulesFile file, ParameterSpec common, String given) {
        try {
            common.parse(given);
            return new ParameterSpec(common.name(), common.type(), given, common.min(), common.max(), common.choices(),
                    common.description());
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(file.name() + RulesFile.ENDING + ": set " + invalid.getMessage(), invalid);
        }
    }

    private static Map<String, Double> numbers(RulesFile file, StrategyParameters values) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        file.parameters().forEach(spec -> numbers.put(spec.name(), values.number(spec.name())));
        return numbers;
    }

    private static RuleStrategy strategy(String name, StrategyParameters values, String entry, String exit,
                                         Map<String, Double> numbers) {
        RuleProgram.compile(entry, exit, numbers);
        return new RuleStrategy(name + " " + values, () -> signal(RuleProgram.compile(entry, exit, numbers)),
                new Trading(values, false, false));
    }

    private static SignalRule signal(RuleProgram program) {
        return bar -> {
            program.update(bar);
            return program.exit() ? Target.FLAT : program.entry() ? Target.LONG : Target.KEEP;
        };
    }
}
