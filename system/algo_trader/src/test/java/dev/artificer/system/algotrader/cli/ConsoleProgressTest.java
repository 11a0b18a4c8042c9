package dev.artificer.system.algotrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final StringWriter printed = new StringWriter();
    private final ConsoleProgress progress = new ConsoleProgress(new PrintWriter(printed));

    @Test
    void aSeriesThatStoredNothingIsNamedForItselfNotForThePreviousOne() {
        progress.chunkStored(Symbol.of("AAPL"), Timeframe.DAILY, 250, 0);
        progress.seriesDone(Symbol.of("AAPL"), Timeframe.DAILY, 1, 2);

        progress.seriesDone(Symbol.of("MSFT"), Timeframe.DAILY, 2, 2);

        assertThat(printed.toString().lines().toList().getLast()).startsWith("[2/2] MSFT " + Timeframe.DAILY)
                .contains(" 0 bars | total 250 bars");
    }
}
