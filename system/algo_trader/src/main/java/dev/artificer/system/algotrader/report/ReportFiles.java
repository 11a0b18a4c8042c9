package dev.artificer.system.algotrader.report;

import java.nio.file.Path;

/**
 * The files a report was written to.
 *
 * @param html   the page
 * @param trades the CSV of round trips beside it
 */
public record ReportFiles(Path html, Path trades) {
}
