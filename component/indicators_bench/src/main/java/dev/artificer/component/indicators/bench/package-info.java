/**
 * JMH benchmark of the indicator core against TA-Lib 0.4.0 (Java), ta4j 0.22.2 with {@code DoubleNum} and a
 * {@code System.arraycopy} memory baseline, all on the same 1,000,000-bar input. Run it with
 * {@code scripts/bench-indicators.sh}; {@link dev.artificer.component.indicators.bench.BenchmarkMain} writes
 * the JMH JSON and the table of {@code component/indicators/BENCHMARKS.md}.
 */
package dev.artificer.component.indicators.bench;
