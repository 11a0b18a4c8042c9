package dev.artificer.system.algotrader.userstrategy;

/**
 * The starter {@code .rules} file that {@code strategy new NAME --rules} writes: a commented moving-average cross
 * that trades exactly as {@code sma-cross} does with the same numbers, and says what else a rule may use.
 */
public final class RulesTemplate {

    private RulesTemplate() {
    }

    /**
     * The file's text.
     *
     * @return the starter
     */
    public static String text() {
        return """
                # A rule strategy: no Java needed. The file name (without .rules) is the strategy's name.
                # Long from the bar the entry holds until the bar the exit does (when both hold, the exit wins);
                # orders fill from the next bar on. Change a line, then run the backtest again: the file is read
                # at every run, and the service picks it up between bars.
                #
                # Names:      open high low close volume, and the parameters declared below
                # Operators:  + - * /   < <= > >= == !=   and or not   ( )
                # Functions:  crosses_above(a, b)  crosses_below(a, b)  highest(x, n)  lowest(x, n)
                #             prev(x, n)  abs(x)
                # Indicators: every name of the catalogue, the series first when it reads one:
                #             sma(close, 20)  rsi(close, 14)  atr(14)  macd(close, 12, 26, 9).signal
                #             bbands(close, 20, devUp=2.5).upper
                # A line starting with a blank continues the one above.

                description: Long when the fast SMA crosses above the slow one; flat when it crosses below

                # param NAME = DEFAULT (MIN..MAX) what it means; a default with a '.' makes it a decimal.
                # optimize searches them: optimize --strategy NAME --symbol AAPL fast=5..20:5 slow=30..60:10
                param fast = 10 (2..1000) fast SMA period
                param slow = 30 (3..5000) slow SMA period

                entry: crosses_above(sma(close, fast), sma(close, slow))
                exit: crosses_below(sma(close, fast), sma(close, slow))

                # Defaults of the sizing parameters every strategy has (sizing=fixed|percent|atr-risk, quantity,
                # percent, risk, atr, stop); the command line still overrides them.
                set sizing = fixed
                set quantity = 100
                """;
    }
}
