package dev.artificer.component.indicators.catalog;

import static dev.artificer.component.indicators.catalog.Input.CLOSE;
import static dev.artificer.component.indicators.catalog.Input.HIGH;
import static dev.artificer.component.indicators.catalog.Input.LOW;
import static dev.artificer.component.indicators.catalog.Input.OPEN;
import static dev.artificer.component.indicators.catalog.Input.VOLUME;

import dev.artificer.component.indicators.AccumulationDistribution;
import dev.artificer.component.indicators.Adx;
import dev.artificer.component.indicators.Adxr;
import dev.artificer.component.indicators.Apo;
import dev.artificer.component.indicators.Aroon;
import dev.artificer.component.indicators.AroonLines;
import dev.artificer.component.indicators.AroonOscillator;
import dev.artificer.component.indicators.Atr;
import dev.artificer.component.indicators.BalanceOfPower;
import dev.artificer.component.indicators.Bands;
import dev.artificer.component.indicators.BollingerBands;
import dev.artificer.component.indicators.Cci;
import dev.artificer.component.indicators.ChaikinOscillator;
import dev.artificer.component.indicators.Cmo;
import dev.artificer.component.indicators.Dema;
import dev.artificer.component.indicators.Dx;
import dev.artificer.component.indicators.Ema;
import dev.artificer.component.indicators.Indicator;
import dev.artificer.component.indicators.Kama;
import dev.artificer.component.indicators.LinearRegression;
import dev.artificer.component.indicators.LinearRegressionSlope;
import dev.artificer.component.indicators.Macd;
import dev.artificer.component.indicators.MacdLines;
import dev.artificer.component.indicators.Mfi;
import dev.artificer.component.indicators.MidPoint;
import dev.artificer.component.indicators.MidPrice;
import dev.artificer.component.indicators.MinusDi;
import dev.artificer.component.indicators.Momentum;
import dev.artificer.component.indicators.MovingAverageType;
import dev.artificer.component.indicators.MovingMax;
import dev.artificer.component.indicators.MovingMin;
import dev.artificer.component.indicators.Natr;
import dev.artificer.component.indicators.OnBalanceVolume;
import dev.artificer.component.indicators.ParabolicSar;
import dev.artificer.component.indicators.PlusDi;
import dev.artificer.component.indicators.Ppo;
import dev.artificer.component.indicators.RateOfChange;
import dev.artificer.component.indicators.Rsi;
import dev.artificer.component.indicators.Sma;
import dev.artificer.component.indicators.StandardDeviation;
import dev.artificer.component.indicators.Stochastic;
import dev.artificer.component.indicators.StochasticFast;
import dev.artificer.component.indicators.StochasticLines;
import dev.artificer.component.indicators.StochasticRsi;
import dev.artificer.component.indicators.T3;
import dev.artificer.component.indicators.Tema;
import dev.artificer.component.indicators.Trima;
import dev.artificer.component.indicators.Trix;
import dev.artificer.component.indicators.TrueRange;
import dev.artificer.component.indicators.UltimateOscillator;
import dev.artificer.component.indicators.Variance;
import dev.artificer.component.indicators.WilliamsR;
import dev.artificer.component.indicators.Wma;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/** The definitions of the standard catalogue: TA-Lib's functions, then the extensions. */
final class StandardIndicators {

    private static final int MAX = 100_000;
    private static final String PERIOD = "period";
    private static final List<String> MA_TYPES =
            Arrays.stream(MovingAverageType.values()).map(Enum::name).toList();

    private StandardIndicators() {
    }

    static List<IndicatorDefinition> all() {
        List<IndicatorDefinition> all = new ArrayList<>();
        all.addAll(overlap());
        all.addAll(momentum());
        all.addAll(volatilityVolumeStatistics());
        all.addAll(ExtensionIndicators.all());
        return all;
    }

    private static List<IndicatorDefinition> overlap() {
        return List.of(
                series("sma", "Simple moving average", Group.OVERLAP, 30, 2, Sma::lookback, Sma::compute, Sma::new),
                series("ema", "Exponential moving average", Group.OVERLAP, 30, 2, Ema::lookback, Ema::compute,
                        Ema::new),
                series("wma", "Weighted moving average", Group.OVERLAP, 30, 2, Wma::lookback, Wma::compute, Wma::new),
                series("dema", "Double exponential moving average", Group.OVERLAP, 30, 2, Dema::lookback,
                        Dema::compute, Dema::new),
                series("tema", "Triple exponential moving average", Group.OVERLAP, 30, 2, Tema::lookback,
                        Tema::compute, Tema::new),
                series("trima", "Triangular moving average", Group.OVERLAP, 30, 2, Trima::lookback, Trima::compute,
                        Trima::new),
                series("kama", "Kaufman adaptive moving average", Group.OVERLAP, 30, 2, Kama::lookback,
                        Kama::compute, Kama::new),
                t3(), bbands(),
                series("midpoint", "Midpoint over period", Group.OVERLAP, 14, 2, MidPoint::lookback,
                        MidPoint::compute, MidPoint::new),
                IndicatorDefinition.builder("midprice", "Midpoint price over period").group(Group.OVERLAP)
                        .inputs(HIGH, LOW).outputs("midprice").parameter(period(14, 2))
                        .lookback(p -> MidPrice.lookback(period(p)))
                        .batch((s, p) -> one(MidPrice.compute(s.high(), s.low(), period(p))))
                        .streaming(p -> new MidPrice(period(p))).build(),
                sar());
    }

    private static List<IndicatorDefinition> momentum() {
        return List.of(
                series("rsi", "Relative strength index", Group.MOMENTUM, 14, 2, Rsi::lookback, Rsi::compute,
                        Rsi::new),
                macd(), stoch(), stochf(), stochrsi(),
                highLowClose("adx", "Average directional index", Group.MOMENTUM, 14, 2, Adx::lookback,
                        Adx::compute, Adx::new),
                highLowClose("adxr", "Average directional movement rating", Group.MOMENTUM, 14, 2, Adxr::lookback,
                        Adxr::compute, Adxr::new),
                highLowClose("dx", "Directional movement index", Group.MOMENTUM, 14, 2, Dx::lookback, Dx::compute,
                        Dx::new),
                highLowClose("plus_di", "Plus directional indicator", Group.MOMENTUM, 14, 2, PlusDi::lookback,
                        PlusDi::compute, PlusDi::new),
                highLowClose("minus_di", "Minus directional indicator", Group.MOMENTUM, 14, 2, MinusDi::lookback,
                        MinusDi::compute, MinusDi::new),
                highLowClose("cci", "Commodity channel index", Group.MOMENTUM, 14, 2, Cci::lookback, Cci::compute,
                        Cci::new),
                IndicatorDefinition.builder("mfi", "Money flow index").group(Group.MOMENTUM)
                        .inputs(HIGH, LOW, CLOSE, VOLUME).outputs("mfi").parameter(period(14, 2))
                        .lookback(p -> Mfi.lookback(period(p)))
                        .batch((s, p) -> one(Mfi.compute(s.high(), s.low(), s.close(), s.volume(), period(p))))
                        .streaming(p -> new Mfi(period(p))).build(),
                highLowClose("willr", "Williams' %R", Group.MOMENTUM, 14, 2, WilliamsR::lookback, WilliamsR::compute,
                        WilliamsR::new),
                series("roc", "Rate of change", Group.MOMENTUM, 10, 1, RateOfChange::lookback,
                        RateOfChange::compute, RateOfChange::new),
                series("mom", "Momentum", Group.MOMENTUM, 10, 1, Momentum::lookback, Momentum::compute,
                        Momentum::new),
                aroon(),
                IndicatorDefinition.builder("aroonosc", "Aroon oscillator").group(Group.MOMENTUM)
                        .inputs(HIGH, LOW).outputs("aroonosc").parameter(period(14, 2))
                        .lookback(p -> AroonOscillator.lookback(period(p)))
                        .batch((s, p) -> one(AroonOscillator.compute(s.high(), s.low(), period(p))))
                        .streaming(p -> new AroonOscillator(period(p))).build(),
                series("trix", "Triple EMA rate of change", Group.MOMENTUM, 30, 2, Trix::lookback, Trix::compute,
                        Trix::new),
                ultosc(),
                series("cmo", "Chande momentum oscillator", Group.MOMENTUM, 14, 2, Cmo::lookback, Cmo::compute,
                        Cmo::new),
                priceOscillator("apo", "Absolute price oscillator", Apo::lookback, Apo::compute, Apo::new),
                priceOscillator("ppo", "Percentage price oscillator", Ppo::lookback, Ppo::compute, Ppo::new),
                IndicatorDefinition.builder("bop", "Balance of power").group(Group.MOMENTUM)
                        .inputs(OPEN, HIGH, LOW, CLOSE).outputs("bop")
                        .lookback(p -> BalanceOfPower.lookback())
                        .batch((s, p) -> one(BalanceOfPower.compute(s.open(), s.high(), s.low(), s.close())))
                        .streaming(p -> new BalanceOfPower()).build());
    }

    private static List<IndicatorDefinition> volatilityVolumeStatistics() {
        return List.of(
                highLowClose("atr", "Average true range", Group.VOLATILITY, 14, 1, Atr::lookback, Atr::compute,
                        Atr::new),
                highLowClose("natr", "Normalized average true range", Group.VOLATILITY, 14, 1, Natr::lookback,
                        Natr::compute, Natr::new),
                IndicatorDefinition.builder("trange", "True range").group(Group.VOLATILITY)
                        .inputs(HIGH, LOW, CLOSE).outputs("trange")
                        .lookback(p -> TrueRange.lookback())
                        .batch((s, p) -> one(TrueRange.compute(s.high(), s.low(), s.close())))
                        .streaming(p -> new TrueRange()).build(),
                IndicatorDefinition.builder("obv", "On-balance volume").group(Group.VOLUME)
                        .inputs(CLOSE, VOLUME).outputs("obv")
                        .lookback(p -> OnBalanceVolume.lookback())
                        .batch((s, p) -> one(OnBalanceVolume.compute(s.close(), s.volume())))
                        .streaming(p -> new OnBalanceVolume()).build(),
                IndicatorDefinition.builder("ad", "Chaikin accumulation/distribution line").group(Group.VOLUME)
                        .inputs(HIGH, LOW, CLOSE, VOLUME).outputs("ad")
                        .lookback(p -> AccumulationDistribution.lookback())
                        .batch((s, p) -> one(AccumulationDistribution.compute(s.high(), s.low(), s.close(),
                                s.volume())))
                        .streaming(p -> new AccumulationDistribution()).build(),
                adosc(), stddev(),
                series("var", "Variance", Group.STATISTICS, 5, 1, Variance::lookback, Variance::compute,
                        Variance::new),
                series("linearreg", "Linear regression", Group.STATISTICS, 14, 2, LinearRegression::lookback,
                        LinearRegression::compute, LinearRegression::new),
                series("linearreg_slope", "Linear regression slope", Group.STATISTICS, 14, 2,
                        LinearRegressionSlope::lookback, LinearRegressionSlope::compute, LinearRegressionSlope::new),
                series("min", "Lowest value over period", Group.STATISTICS, 30, 2, MovingMin::lookback,
                        MovingMin::compute, MovingMin::new),
                series("max", "Highest value over period", Group.STATISTICS, 30, 2, MovingMax::lookback,
                        MovingMax::compute, MovingMax::new));
    }

    static Parameter period(int defaultValue, int min) {
        return Parameter.integer(PERIOD, defaultValue, min, MAX, "Number of bars");
    }

    static int period(Parameters parameters) {
        return parameters.integer(PERIOD);
    }

    static Parameter integer(String name, int defaultValue, int min, String description) {
        return Parameter.integer(name, defaultValue, min, MAX, description);
    }

    private static Parameter maType(String name, String description) {
        return Parameter.choice(name, MovingAverageType.SMA.name(), MA_TYPES, description);
    }

    private static MovingAverageType maType(Parameters parameters, String name) {
        return parameters.choice(name, MovingAverageType.class);
    }

    static double[][] one(double[] output) {
        return new double[][] {output};
    }

    static double[][] bands(Bands bands) {
        return new double[][] {bands.upper(), bands.middle(), bands.lower()};
    }

    private static double[][] lines(StochasticLines lines) {
        return new double[][] {lines.k(), lines.d()};
    }

    /** A single-period indicator of the close. */
    private static IndicatorDefinition series(String name, String title, Group group, int defaultPeriod,
                                              int minPeriod, IntUnaryOperator lookback,
                                              BiFunction<double[], Integer, double[]> compute,
                                              IntFunction<Indicator> create) {
        return IndicatorDefinition.builder(name, title).group(group).inputs(CLOSE).outputs(name)
                .parameter(period(defaultPeriod, minPeriod))
                .lookback(p -> lookback.applyAsInt(period(p)))
                .batch((s, p) -> one(compute.apply(s.close(), period(p))))
                .streaming(p -> create.apply(period(p))).build();
    }

    /** The batch form of a single-period indicator of highs, lows and closes. */
    @FunctionalInterface
    private interface HighLowCloseCompute {
        double[] compute(double[] high, double[] low, double[] close, int period);
    }

    /** A single-period indicator of highs, lows and closes. */
    private static IndicatorDefinition highLowClose(String name, String title, Group group, int defaultPeriod,
                                                    int minPeriod, IntUnaryOperator lookback,
                                                    HighLowCloseCompute compute, IntFunction<Indicator> create) {
        return IndicatorDefinition.builder(name, title).group(group).inputs(HIGH, LOW, CLOSE).outputs(name)
                .parameter(period(defaultPeriod, minPeriod))
                .lookback(p -> lookback.applyAsInt(period(p)))
                .batch((s, p) -> one(compute.compute(s.high(), s.low(), s.close(), period(p))))
                .streaming(p -> create.apply(period(p))).build();
    }

    private static IndicatorDefinition t3() {
        return IndicatorDefinition.builder("t3", "Tillson T3 moving average").group(Group.OVERLAP)
                .inputs(CLOSE).outputs("t3").parameter(period(5, 2))
                .parameter(Parameter.real("volumeFactor", 0.7, 0, 1, "Volume factor"))
                .lookback(p -> T3.lookback(period(p), p.real("volumeFactor")))
                .batch((s, p) -> one(T3.compute(s.close(), period(p), p.real("volumeFactor"))))
                .streaming(p -> new T3(period(p), p.real("volumeFactor"))).build();
    }

    private static IndicatorDefinition bbands() {
        return IndicatorDefinition.builder("bbands", "Bollinger bands").group(Group.OVERLAP)
                .inputs(CLOSE).outputs("upper", "middle", "lower").parameter(period(5, 2))
                .parameter(Parameter.real("devUp", 2.0, -3e37, 3e37, "Deviations above the middle"))
                .parameter(Parameter.real("devDown", 2.0, -3e37, 3e37, "Deviations below the middle"))
                .parameter(maType("maType", "Moving average of the middle band"))
                .lookback(p -> BollingerBands.lookback(period(p), maType(p, "maType")))
                .batch((s, p) -> bands(BollingerBands.compute(s.close(), period(p), p.real("devUp"),
                        p.real("devDown"), maType(p, "maType"))))
                .streaming(p -> new BollingerBands(period(p), p.real("devUp"), p.real("devDown"),
                        maType(p, "maType"))).build();
    }

    private static IndicatorDefinition sar() {
        return IndicatorDefinition.builder("sar", "Parabolic SAR").group(Group.OVERLAP)
                .inputs(HIGH, LOW).outputs("sar")
                .parameter(Parameter.real("acceleration", 0.02, 0, 3e37, "Acceleration factor step"))
                .parameter(Parameter.real("maximum", 0.2, 0, 3e37, "Largest acceleration factor"))
                .lookback(p -> ParabolicSar.lookback(p.real("acceleration"), p.real("maximum")))
                .batch((s, p) -> one(ParabolicSar.compute(s.high(), s.low(), p.real("acceleration"),
                        p.real("maximum"))))
                .streaming(p -> new ParabolicSar(p.real("acceleration"), p.real("maximum"))).build();
    }

    private static IndicatorDefinition macd() {
        return IndicatorDefinition.builder("macd", "Moving average convergence/divergence").group(Group.MOMENTUM)
                .inputs(CLOSE).outputs("macd", "signal", "histogram")
                .parameter(integer("fast", 12, 2, "Fast EMA period"))
                .parameter(integer("slow", 26, 2, "Slow EMA period"))
                .parameter(integer("signal", 9, 2, "Signal EMA period"))
                .lookback(p -> Macd.lookback(p.integer("fast"), p.integer("slow"), p.integer("signal")))
                .batch((s, p) -> {
                    MacdLines lines = Macd.compute(s.close(), p.integer("fast"), p.integer("slow"),
                            p.integer("signal"));
                    return new double[][] {lines.macd(), lines.signal(), lines.histogram()};
                })
                .streaming(p -> new Macd(p.integer("fast"), p.integer("slow"), p.integer("signal"))).build();
    }

    private static IndicatorDefinition stoch() {
        return IndicatorDefinition.builder("stoch", "Slow stochastic oscillator").group(Group.MOMENTUM)
                .inputs(HIGH, LOW, CLOSE).outputs("slowK", "slowD")
                .parameter(integer("fastK", 5, 1, "Raw %K window"))
                .parameter(integer("slowK", 3, 1, "%K smoothing period"))
                .parameter(maType("slowKMaType", "%K smoothing average"))
                .parameter(integer("slowD", 3, 1, "%D period"))
                .parameter(maType("slowDMaType", "%D average"))
                .lookback(p -> Stochastic.lookback(p.integer("fastK"), p.integer("slowK"), maType(p, "slowKMaType"),
                        p.integer("slowD"), maType(p, "slowDMaType")))
                .batch((s, p) -> lines(Stochastic.compute(s.high(), s.low(), s.close(), p.integer("fastK"),
                        p.integer("slowK"), maType(p, "slowKMaType"), p.integer("slowD"), maType(p, "slowDMaType"))))
                .streaming(p -> new Stochastic(p.integer("fastK"), p.integer("slowK"), maType(p, "slowKMaType"),
                        p.integer("slowD"), maType(p, "slowDMaType"))).build();
    }

    private static IndicatorDefinition stochf() {
        return IndicatorDefinition.builder("stochf", "Fast stochastic oscillator").group(Group.MOMENTUM)
                .inputs(HIGH, LOW, CLOSE).outputs("fastK", "fastD")
                .parameter(integer("fastK", 5, 1, "Raw %K window"))
                .parameter(integer("fastD", 3, 1, "%D period"))
                .parameter(maType("fastDMaType", "%D average"))
                .lookback(p -> StochasticFast.lookback(p.integer("fastK"), p.integer("fastD"),
                        maType(p, "fastDMaType")))
                .batch((s, p) -> lines(StochasticFast.compute(s.high(), s.low(), s.close(), p.integer("fastK"),
                        p.integer("fastD"), maType(p, "fastDMaType"))))
                .streaming(p -> new StochasticFast(p.integer("fastK"), p.integer("fastD"), maType(p, "fastDMaType")))
                .build();
    }

    private static IndicatorDefinition stochrsi() {
        return IndicatorDefinition.builder("stochrsi", "Stochastic RSI").group(Group.MOMENTUM)
                .inputs(CLOSE).outputs("fastK", "fastD").parameter(period(14, 2))
                .parameter(integer("fastK", 5, 1, "%K window over RSI values"))
                .parameter(integer("fastD", 3, 1, "%D period"))
                .parameter(maType("fastDMaType", "%D average"))
                .lookback(p -> StochasticRsi.lookback(period(p), p.integer("fastK"), p.integer("fastD"),
                        maType(p, "fastDMaType")))
                .batch((s, p) -> lines(StochasticRsi.compute(s.close(), period(p), p.integer("fastK"),
                        p.integer("fastD"), maType(p, "fastDMaType"))))
                .streaming(p -> new StochasticRsi(period(p), p.integer("fastK"), p.integer("fastD"),
                        maType(p, "fastDMaType"))).build();
    }

    private static IndicatorDefinition aroon() {
        return IndicatorDefinition.builder("aroon", "Aroon").group(Group.MOMENTUM)
                .inputs(HIGH, LOW).outputs("down", "up").parameter(period(14, 2))
                .lookback(p -> Aroon.lookback(period(p)))
                .batch((s, p) -> {
                    AroonLines lines = Aroon.compute(s.high(), s.low(), period(p));
                    return new double[][] {lines.down(), lines.up()};
                })
                .streaming(p -> new Aroon(period(p))).build();
    }

    private static IndicatorDefinition ultosc() {
        return IndicatorDefinition.builder("ultosc", "Ultimate oscillator").group(Group.MOMENTUM)
                .inputs(HIGH, LOW, CLOSE).outputs("ultosc")
                .parameter(integer("period1", 7, 2, "First window (the shortest weighs 4)"))
                .parameter(integer("period2", 14, 2, "Second window"))
                .parameter(integer("period3", 28, 2, "Third window"))
                .lookback(p -> UltimateOscillator.lookback(p.integer("period1"), p.integer("period2"),
                        p.integer("period3")))
                .batch((s, p) -> one(UltimateOscillator.compute(s.high(), s.low(), s.close(), p.integer("period1"),
                        p.integer("period2"), p.integer("period3"))))
                .streaming(p -> new UltimateOscillator(p.integer("period1"), p.integer("period2"),
                        p.integer("period3"))).build();
    }

    /** The lookback of APO and PPO. */
    @FunctionalInterface
    private interface OscillatorLookback {
        int lookback(int fast, int slow, MovingAverageType type);
    }

    /** The batch form of APO and PPO. */
    @FunctionalInterface
    private interface OscillatorCompute {
        double[] compute(double[] values, int fast, int slow, MovingAverageType type);
    }

    /** The streaming form of APO and PPO. */
    @FunctionalInterface
    private interface OscillatorFactory {
        Indicator create(int fast, int slow, MovingAverageType type);
    }

    private static IndicatorDefinition priceOscillator(String name, String title, OscillatorLookback lookback,
                                                       OscillatorCompute compute, OscillatorFactory create) {
        return IndicatorDefinition.builder(name, title).group(Group.MOMENTUM).inputs(CLOSE).outputs(name)
                .parameter(integer("fast", 12, 2, "Fast period"))
                .parameter(integer("slow", 26, 2, "Slow period"))
                .parameter(maType("maType", "Moving average"))
                .lookback(p -> lookback.lookback(p.integer("fast"), p.integer("slow"), maType(p, "maType")))
                .batch((s, p) -> one(compute.compute(s.close(), p.integer("fast"), p.integer("slow"),
                        maType(p, "maType"))))
                .streaming(p -> create.create(p.integer("fast"), p.integer("slow"), maType(p, "maType"))).build();
    }

    private static IndicatorDefinition adosc() {
        return IndicatorDefinition.builder("adosc", "Chaikin A/D oscillator").group(Group.VOLUME)
                .inputs(HIGH, LOW, CLOSE, VOLUME).outputs("adosc")
                .parameter(integer("fast", 3, 2, "Fast EMA period"))
                .parameter(integer("slow", 10, 2, "Slow EMA period"))
                .lookback(p -> ChaikinOscillator.lookback(p.integer("fast"), p.integer("slow")))
                .batch((s, p) -> one(ChaikinOscillator.compute(s.high(), s.low(), s.close(), s.volume(),
                        p.integer("fast"), p.integer("slow"))))
                .streaming(p -> new ChaikinOscillator(p.integer("fast"), p.integer("slow"))).build();
    }

    private static IndicatorDefinition stddev() {
        return IndicatorDefinition.builder("stddev", "Standard deviation").group(Group.STATISTICS)
                .inputs(CLOSE).outputs("stddev").parameter(period(5, 2))
                .parameter(Parameter.real("deviations", 1.0, -3e37, 3e37, "Factor applied to the deviation"))
                .lookback(p -> StandardDeviation.lookback(period(p)))
                .batch((s, p) -> one(StandardDeviation.compute(s.close(), period(p), p.real("deviations"))))
                .streaming(p -> new StandardDeviation(period(p), p.real("deviations"))).build();
    }
}
