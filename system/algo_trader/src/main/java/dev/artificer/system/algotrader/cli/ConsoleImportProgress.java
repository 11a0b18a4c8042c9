package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.csvimport.ImportProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** Shows an import's storing on the console: where the bars go, then (for large files) every tenth of the way. */
final class ConsoleImportProgress implements ImportProgress {

    private final PrintWriter out;
    private long startNanos;
    private long lastTenth;

    ConsoleImportProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void storing(long bars, String location) {
        out.printf(Locale.ROOT, "Storing %,d bars into %s ...%n", bars, location);
        out.flush();
        startNanos = System.nanoTime();
    }

    @Override
    public void stored(long stored, long total) {
        long tenth = stored * 10 / total;
        if (stored == total || tenth == lastTenth) {
            return;
        }
        lastTenth = tenth;
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        Duration eta = Duration.ofSeconds(Math.round(seconds / stored * (total - stored)));
        out.printf(Locale.ROOT, "  %,d of %,d bars (%d %%), %,.0f bars/s, ETA %d:%02d%n", stored, total, stored * 100 / total,
                stored / seconds, eta.toMinutes(), eta.toSecondsPart());
        out.flush();
    }
}
