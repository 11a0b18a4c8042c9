package dev.artificer.system.algotrader.userstrategy;

import dev.artificer.component.strategy.StrategyDefinition;

/**
 * A strategy read from the user's folder: its definition (registered like a built-in) and the source it came from.
 *
 * @param definition the definition, making strategies whose failures name the user's own frame
 * @param source     the file and its hash
 */
public record UserStrategy(StrategyDefinition definition, StrategySource source) {
}
