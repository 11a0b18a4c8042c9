package dev.artificer.component.strategies;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.ParameterSpec;
import dev.artificer.component.strategy.PositionSizing;
import dev.artificer.component.strategy.Side;
import dev.artificer.component.strategy.StrategyContext;
import dev.artificer.component.strategy.StrategyParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * What every built-in shares: the sizing, short and stop parameters, and turning a rule's {@link Target} into
 * orders. Entries are sized at the signal bar's close; with a protective stop, a stop order at that close minus
 * {@code stop x ATR} (plus, for a short) goes in with the entry and is cancelled on exit.
 */
final class Trading {

    static final String SIZING = "sizing";
    static final String QUANTITY = "quantity";
    static final String PERCENT = "percent";
    static final String RISK = "risk";
    static final String ATR = "atr";
    static final String STOP = "stop";
    static final String SHORT = "short";

    private final PositionSizing sizing;
    private final int atrPeriod;
    private final double stopMultiple;
    private final boolean allowShort;
    private final boolean protectiveStop;
    private final boolean usesAtr;

    Trading(StrategyParameters parameters, boolean shortable, boolean protectiveStop) {
        this.atrPeriod = parameters.integer(ATR);
        this.stopMultiple = parameters.decimal(STOP);
        this.allowShort = shortable && parameters.flag(SHORT);
        this.protectiveStop = protectiveStop;
        String sizingChoice = parameters.choice(SIZING);
        this.usesAtr = protectiveStop || "atr-risk".equals(sizingChoice);
        this.sizing = switch (sizingChoice) {
            case "percent" -> PositionSizing.percentOfEquity(parameters.decimal(PERCENT));
            case "atr-risk" -> PositionSizing.atrRisk(parameters.decimal(RISK), stopMultiple);
            default -> PositionSizing.fixed(parameters.integer(QUANTITY));
        };
    }

    /**
     * The parameters every built-in takes, after its own.
     *
     * @param shortable whether the strategy can go short (adds {@code short=false|true})
     * @return the specs
     */
    static List<ParameterSpec> specs(boolean shortable) {
        List<ParameterSpec> specs = new ArrayList<>(List.of(
                ParameterSpec.choice(SIZING, "fixed", List.of("fixed", "percent", "atr-risk"),
                        "position size: a fixed quantity, a percent of equity, or risk a percent of equity over stop x ATR"),
                ParameterSpec.integer(QUANTITY, 100, 1, 100_000_000, "shares per position (sizing=fixed)"),
                ParameterSpec.decimal(PERCENT, 10, 0.01, 100, "percent of equity per position (sizing=percent)"),
                ParameterSpec.decimal(RISK, 1, 0.01, 100, "percent of equity risked per position (sizing=atr-risk)"),
                ParameterSpec.integer(ATR, 14, 1, 1000, "ATR period (atr-risk sizing, protective stops)"),
                ParameterSpec.decimal(STOP, 2, 0.1, 50, "stop distance in ATRs (atr-risk sizing, protective stops)")));
        if (shortable) {
            specs.add(ParameterSpec.choice(SHORT, "false", List.of("false", "true"),
                    "also go short on the opposite signal (the account must allow shorts)"));
        }
        return specs;
    }

    int atrPeriod() {
        return atrPeriod;
    }

    /** Whether {@link #act} looks at the ATR: for atr-risk sizing and protective stops; otherwise it gets NaN. */
    boolean usesAtr() {
        return usesAtr;
    }

    /**
     * Places the orders that move the position towards the target.
     *
     * @param target  what the rule wants
     * @param bar     the bar that just closed
     * @param atr     the symbol's ATR after that bar, NaN during warm-up or when {@link #usesAtr()} is false
     * @param context the account
     */
    void act(Target target, Bar bar, double atr, StrategyContext context) {
        if (target == Target.KEEP) {
            if (protectiveStop) {
                dropOrphanStops(bar.symbol(), context);
            }
            return;
        }
        long exposure = exposure(bar.symbol(), context);
        Target wanted = target == Target.SHORT && !allowShort ? Target.FLAT : target;
        switch (wanted) {
            case LONG -> {
                if (exposure <= 0) {
                    enter(1, bar, atr, context);
                }
            }
            case SHORT -> {
                if (exposure >= 0) {
                    enter(-1, bar, atr, context);
                }
            }
            default -> {
                if (exposure != 0 || protectiveStop) {
                    context.cancelAll(bar.symbol());
                    context.targetPosition(bar.symbol(), 0);
                }
            }
        }
    }

    private void enter(int direction, Bar bar, double atr, StrategyContext context) {
        Symbol symbol = bar.symbol();
        long shares = sizing.shares(context.equity(), bar.close(), atr);
        context.cancelAll(symbol);
        context.targetPosition(symbol, direction * shares);
        double stop = bar.close() - direction * stopMultiple * atr;
        if (protectiveStop && shares > 0 && atr > 0 && stop > 0) {
            context.place(Order.stop(symbol, direction > 0 ? Side.SELL : Side.BUY, shares, stop));
        }
    }

    /** A stop left after its entry was refused, or with nothing to protect, must not open a position. */
    private static void dropOrphanStops(Symbol symbol, StrategyContext context) {
        if (context.position(symbol) == 0 && !context.openOrders(symbol).isEmpty() && exposure(symbol, context) == 0) {
            context.cancelAll(symbol);
        }
    }

    private static long exposure(Symbol symbol, StrategyContext context) {
        long onTheWay = 0;
        for (Order order : context.openOrders(symbol)) {
            if (order.type() == OrderType.MARKET) {
                onTheWay += order.signedQuantity();
            }
        }
        return context.position(symbol) + onTheWay;
    }
}
