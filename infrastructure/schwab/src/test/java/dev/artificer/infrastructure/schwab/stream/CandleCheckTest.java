package dev.artificer.infrastructure.schwab.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules a streamed candle must keep. */
class CandleCheckTest {

    @Test
    void aPossibleCandlePasses() {
        assertThat(CandleCheck.reason(values(10.0, 10.5, 9.5, 10.2, 100))).isNull();
    }

    @Test
    void aFlatCandleWithoutVolumePasses() {
        assertThat(CandleCheck.reason(values(10.0, 10.0, 10.0, 10.0, 0))).isNull();
    }

    @ParameterizedTest(name = "open {0} high {1} low {2} close {3} volume {4}: {5}")
    @CsvSource(delimiter = ';', value = {
        "10.0; 9.5; 10.0; 10.0; 100; high 9.5 is below low 10.0",
        "10.6; 10.5; 9.5; 10.2; 100; high 10.5 is below open 10.6 or close 10.2",
        "10.0; 10.5; 9.5; 10.7; 100; high 10.5 is below open 10.0 or close 10.7",
        "9.4; 10.5; 9.5; 10.2; 100; low 9.5 is above open 9.4 or close 10.2",
        "10.0; 10.5; 9.5; 9.45; 100; low 9.5 is above open 10.0 or close 9.45",
        "10.0; 10.5; 9.5; 10.2; -1; volume -1.0 is negative or not finite",
        "0.0; 10.5; 9.5; 10.2; 100; its open 0.0 is not a positive price",
        "10.0; Infinity; 9.5; 10.2; 100; its high Infinity is not a positive price",
        "10.0; 10.5; -9.5; 10.2; 100; its low -9.5 is not a positive price",
    })
    void anImpossibleCandleIsRejectedNamingTheRule(double open, double high, double low, double close, double volume,
                                                   String reason) {
        assertThat(CandleCheck.reason(values(open, high, low, close, volume))).isEqualTo(reason);
    }

    @Test
    void aNegativeSequenceIsRejected() {
        double[] values = values(10.0, 10.5, 9.5, 10.2, 100);
        values[ChartEquityLayout.SEQUENCE] = -3;

        assertThat(CandleCheck.reason(values)).isEqualTo("sequence -3.0 or chart day 19860.0 is negative");
    }

    @Test
    void aStartTimeOfZeroIsRejected() {
        double[] values = values(10.0, 10.5, 9.5, 10.2, 100);
        values[ChartEquityLayout.CHART_TIME] = 0;

        assertThat(CandleCheck.reason(values)).isEqualTo("chart time 0.0 is not a positive epoch time");
    }

    @Test
    void aMissingValueIsNamed() {
        double[] values = values(10.0, 10.5, 9.5, 10.2, 100);
        values[ChartEquityLayout.VOLUME] = Double.NaN;

        assertThat(CandleCheck.reason(values)).isEqualTo("it lacks the volume");
    }

    private static double[] values(double open, double high, double low, double close, double volume) {
        double[] values = new double[ChartEquityLayout.VALUES];
        values[ChartEquityLayout.SEQUENCE] = 1;
        values[ChartEquityLayout.OPEN] = open;
        values[ChartEquityLayout.HIGH] = high;
        values[ChartEquityLayout.LOW] = low;
        values[ChartEquityLayout.CLOSE] = close;
        values[ChartEquityLayout.VOLUME] = volume;
        values[ChartEquityLayout.CHART_TIME] = 1_715_908_500_000L;
        values[ChartEquityLayout.CHART_DAY] = 19_860;
        return values;
    }
}
