package dev.artificer.component.indicators.catalog;

import static dev.artificer.component.indicators.catalog.Input.CLOSE;
import static dev.artificer.component.indicators.catalog.Input.HIGH;
import static dev.artificer.component.indicators.catalog.Input.LOW;

import dev.artificer.component.indicators.Atr;
import dev.artificer.component.indicators.Ema;
import dev.artificer.component.indicators.Rsi;
import dev.artificer.component.indicators.Sma;
import dev.artificer.component.indicators.TrueRange;
import java.util.List;

/** The definitions of the standard catalogue. */
final class StandardIndicators {

    private static final int MAX = 100_000;

    private StandardIndicators() {
    }

    static List<IndicatorDefinition> all() {
        return List.of(
                sma(), ema(), rsi(), atr(), trange());
    }

    private static Parameter period(int defaultValue, int min) {
        return Parameter.integer("period", defaultValue, min, MAX, "Number of bars");
    }

    private static IndicatorDefinition sma() {
        return IndicatorDefinition.builder("sma", "Simple moving average").group(Group.OVERLAP)
                .inputs(CLOSE).outputs("sma").parameter(period(30, 2))
                .lookback(p -> Sma.lookback(p.integer("period")))
                .batch((s, p) -> new double[][] {Sma.compute(s.close(), p.integer("period"))})
                .streaming(p -> new Sma(p.integer("period")))
                .build();
    }

    private static IndicatorDefinition ema() {
        return IndicatorDefinition.builder("ema", "Exponential moving average").group(Group.OVERLAP)
                .inputs(CLOSE).outputs("ema").parameter(period(30, 2))
                .lookback(p -> Ema.lookback(p.integer("period")))
                .batch((s, p) -> new double[][] {Ema.compute(s.close(), p.integer("period"))})
                .streaming(p -> new Ema(p.integer("period")))
                .build();
    }

    private static IndicatorDefinition rsi() {
        return IndicatorDefinition.builder("rsi", "Relative strength index").group(Group.MOMENTUM)
                .inputs(CLOSE).outputs("rsi").parameter(period(14, 2))
                .lookback(p -> Rsi.lookback(p.integer("period")))
                .batch((s, p) -> new double[][] {Rsi.compute(s.close(), p.integer("period"))})
                .streaming(p -> new Rsi(p.integer("period")))
                .build();
    }

    private static IndicatorDefinition atr() {
        return IndicatorDefinition.builder("atr", "Average true range").group(Group.VOLATILITY)
                .inputs(HIGH, LOW, CLOSE).outputs("atr").parameter(period(14, 1))
                .lookback(p -> Atr.lookback(p.integer("period")))
                .batch((s, p) -> new double[][] {Atr.compute(s.high(), s.low(), s.close(), p.integer("period"))})
                .streaming(p -> new Atr(p.integer("period")))
                .build();
    }

    private static IndicatorDefinition trange() {
        return IndicatorDefinition.builder("trange", "True range").group(Group.VOLATILITY)
                .inputs(HIGH, LOW, CLOSE).outputs("trange")
                .lookback(p -> TrueRange.lookback())
                .batch((s, p) -> new double[][] {TrueRange.compute(s.high(), s.low(), s.close())})
                .streaming(p -> new TrueRange())
                .build();
    }
}
