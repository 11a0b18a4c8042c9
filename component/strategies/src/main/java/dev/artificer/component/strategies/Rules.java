package dev.artificer.component.strategies;

import dev.artificer.component.indicators.BollingerBands;
import dev.artificer.component.indicators.DonchianChannels;
import dev.artificer.component.indicators.Macd;
import dev.artificer.component.indicators.MovingAverageType;
import dev.artificer.component.indicators.Rsi;
import dev.artificer.component.indicators.SeriesIndicator;
import dev.artificer.component.indicators.Sma;

/** The signal rules of the built-in strategies, each a fresh per-symbol instance with its own indicators. */
final class Rules {

    private Rules() {
    }

    /**
     * Long when the fast average of the close crosses above the slow one, short (or flat) when it crosses below.
     *
     * @param type moving average type
     * @param fast fast period
     * @param slow slow period
     * @return the rule
     */
    static SignalRule movingAverageCross(MovingAverageType type, int fast, int slow) {
        return cross(type.create(fast), type.create(slow));
    }

    /**
     * Long when the fast simple moving average of the close crosses above the slow one, short (or flat) below. It uses
     * the streaming {@link Sma} that a strategy of the user's and the rules' {@code sma()} get, so that all three trade
     * alike when the averages tie exactly, as prices in whole cents make them do (TA-Lib's rounding order, which
     * {@link MovingAverageType#SMA} repeats, can put the last bit on the other side of such a tie).
     *
     * @param fast fast period
     * @param slow slow period
     * @return the rule
     */
    static SignalRule smaCross(int fast, int slow) {
        return cross(new Sma(fast), new Sma(slow));
    }

    private static SignalRule cross(SeriesIndicator fastAverage, SeriesIndicator slowAverage) {
        Crossing crossing = new Crossing();
        return bar -> crossing.next(fastAverage.update(bar.close()), slowAverage.update(bar.close()));
    }

    /**
     * Long when the MACD line crosses above its signal line, short (or flat) when it crosses below.
     *
     * @param fast   fast EMA period
     * @param slow   slow EMA period
     * @param signal signal EMA period
     * @return the rule
     */
    static SignalRule macdCross(int fast, int slow, int signal) {
        Macd macd = new Macd(fast, slow, signal);
        Crossing crossing = new Crossing();
        return bar -> crossing.next(macd.update(bar.close()), macd.signal());
    }

    /**
     * Long when the RSI falls below the lower level, flat when it rises above the upper one.
     *
     * @param period RSI period
     * @param lower  entry level
     * @param upper  exit level
     * @return the rule
     */
    static SignalRule rsiReversion(int period, double lower, double upper) {
        Rsi rsi = new Rsi(period);
        return bar -> {
            double value = rsi.update(bar.close());
            if (value < lower) {
                return Target.LONG;
            }
            return value > upper ? Target.FLAT : Target.KEEP;
        };
    }

    /**
     * Long when the close falls below the lower Bollinger band, flat once it is back at the middle or above.
     *
     * @param period     band period
     * @param deviations band width in standard deviations
     * @return the rule
     */
    static SignalRule bollingerReversion(int period, double deviations) {
        BollingerBands bands = new BollingerBands(period, deviations, deviations, MovingAverageType.SMA);
        return bar -> {
            bands.update(bar.close());
            if (!bands.isReady()) {
                return Target.KEEP;
            }
            if (bar.close() < bands.lower()) {
                return Target.LONG;
            }
            return bar.close() >= bands.middle() ? Target.FLAT : Target.KEEP;
        };
    }

    /**
     * Long when the close rises above the upper Bollinger band, flat when it falls below the middle.
     *
     * @param period     band period
     * @param deviations band width in standard deviations
     * @return the rule
     */
    static SignalRule bollingerBreakout(int period, double deviations) {
        BollingerBands bands = new BollingerBands(period, deviations, deviations, MovingAverageType.SMA);
        return bar -> {
            bands.update(bar.close());
            if (!bands.isReady()) {
                return Target.KEEP;
            }
            if (bar.close() > bands.upper()) {
                return Target.LONG;
            }
            return bar.close() < bands.middle() ? Target.FLAT : Target.KEEP;
        };
    }

    /**
     * Long when the close rises above the highest high of the previous {@code entry} bars, flat when it falls below
     * the lowest low of the previous {@code exit} bars (the current bar is not part of either channel).
     *
     * @param entry entry channel period
     * @param exit  exit channel period
     * @return the rule
     */
    static SignalRule donchianBreakout(int entry, int exit) {
        DonchianChannels entryChannel = new DonchianChannels(entry);
        DonchianChannels exitChannel = new DonchianChannels(exit);
        return bar -> {
            double previousHigh = entryChannel.upper();
            double previousLow = exitChannel.lower();
            entryChannel.update(bar.high(), bar.low());
            exitChannel.update(bar.high(), bar.low());
            if (bar.close() > previousHigh) {
                return Target.LONG;
            }
            return bar.close() < previousLow ? Target.FLAT : Target.KEEP;
        };
    }
}
