package dev.artificer.component.indicators.catalog;

import static dev.artificer.component.indicators.catalog.Input.CLOSE;
import static dev.artificer.component.indicators.catalog.Input.HIGH;
import static dev.artificer.component.indicators.catalog.Input.LOW;
import static dev.artificer.component.indicators.catalog.Input.TIME;
import static dev.artificer.component.indicators.catalog.Input.VOLUME;
import static dev.artificer.component.indicators.catalog.StandardIndicators.bands;
import static dev.artificer.component.indicators.catalog.StandardIndicators.integer;
import static dev.artificer.component.indicators.catalog.StandardIndicators.one;
import static dev.artificer.component.indicators.catalog.StandardIndicators.period;

import dev.artificer.component.indicators.DonchianChannels;
import dev.artificer.component.indicators.Hma;
import dev.artificer.component.indicators.KeltnerChannels;
import dev.artificer.component.indicators.Vwap;
import java.util.List;

/** The definitions of the indicators TA-Lib does not have. */
final class ExtensionIndicators {

    private ExtensionIndicators() {
    }

    static List<IndicatorDefinition> all() {
        return List.of(vwap(), donchian(), keltner(), hma());
    }

    private static IndicatorDefinition vwap() {
        return IndicatorDefinition.builder("vwap", "Session-anchored volume-weighted average price")
                .group(Group.VOLUME).extension()
                .inputs(TIME, HIGH, LOW, CLOSE, VOLUME).outputs("vwap")
                .parameter(Parameter.zone("zone", "America/New_York", "Zone whose calendar days are the sessions"))
                .lookback(p -> Vwap.lookback())
                .batch((s, p) -> one(Vwap.compute(s.times(), s.high(), s.low(), s.close(), s.volume(),
                        p.zone("zone"))))
                .streaming(p -> new Vwap(p.zone("zone"))).build();
    }

    private static IndicatorDefinition donchian() {
        return IndicatorDefinition.builder("donchian", "Donchian channels").group(Group.VOLATILITY).extension()
                .inputs(HIGH, LOW).outputs("upper", "middle", "lower").parameter(period(20, 1))
                .lookback(p -> DonchianChannels.lookback(period(p)))
                .batch((s, p) -> bands(DonchianChannels.compute(s.high(), s.low(), period(p))))
                .streaming(p -> new DonchianChannels(period(p))).build();
    }

    private static IndicatorDefinition keltner() {
        return IndicatorDefinition.builder("keltner", "Keltner channels").group(Group.VOLATILITY).extension()
                .inputs(HIGH, LOW, CLOSE).outputs("upper", "middle", "lower").parameter(period(20, 2))
                .parameter(Parameter.real("multiplier", 2.0, 0, 1000, "ATRs between the middle and each channel"))
                .parameter(integer("atrPeriod", 10, 1, "ATR period"))
                .lookback(p -> KeltnerChannels.lookback(period(p), p.integer("atrPeriod")))
                .batch((s, p) -> bands(KeltnerChannels.compute(s.high(), s.low(), s.close(), period(p),
                        p.real("multiplier"), p.integer("atrPeriod"))))
                .streaming(p -> new KeltnerChannels(period(p), p.real("multiplier"), p.integer("atrPeriod"))).build();
    }

    private static IndicatorDefinition hma() {
        return IndicatorDefinition.builder("hma", "Hull moving average").group(Group.OVERLAP).extension()
                .inputs(CLOSE).outputs("hma").parameter(period(16, 2))
                .lookback(p -> Hma.lookback(period(p)))
                .batch((s, p) -> one(Hma.compute(s.close(), period(p))))
                .streaming(p -> new Hma(period(p))).build();
    }
}
