package dev.artificer.component.indicators.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.CCIIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.WilliamsRIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.aroon.AroonDownIndicator;
import org.ta4j.core.indicators.aroon.AroonUpIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.indicators.volume.MoneyFlowIndexIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;

/** The benchmark input as a ta4j bar series of DoubleNum, built once per trial of the ta4j benchmark. */
@State(Scope.Benchmark)
public class Ta4jSeries {

    private BarSeries series;
    private NumFactory numbers;

    /** Builds the series from the same 1,000,000 bars. */
    @Setup(Level.Trial)
    public void setUp() {
        Market market = Market.generate();
        numbers = DoubleNumFactory.getInstance();
        Duration minute = Duration.ofMinutes(1);
        List<Bar> bars = new ArrayList<>(Market.BARS);
        for (int i = 0; i < Market.BARS; i++) {
            Instant begin = Instant.ofEpochMilli(market.time()[i]);
            bars.add(new BaseBar(minute, begin, begin.plus(minute), numbers.numOf(market.open()[i]),
                    numbers.numOf(market.high()[i]), numbers.numOf(market.low()[i]), numbers.numOf(market.close()[i]),
                    numbers.numOf(market.volume()[i]), numbers.zero(), 0));
        }
        series = new BaseBarSeriesBuilder().withNumFactory(numbers).withBars(bars).build();
    }

    /**
     * Creates the ta4j equivalent of the subject and evaluates every output at every bar, in order.
     *
     * @param subject the indicator
     * @return the sum of the last bar's outputs
     */
    double evaluate(Subject subject) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        return switch (subject) {
            case SMA -> walk(new SMAIndicator(close, 20));
            case EMA -> walk(new EMAIndicator(close, 20));
            case RSI -> walk(new RSIIndicator(close, 14));
            case MACD -> {
                MACDIndicator macd = new MACDIndicator(close, 12, 26);
                yield walk(macd, macd.getSignalLine(9), macd.getHistogram(9));
            }
            case BBANDS -> {
                BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
                StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, 20);
                Num two = numbers.two();
                yield walk(new BollingerBandsUpperIndicator(middle, deviation, two), middle,
                        new BollingerBandsLowerIndicator(middle, deviation, two));
            }
            case ATR -> walk(new ATRIndicator(series, 14));
            case ADX -> walk(new ADXIndicator(series, 14));
            case STOCH -> {
                SMAIndicator slowK = new SMAIndicator(new StochasticOscillatorKIndicator(series, 5), 3);
                yield walk(slowK, new SMAIndicator(slowK, 3));
            }
            case CCI -> walk(new CCIIndicator(series, 14));
            case MFI -> walk(new MoneyFlowIndexIndicator(series, 14));
            case WILLR -> walk(new WilliamsRIndicator(series, 14));
            case AROON -> walk(new AroonDownIndicator(series, 14), new AroonUpIndicator(series, 14));
            case MAX -> walk(new HighestValueIndicator(close, 14));
            case MIN -> walk(new LowestValueIndicator(close, 14));
        };
    }

    @SafeVarargs
    private static double walk(Indicator<Num>... outputs) {
        double last = 0;
        for (int i = 0; i < Market.BARS; i++) {
            last = 0;
            for (Indicator<Num> output : outputs) {
                last += output.getValue(i).doubleValue();
            }
        }
        return last;
    }
}
