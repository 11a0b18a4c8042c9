package dev.artificer.system.algotrader.csvimport;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Imports a CSV file of one symbol's bars into the BarRepository. The whole file is checked first; when any row
 * is bad nothing is stored, unless bad rows are to be skipped, then the good rows are stored (a second read of
 * the file, in chunks, so that a file of millions of bars never sits in memory) with the source
 * {@value #SOURCE}.
 */
public final class CsvBarImport {

    /** The source recorded with imported bars. */
    public static final String SOURCE = "imported";

    /** How many bad rows a report lists; the rest are only counted. */
    public static final int SHOWN_PROBLEMS = 20;

    private static final int CHUNK = 10_000;

    private final Supplier<BarRepository> repository;

    /**
     * Creates the import.
     *
     * @param repository where bars go; asked for only when there is something to store
     */
    public CsvBarImport(Supplier<BarRepository> repository) {
        this.repository = repository;
    }

    /**
     * Checks the file and stores its bars when the policy allows.
     *
     * @param file        the CSV file
     * @param symbol      whose bars they are
     * @param timeframe   their timeframe
     * @param skipBadRows store the good rows even when some are bad
     * @param progress    hears about the storing
     * @return what was found and stored
     * @throws CsvImportException when the file as a whole cannot be read as bars
     */
    public ImportReport run(Path file, Symbol symbol, Timeframe timeframe, boolean skipBadRows, ImportProgress progress) {
        BarCsvReader reader = new BarCsvReader(file, symbol, timeframe);
        Tally tally = new Tally();
        reader.read(tally);
        if (tally.good == 0 || tally.problemCount > 0 && !skipBadRows) {
            return tally.report(timeframe, 0);
        }
        BarRepository bars = repository.get();
        progress.storing(tally.good, bars.location());
        Storing storing = new Storing(bars, tally.good, progress);
        reader.read(storing);
        storing.flush();
        return tally.report(timeframe, storing.stored);
    }

    /** The first read: counts the good rows, keeps the first problems and the time span. */
    private static final class Tally implements RowVisitor {
        private final List<RowProblem> problems = new ArrayList<>();
        private long good;
        private long problemCount;
        private Instant first;
        private Instant last;

        @Override
        public void bar(Bar bar) {
            good++;
            first = first == null ? bar.start() : first;
            last = bar.start();
        }

        @Override
        public void problem(RowProblem problem) {
            problemCount++;
            if (problems.size() < SHOWN_PROBLEMS) {
                problems.add(problem);
            }
        }

        ImportReport report(Timeframe timeframe, long stored) {
            return new ImportReport(timeframe, good, stored, List.copyOf(problems), problemCount, first, last);
        }
    }

    /** The second read: stores the good rows in chunks. */
    private static final class Storing implements RowVisitor {
        private final BarRepository bars;
        private final long total;
        private final ImportProgress progress;
        private final List<Bar> chunk = new ArrayList<>(CHUNK);
        private long stored;

        Storing(BarRepository bars, long total, ImportProgress progress) {
            this.bars = bars;
            this.total = total;
            this.progress = progress;
        }

        @Override
        public void bar(Bar bar) {
            chunk.add(bar);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        @Override
        public void problem(RowProblem problem) {
            // reported by the first read
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            bars.save(List.copyOf(chunk), SOURCE);
            stored += chunk.size();
            chunk.clear();
            progress.stored(stored, total);
        }
    }
}
