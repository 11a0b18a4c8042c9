package dev.artificer.system.algotrader.csvimport;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.MarketSession;
import dev.artificer.component.market.Timeframe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of one symbol's bars (UTF-8, a header row first, {@code ,} or {@code ;} between values, chosen
 * by which the header uses more) and hands each data row to a visitor as a bar or as a problem with its line
 * number. Rows must be oldest first: a time equal to or before the previous good row's is a problem. Blank lines
 * are skipped. Reading twice gives the same rows, so a file can be checked first and stored afterwards.
 */
final class BarCsvReader {

    private final Path file;
    private final Symbol symbol;
    private final Timeframe timeframe;

    /**
     * Creates the reader.
     *
     * @param file      the CSV file
     * @param symbol    the symbol its bars belong to
     * @param timeframe their timeframe
     */
    BarCsvReader(Path file, Symbol symbol, Timeframe timeframe) {
        this.file = file;
        this.symbol = symbol;
        this.timeframe = timeframe;
    }

    /**
     * Reads the whole file.
     *
     * @param visitor receives each data row
     * @throws CsvImportException when the file is missing, unreadable, empty, malformed or lacks a needed column
     */
    void read(RowVisitor visitor) {
        if (Files.isDirectory(file)) {
            throw new CsvImportException(file + " is a directory, not a CSV file");
        }
        char delimiter = delimiter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        try (BufferedReader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
            rows(parser, delimiter, visitor);
        } catch (IOException failure) {
            throw failed(failure);
        } catch (UncheckedIOException failure) {
            throw failed(failure.getCause());
        }
    }

    private void rows(CSVParser parser, char delimiter, RowVisitor visitor) {
        Iterator<CSVRecord> records = parser.iterator();
        RowReader reader = null;
        Ordering ordering = new Ordering();
        long dataRows = 0;
        long before = parser.getCurrentLineNumber();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long line = before + 1;
            before = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            if (reader == null) {
                reader = new RowReader(symbol, timeframe, Columns.of(file.toString(), record.toList()), delimiter == ';');
                continue;
            }
            dataRows++;
            try {
                visitor.bar(ordering.next(line, reader.bar(record)));
            } catch (RowRejected rejected) {
                visitor.problem(new RowProblem(line, rejected.getMessage()));
            }
        }
        if (reader == null) {
            throw new CsvImportException(file + " is empty");
        }
        if (dataRows == 0) {
            throw new CsvImportException(file + " has a header but no rows");
        }
    }

    /** The separator the header line uses most: {@code ;} or {@code ,}. */
    private char delimiter() {
        try (BufferedReader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = text.readLine();
            while (line != null && line.isBlank()) {
                line = text.readLine();
            }
            if (line == null) {
                throw new CsvImportException(file + " is empty");
            }
            return count(line, ';') > count(line, ',') ? ';' : ',';
        } catch (IOException failure) {
            throw CsvImportException.unreadable(file, failure);
        }
    }

    private static long count(String line, char wanted) {
        return line.chars().filter(character -> character == wanted).count();
    }

    private CsvImportException failed(IOException failure) {
        return failure instanceof CSVException malformed
                ? new CsvImportException(file + " is not valid CSV: " + malformed.getMessage())
                : CsvImportException.unreadable(file, failure);
    }

    /** Checks that each good row comes after the previous good one. */
    private final class Ordering {
        private Instant last;
        private long lastLine;

        Bar next(long line, Bar bar) {
            if (last != null && !bar.start().isAfter(last)) {
                String shown = MarketSession.NEW_YORK.label(timeframe, bar.start());
                String previous = MarketSession.NEW_YORK.label(timeframe, last);
                throw new RowRejected(bar.start().equals(last)
                        ? "duplicate time " + shown + ": line " + lastLine + " has it too"
                        : "time " + shown + " is before " + previous + " on line " + lastLine + "; rows must be oldest first");
            }
            last = bar.start();
            lastLine = line;
            return bar;
        }
    }
}
