package dev.artificer.component.indicators.catalog;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import dev.artificer.component.indicators.testing.Bars;
import java.util.Arrays;
import java.util.Map;

/** The TA-Lib 0.4.0 function behind each catalogue name, called with the same parameters. */
final class TaLibReference {

    /** One TA-Lib call over bars {@code [0, end]}. */
    @FunctionalInterface
    interface Call {
        RetCode call(Core core, Bars b, Parameters p, int end, MInteger begin, MInteger count, double[][] out);
    }

    private static final Map<String, Call> CALLS = Map.ofEntries(
            entry("sma", (c, b, p, end, beg, nb, o) -> c.sma(0, end, b.close(), p.integer("period"), beg, nb, o[0])),
            entry("ema", (c, b, p, end, beg, nb, o) -> c.ema(0, end, b.close(), p.integer("period"), beg, nb, o[0])),
            entry("rsi", (c, b, p, end, beg, nb, o) -> c.rsi(0, end, b.close(), p.integer("period"), beg, nb, o[0])),
            entry("atr", (c, b, p, end, beg, nb, o) ->
                    c.atr(0, end, b.high(), b.low(), b.close(), p.integer("period"), beg, nb, o[0])),
            entry("trange", (c, b, p, end, beg, nb, o) ->
                    c.trueRange(0, end, b.high(), b.low(), b.close(), beg, nb, o[0])));

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
