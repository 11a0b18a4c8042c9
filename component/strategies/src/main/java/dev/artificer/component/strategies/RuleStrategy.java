package dev.artificer.component.strategies;

import dev.artificer.component.indicators.Atr;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A built-in strategy: a {@link SignalRule} and an ATR per symbol, with {@link Trading} turning the rule's targets
 * into orders. The signal uses the bar that just closed; its orders fill from the next bar on. The ATR is kept only
 * when the trading needs it, and the last symbol's state is at hand without a map lookup (a backtest of one symbol
 * asks for it a million times).
 */
final class RuleStrategy implements Strategy {

    private final String name;
    private final Supplier<SignalRule> rules;
    private final Trading trading;
    private final Map<Symbol, PerSymbol> bySymbol = new HashMap<>();
    private Symbol lastSymbol;
    private PerSymbol lastState;

    /** One symbol's rule and ATR. */
    private record PerSymbol(SignalRule rule, Atr atr) {
    }

    RuleStrategy(String name, Supplier<SignalRule> rules, Trading trading) {
        this.name = name;
        this.rules = rules;
        this.trading = trading;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void onBar(Bar bar, StrategyContext context) {
        PerSymbol state = state(bar.symbol());
        double atr = trading.usesAtr() ? state.atr().update(bar.high(), bar.low(), bar.close()) : Double.NaN;
        trading.act(state.rule().next(bar), bar, atr, context);
    }

    private PerSymbol state(Symbol symbol) {
        if (symbol != lastSymbol) {
            lastState = bySymbol.computeIfAbsent(symbol,
                    key -> new PerSymbol(rules.get(), new Atr(trading.atrPeriod())));
            lastSymbol = symbol;
        }
        return lastState;
    }
}
