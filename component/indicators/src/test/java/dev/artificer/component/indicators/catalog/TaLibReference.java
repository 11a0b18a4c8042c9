package dev.artificer.component.indicators.catalog;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import dev.artificer.component.indicators.testing.Bars;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** The TA-Lib 0.4.0 function behind each catalogue name, called with the same parameters. */
final class TaLibReference {

    /** One TA-Lib call over bars {@code [0, end]}. */
    @FunctionalInterface
    interface Call {
        RetCode call(Core core, Bars b, Parameters p, int end, MInteger begin, MInteger count, double[][] out);
    }

    private static final Map<String, Call> CALLS = Map.ofEntries(
            entry("sma", (c, b, p, e, beg, nb, o) -> c.sma(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("ema", (c, b, p, e, beg, nb, o) -> c.ema(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("wma", (c, b, p, e, beg, nb, o) -> c.wma(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("dema", (c, b, p, e, beg, nb, o) -> c.dema(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("tema", (c, b, p, e, beg, nb, o) -> c.tema(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("trima", (c, b, p, e, beg, nb, o) -> c.trima(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("kama", (c, b, p, e, beg, nb, o) -> c.kama(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("t3", (c, b, p, e, beg, nb, o) ->
                    c.t3(0, e, b.close(), period(p), p.real("volumeFactor"), beg, nb, o[0])),
            entry("bbands", (c, b, p, e, beg, nb, o) -> c.bbands(0, e, b.close(), period(p), p.real("devUp"),
                    p.real("devDown"), ma(p, "maType"), beg, nb, o[0], o[1], o[2])),
            entry("midpoint", (c, b, p, e, beg, nb, o) -> c.midPoint(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("midprice", (c, b, p, e, beg, nb, o) ->
                    c.midPrice(0, e, b.high(), b.low(), period(p), beg, nb, o[0])),
            entry("sar", (c, b, p, e, beg, nb, o) ->
                    c.sar(0, e, b.high(), b.low(), p.real("acceleration"), p.real("maximum"), beg, nb, o[0])),
            entry("rsi", (c, b, p, e, beg, nb, o) -> c.rsi(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("macd", (c, b, p, e, beg, nb, o) -> c.macd(0, e, b.close(), p.integer("fast"), p.integer("slow"),
                    p.integer("signal"), beg, nb, o[0], o[1], o[2])),
            entry("stoch", (c, b, p, e, beg, nb, o) -> c.stoch(0, e, b.high(), b.low(), b.close(),
                    p.integer("fastK"), p.integer("slowK"), ma(p, "slowKMaType"), p.integer("slowD"),
                    ma(p, "slowDMaType"), beg, nb, o[0], o[1])),
            entry("stochf", (c, b, p, e, beg, nb, o) -> c.stochF(0, e, b.high(), b.low(), b.close(),
                    p.integer("fastK"), p.integer("fastD"), ma(p, "fastDMaType"), beg, nb, o[0], o[1])),
            entry("stochrsi", (c, b, p, e, beg, nb, o) -> c.stochRsi(0, e, b.close(), period(p), p.integer("fastK"),
                    p.integer("fastD"), ma(p, "fastDMaType"), beg, nb, o[0], o[1])),
            entry("adx", (c, b, p, e, beg, nb, o) -> c.adx(0, e, b.high(), b.low(), b.close(), period(p), beg, nb, o[0])),
            entry("adxr", (c, b, p, e, beg, nb, o) ->
                    c.adxr(0, e, b.high(), b.low(), b.close(), period(p), beg, nb, o[0])),
            entry("dx", (c, b, p, e, beg, nb, o) -> c.dx(0, e, b.high(), b.low(), b.close(), period(p), beg, nb, o[0])),
            entry("plus_di", (c, b, p, e, beg, nb, o) ->
                    c.plusDI(0, e, b.high(), b.low(), b.close(), period(p), beg, nb, o[0])),
            entry("minus_di", (c, b, p, e, beg, nb, o) ->
                    c.minusDI(0, e, b.high(), b.low(), b.close(), period(p), beg, nb, o[0])),
            entry("cci", (c, b, p, e, beg, nb, o) -> c.cci(0, e, b.high(), b.low(), b.close(), period(p), beg, nb, o[0])),
            entry("mfi", (c, b, p, e, beg, nb, o) ->
                    c.mfi(0, e, b.high(), b.low(), b.close(), b.volume(), period(p), beg, nb, o[0])),
            entry("willr", (c, b, p, e, beg, nb, o) ->
                    c.willR(0, e, b.high(), b.low(), b.close(), period(p), beg, nb, o[0])),
            entry("roc", (c, b, p, e, beg, nb, o) -> c.roc(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("mom", (c, b, p, e, beg, nb, o) -> c.mom(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("aroon", (c, b, p, e, beg, nb, o) ->
                    c.aroon(0, e, b.high(), b.low(), period(p), beg, nb, o[0], o[1])),
            entry("aroonosc", (c, b, p, e, beg, nb, o) ->
                    c.aroonOsc(0, e, b.high(), b.low(), period(p), beg, nb, o[0])),
            entry("trix", (c, b, p, e, beg, nb, o) -> c.trix(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("ultosc", (c, b, p, e, beg, nb, o) -> c.ultOsc(0, e, b.high(), b.low(), b.close(),
                    p.integer("period1"), p.integer("period2"), p.integer("period3"), beg, nb, o[0])),
            entry("cmo", (c, b, p, e, beg, nb, o) -> c.cmo(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("apo", (c, b, p, e, beg, nb, o) -> c.apo(0, e, b.close(), p.integer("fast"), p.integer("slow"),
                    ma(p, "maType"), beg, nb, o[0])),
            entry("ppo", (c, b, p, e, beg, nb, o) -> c.ppo(0, e, b.close(), p.integer("fast"), p.integer("slow"),
                    ma(p, "maType"), beg, nb, o[0])),
            entry("bop", (c, b, p, e, beg, nb, o) -> c.bop(0, e, b.open(), b.high(), b.low(), b.close(), beg, nb, o[0])),
            entry("atr", (c, b, p, e, beg, nb, o) -> c.atr(0, e, b.high(), b.low(), b.close(), period(p), beg, nb, o[0])),
            entry("natr", (c, b, p, e, beg, nb, o) ->
                    c.natr(0, e, b.high(), b.low(), b.close(), period(p), beg, nb, o[0])),
            entry("trange", (c, b, p, e, beg, nb, o) -> c.trueRange(0, e, b.high(), b.low(), b.close(), beg, nb, o[0])),
            entry("obv", (c, b, p, e, beg, nb, o) -> c.obv(0, e, b.close(), b.volume(), beg, nb, o[0])),
            entry("ad", (c, b, p, e, beg, nb, o) -> c.ad(0, e, b.high(), b.low(), b.close(), b.volume(), beg, nb, o[0])),
            entry("adosc", (c, b, p, e, beg, nb, o) -> c.adOsc(0, e, b.high(), b.low(), b.close(), b.volume(),
                    p.integer("fast"), p.integer("slow"), beg, nb, o[0])),
            entry("stddev", (c, b, p, e, beg, nb, o) ->
                    c.stdDev(0, e, b.close(), period(p), p.real("deviations"), beg, nb, o[0])),
            entry("var", (c, b, p, e, beg, nb, o) -> c.variance(0, e, b.close(), period(p), 1.0, beg, nb, o[0])),
            entry("linearreg", (c, b, p, e, beg, nb, o) -> c.linearReg(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("linearreg_slope", (c, b, p, e, beg, nb, o) ->
                    c.linearRegSlope(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("min", (c, b, p, e, beg, nb, o) -> c.min(0, e, b.close(), period(p), beg, nb, o[0])),
            entry("max", (c, b, p, e, beg, nb, o) -> c.max(0, e, b.close(), period(p), beg, nb, o[0])));

    private static int period(Parameters parameters) {
        return parameters.integer("period");
    }

    /** The TA-Lib moving-average type of the same name, e.g. SMA to {@code MAType.Sma}. */
    private static MAType ma(Parameters parameters, String name) {
        String type = parameters.asMap().get(name);
        return MAType.valueOf(type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT));
    }

    private TaLibReference() {
    }

    static boolean has(String name) {
        return CALLS.containsKey(name);
    }

    /** TA-Lib's outputs, padded with NaN to align with the bars like this library's. */
    static double[][] compute(String name, int outputs, Bars bars, Parameters parameters) {
        int n = bars.length();
        double[][] packed = new double[outputs][n];
        MInteger begin = new MInteger();
        MInteger count = new MInteger();
        RetCode code = CALLS.get(name).call(new Core(), bars, parameters, n - 1, begin, count, packed);
        assertThat(code).as("TA-Lib %s(%s)", name, parameters).isEqualTo(RetCode.Success);
        double[][] aligned = new double[outputs][n];
        for (int k = 0; k < outputs; k++) {
            Arrays.fill(aligned[k], Double.NaN);
            System.arraycopy(packed[k], 0, aligned[k], begin.value, count.value);
        }
        return aligned;
    }
}
