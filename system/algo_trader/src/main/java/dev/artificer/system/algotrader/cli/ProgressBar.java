package dev.artificer.system.algotrader.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A console progress bar for long runs: {@code [#########...........] 45/100 combinations, 3.1/s, ETA 0:17}. On a
 * terminal it redraws one line; otherwise (a pipe, a log) it prints a line at every tenth of the way. Safe to call
 * from several threads.
 */
final class ProgressBar implements IntConsumer {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final int total;
    private final String unit;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private int lastTenth = -1;

    ProgressBar(PrintWriter out, int total, String unit) {
        this.out = out;
        this.total = Math.max(1, total);
        this.unit = unit;
        this.terminal = System.console() != null;
    }

    @Override
    public synchronized void accept(int done) {
        int tenth = done * 10 / total;
        if (!terminal && tenth == lastTenth && done != total) {
            return;
        }
        lastTenth = tenth;
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = done / seconds;
        Duration eta = Duration.ofSeconds(rate > 0 ? Math.round((total - done) / rate) : 0);
        int filled = done * WIDTH / total;
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d %s, %.1f/s, ETA %d:%02d", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, unit, rate, eta.toMinutes(), eta.toSecondsPart());
        if (terminal) {
            out.print("\r" + line + (done == total ? System.lineSeparator() : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }
}
