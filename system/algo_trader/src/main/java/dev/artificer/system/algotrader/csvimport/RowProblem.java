package dev.artificer.system.algotrader.csvimport;

/**
 * Why one row of a CSV file was refused.
 *
 * @param line   the row's line number in the file, counting from 1 (the header is line 1 in most files)
 * @param reason what is wrong, e.g. {@code high 101.2 is below low 103.0}
 */
public record RowProblem(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
