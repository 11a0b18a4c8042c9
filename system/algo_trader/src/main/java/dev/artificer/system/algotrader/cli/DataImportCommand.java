package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.csvimport.CsvBarImport;
import dev.artificer.system.algotrader.csvimport.CsvImportException;
import dev.artificer.system.algotrader.csvimport.ImportReport;
import dev.artificer.system.algotrader.csvimport.RowProblem;
import dev.artificer.system.algotrader.marketdata.BarRepository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code algo-trader data import FILE --symbol S}: stores the bars of a CSV file where the backtest and the
 * pipeline read them, after checking every row. Bad input (a bad row, a missing or empty file) exits with 2.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import one symbol's bars from a CSV file into the bar store (source 'imported').",
                "The first line names the columns, in any order and case: date (or time, datetime, timestamp), open, "
                        + "high, low, close, volume; others (e.g. adj close) are ignored. Values are separated by , or ;.",
                "daily/weekly/monthly: dates yyyy-MM-dd (the bar starts at 00:00 New York; weekly on a Monday, monthly "
                        + "on the 1st). Intraday: ISO date-times with offset (2024-01-02T09:30:00-05:00) or epoch "
                        + "milliseconds. Rows oldest first.",
                "If any row is bad nothing is stored and the bad rows are listed with their line numbers."})
public class DataImportCommand implements Callable<Integer> {

    private final ObjectProvider<BarRepository> bars;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
    private Path file;

    @Option(names = "--symbol", required = true, description = "Whose bars these are, e.g. AAPL.")
    private Symbol ticker;

    @Option(names = "--timeframe", defaultValue = "daily", completionCandidates = TimeframeCodes.class,
            description = "Bar size: 1m, 5m, 10m, 15m, 30m, daily, weekly, monthly (default ${DEFAULT-VALUE}).")
    private Timeframe size;

    @Option(names = "--json", description = "Print the summary as one JSON document (progress goes to standard error).")
    private boolean json;

    @Option(names = "--skip-bad-rows", description = "Store the good rows even when some are bad (they are listed).")
    private boolean skipBadRows;

    /**
     * Creates the command.
     *
     * @param bars where bars are stored, opened only once the file checked out
     */
    public DataImportCommand(ObjectProvider<BarRepository> bars) {
        this.bars = bars;
    }

    /**
     * Checks and imports the file.
     *
     * @return 0 when bars were stored, 2 for bad input
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report;
        try {
            report = new CsvBarImport(bars::getObject).run(file, ticker, size, skipBadRows,
                    new ConsoleImportProgress(json ? err : spec.commandLine().getOut()));
        } catch (CsvImportException badFile) {
            return badInput(err, badFile.getMessage());
        }
        if (report.refused()) {
            err.println(prefix() + refusal(report));
            problems(err, report);
            return CommandLine.ExitCode.USAGE;
        }
        if (report.problemCount() > 0) {
            err.printf(Locale.ROOT, "%sskipped %,d bad row(s) of %s:%n", prefix(), report.problemCount(), file);
            problems(err, report);
        }
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("file", file.toString());
            fields.put("symbol", ticker.value());
            fields.put("timeframe", size.code());
            fields.put("stored", report.stored());
            fields.put("badRows", report.problemCount());
            fields.put("first", report.first());
            fields.put("last", report.last());
            JsonOutput.print(spec.commandLine().getOut(), fields);
            return 0;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Imported %,d %s bars of %s (%s) from %s%n", report.stored(), size, ticker,
                report.span(), file);
        return 0;
    }

    private int badInput(PrintWriter err, String message) {
        err.println(prefix() + message);
        return CommandLine.ExitCode.USAGE;
    }

    private String refusal(ImportReport report) {
        if (report.goodRows() == 0) {
            return String.format(Locale.ROOT, "%s has no good rows (%,d bad); nothing was stored:", file, report.problemCount());
        }
        return String.format(Locale.ROOT, "%s has %,d bad row(s); nothing was stored. Fix them, or pass --skip-bad-rows "
                + "to import the %,d good one(s):", file, report.problemCount(), report.goodRows());
    }

    private static void problems(PrintWriter err, ImportReport report) {
        for (RowProblem problem : report.problems()) {
            err.println("  " + problem);
        }
        if (report.unshownProblems() > 0) {
            err.printf(Locale.ROOT, "  ... and %,d more%n", report.unshownProblems());
        }
    }

    private String prefix() {
        return spec.parent().name() + " " + spec.name() + ": ";
    }
}
