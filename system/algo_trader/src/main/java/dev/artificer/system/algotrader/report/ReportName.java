package dev.artificer.system.algotrader.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names a report file so that no run overwrites another's: the kind, the UTC time it was written, the strategy and
 * a short hash of the run store, the run's id there and that time. Run ids count per database while the reports
 * folder belongs to the data directory, so two databases (H2, MySQL) give the same ids to different runs; the hash
 * tells them apart, e.g. {@code backtest-20261203-134501-sma-cross-3f9a1c2b.html}.
 */
public final class ReportName {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private ReportName() {
    }

    /**
     * The file name of a report.
     *
     * @param kind     {@code backtest}, {@code walkforward}, {@code optimize} or {@code walkforward-summary}
     * @param strategy the strategy's name; characters other than letters, digits and {@code -} become {@code -}
     * @param runStore where the run is stored, in words (e.g. its JDBC URL)
     * @param id       the run's id in that store
     * @param written  when the report is written
     * @return e.g. {@code backtest-20261203-134501-sma-cross-3f9a1c2b.html}
     */
    public static String of(String kind, String strategy, String runStore, long id, Instant written) {
        String safe = strategy.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return kind + "-" + STAMP.format(written) + "-" + safe + "-" + hash(runStore + "\n" + id + "\n" + written)
                + ".html";
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
