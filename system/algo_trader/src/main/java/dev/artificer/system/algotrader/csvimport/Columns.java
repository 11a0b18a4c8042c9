package dev.artificer.system.algotrader.csvimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where each needed value sits in a row, read from the header: a time column ({@code date}, {@code time},
 * {@code datetime} or {@code timestamp}) and {@code open, high, low, close, volume}, in any order and case.
 * Other columns (e.g. {@code adj close}) are ignored, even when named twice.
 *
 * @param timeName the time column's name as written in lower case, for messages
 * @param time     index of the time column
 * @param open     index of {@code open}
 * @param high     index of {@code high}
 * @param low      index of {@code low}
 * @param close    index of {@code close}
 * @param volume   index of {@code volume}
 * @param count    how many columns the header names; every row must have as many values
 */
record Columns(String timeName, int time, int open, int high, int low, int close, int volume, int count) {

    private static final Set<String> TIME_NAMES = Set.of("date", "time", "datetime", "timestamp");
    private static final List<String> PRICE_NAMES = List.of("open", "high", "low", "close", "volume");

    /**
     * Reads the header.
     *
     * @param file   the file, for messages
     * @param header the header row's values
     * @return the columns
     * @throws CsvImportException when a needed column is missing or named twice
     */
    static Columns of(String file, List<String> header) {
        List<String> names = header.stream().map(Columns::normalise).toList();
        Map<String, Integer> index = new HashMap<>();
        List<String> timeColumns = new ArrayList<>();
        for (int column = 0; column < names.size(); column++) {
            String name = names.get(column);
            boolean needed = TIME_NAMES.contains(name) || PRICE_NAMES.contains(name);
            if (index.putIfAbsent(name, column) != null && needed) {
                throw new CsvImportException(file + ": the header names '" + name + "' twice");
            }
            if (TIME_NAMES.contains(name)) {
                timeColumns.add(name);
            }
        }
        List<String> missing = new ArrayList<>();
        if (timeColumns.isEmpty()) {
            missing.add("date (or time, datetime, timestamp)");
        }
        PRICE_NAMES.stream().filter(name -> !index.containsKey(name)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new CsvImportException(file + ": the first line must be a header naming the columns; missing: "
                    + String.join(", ", missing) + " (found: " + String.join(", ", header) + ")");
        }
        if (timeColumns.size() > 1) {
            throw new CsvImportException(file + ": the header names more than one time column (" + String.join(", ",
                    timeColumns) + "); keep one, holding the bar's start");
        }
        String timeName = timeColumns.getFirst();
        return new Columns(timeName, index.get(timeName), index.get("open"), index.get("high"), index.get("low"),
                index.get("close"), index.get("volume"), names.size());
    }

    private static String normalise(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
