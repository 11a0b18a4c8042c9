package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.IngestionProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** Shows ingestion progress on the console: one line per finished series with totals, rate and ETA. */
final class ConsoleProgress implements IngestionProgress {

    private final PrintWriter out;
    private final long startNanos = System.nanoTime();
    private long seriesWritten;
    private long seriesRejected;
    private long totalWritten;

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void chunkStored(Symbol symbol, Timeframe timeframe, int written, int rejected) {
        seriesWritten += written;
        seriesRejected += rejected;
        totalWritten += written;
    }

    @Override
    public void seriesDone(Symbol symbol, Timeframe timeframe, int done, int total) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        Duration eta = Duration.ofSeconds(Math.round(seconds / done * (total - done)));
        out.printf(Locale.ROOT, "[%d/%d] %-14s %,9d bars%s | total %,d bars, %,.0f bars/s, ETA %d:%02d%n", done, total,
                symbol + " " + timeframe, seriesWritten, seriesRejected > 0 ? " (" + seriesRejected + " rejected)" : "", totalWritten,
                totalWritten / seconds, eta.toMinutes(), eta.toSecondsPart());
        out.flush();
        seriesWritten = 0;
        seriesRejected = 0;
    }
}
