package dev.artificer.system.algotrader.userstrategy;

import dev.artificer.component.strategies.RuleStrategies;
import dev.artificer.component.strategies.rules.RulesFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the {@code .rules} files of the strategies folder into strategies: each file is read and its expressions
 * compiled with their defaults, and every file's first problem is reported as {@code file:line: message}.
 */
final class RulesStrategyLoader {

    private RulesStrategyLoader() {
    }

    /**
     * Loads every rules file.
     *
     * @param sources the {@code .rules} files
     * @return one strategy per file
     * @throws StrategyCompileException listing the problem of every file that does not load, nothing loaded then
     */
    static List<UserStrategy> load(List<StrategySource> sources) {
        List<UserStrategy> strategies = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (StrategySource source : sources) {
            try {
                strategies.add(new UserStrategy(RuleStrategies.fromFile(RulesFile.parse(source.fileName(),
                        source.text())), source));
            } catch (IllegalArgumentException problem) {
                errors.add(source.file() + problem.getMessage().substring(source.fileName().length()));
            }
        }
        if (!errors.isEmpty()) {
            throw new StrategyCompileException(errors);
        }
        return strategies;
    }
}
