package dev.artificer.system.algotrader.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} and {@code --csv} options of a command that prints a table: text for people by default, one JSON
 * document or a CSV table (a header line of field names, then one line per row) for scripts.
 */
public final class OutputFormat {

    /** How the result is printed. */
    enum Kind { TEXT, JSON, CSV }

    @Option(names = "--json", description = "Print the result as one JSON document.")
    private boolean json;

    @Option(names = "--csv", description = "Print the table as CSV: a header of field names, then one line per row.")
    private boolean csv;

    Kind kind() {
        if (json && csv) {
            throw new UsageException("--json and --csv cannot be combined: choose one", null);
        }
        return json ? Kind.JSON : csv ? Kind.CSV : Kind.TEXT;
    }

    boolean text() {
        return kind() == Kind.TEXT;
    }
}
