package dev.artificer.system.algotrader.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.artificer.system.algotrader.report.HtmlReport;
import dev.artificer.system.algotrader.report.ReportData;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The first tearsheet a fresh JVM renders, as the {@code backtest} command does once per run: the 10-year daily run of
 * {@link ReportBenchmark}, timed as CPU of the rendering thread and of the whole process (JIT compiler and GC threads
 * included), beside the wall time. Run it a few times; {@code ReportBenchmark} gives the warmed-up figure.
 */
public final class ColdReportRun {

    private ColdReportRun() {
    }

    /**
     * Builds the run, renders its page once and prints the times.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ReportData data = ReportBenchmark.report(ReportBenchmark.daily(ReportBenchmark.TEN_YEARS));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long threadStart = threads.getCurrentThreadCpuTime();
        long processStart = process.getProcessCpuTime();
        long wallStart = System.nanoTime();
        String page = HtmlReport.render(data);
        System.out.printf("first 10-year daily tearsheet: %.0f ms CPU of the rendering thread, %.0f ms CPU of the "
                        + "process, %.0f ms wall, %,d bytes%n", (threads.getCurrentThreadCpuTime() - threadStart) / 1e6,
                (process.getProcessCpuTime() - processStart) / 1e6, (System.nanoTime() - wallStart) / 1e6,
                page.length());
    }
}
