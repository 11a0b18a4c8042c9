package dev.artificer.system.algotrader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows a command lists, printed three ways from one description of its columns: an aligned table of formatted
 * text, a JSON document {@code {"<name>": [ {field: value, ...}, ... ]}} with numbers as numbers and times as
 * ISO-8601, or CSV with the field names as header.
 *
 * @param <T> a row
 */
final class Listing<T> {

    private record Column<T>(String header, String field, Function<T, Object> value, Function<T, String> text) {
    }

    private final String name;
    private final List<Column<T>> columns = new ArrayList<>();

    /**
     * Starts a listing.
     *
     * @param name the JSON document's field that holds the rows, e.g. {@code decisions}
     */
    Listing(String name) {
        this.name = name;
    }

    /**
     * Adds a column whose text is the value's {@code toString}.
     *
     * @param header the table's heading
     * @param field  the JSON field and CSV heading
     * @param value  the row's value (a number, text, time, or null)
     * @return this
     */
    Listing<T> column(String header, String field, Function<T, Object> value) {
        return column(header, field, value, row -> {
            Object plain = value.apply(row);
            return plain == null ? "-" : plain.toString();
        });
    }

    /**
     * Adds a field for scripts only: in the JSON document and the CSV, not in the table.
     *
     * @param field the JSON field and CSV heading
     * @param value the row's value (a number, text, time, or null)
     * @return this
     */
    Listing<T> field(String field, Function<T, Object> value) {
        return column(null, field, value, row -> "");
    }

    /**
     * Adds a column with its own text for people.
     *
     * @param header the table's heading
     * @param field  the JSON field and CSV heading
     * @param value  the row's value (a number, text, time, or null)
     * @param text   the row's cell in the table
     * @return this
     */
    Listing<T> column(String header, String field, Function<T, Object> value, Function<T, String> text) {
        columns.add(new Column<>(header, field, value, text));
        return this;
    }

    /**
     * Prints the rows as the format asks; an empty text listing prints the hint instead of an empty table.
     *
     * @param out    standard output
     * @param format the chosen format
     * @param rows   the rows
     * @param empty  the line shown to a person when there are no rows
     */
    void print(PrintWriter out, OutputFormat format, List<T> rows, String empty) {
        switch (format.kind()) {
            case JSON -> JsonOutput.print(out, Map.of(name, rows.stream().map(this::document).toList()));
            case CSV -> csv(out, rows);
            case TEXT -> {
                if (rows.isEmpty()) {
                    out.println(empty);
                } else {
                    table(rows).print(out);
                }
            }
        }
        out.flush();
    }

    /**
     * The rows as a table of text, for a command that adds lines around it.
     *
     * @param rows the rows
     * @return the table
     */
    Table table(List<T> rows) {
        List<Column<T>> shown = columns.stream().filter(column -> column.header() != null).toList();
        Table table = new Table(shown.stream().map(Column::header).toArray(String[]::new));
        for (T row : rows) {
            table.row(shown.stream().map(column -> column.text().apply(row)).toArray(String[]::new));
        }
        return table;
    }

    /**
     * One row as a JSON object's fields.
     *
     * @param row the row
     * @return the fields in column order
     */
    Map<String, Object> document(T row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        columns.forEach(column -> fields.put(column.field(), json(column.value().apply(row))));
        return fields;
    }

    private void csv(PrintWriter out, List<T> rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(columns.stream().map(Column::field).toArray(String[]::new)).get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            for (T row : rows) {
                for (Column<T> column : columns) {
                    printer.print(json(column.value().apply(row)));
                }
                printer.println();
            }
            printer.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static Object json(Object value) {
        return value instanceof Double number ? JsonOutput.number(number) : value;
    }
}
