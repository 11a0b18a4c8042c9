package dev.artificer.system.algotrader.report;

/**
 * How a run was set up, in words, for the head of its report (the symbols, dates, bar size, equity and risk-free
 * rate come from the run itself).
 *
 * @param strategy   the strategy's registered name, e.g. {@code sma-cross}
 * @param parameters the parameters that matter, e.g. {@code fast=10 slow=30} (sizing apart, unused ones left out)
 * @param sizing     the position sizing, e.g. {@code percent=20 (percent of equity)}; empty when the strategy has none
 * @param costs      commission and slippage, e.g. {@code commission per-share:0.005:1.00, slippage bps:5}
 * @param fillModel  how market orders fill, e.g. {@code next bar's open}
 * @param account    margin and shorting, e.g. {@code cash account (margin 1x), long only}
 * @param dataSource where the bars came from, e.g. {@code simulated (not real prices)}
 * @param code       the strategy's code: {@code built-in}, or its source file and hash
 */
public record ReportHeader(String strategy, String parameters, String sizing, String costs, String fillModel,
                           String account, String dataSource, String code) {
}
