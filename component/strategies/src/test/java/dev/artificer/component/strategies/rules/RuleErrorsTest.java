package dev.artificer.component.strategies.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of mistake in a rule gives one line that points at the column where it is. */
class RuleErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            closee > 1                                  | 1  | unknown name 'closee'
            smaa(close, 10) > 1                         | 1  | unknown function 'smaa'
            sma(close, 10, 3) > 1                       | 16 | sma takes a series and 1 parameter(s) (period), got 2
            sma(close, 1) > 1                           | 1  | period
            sma(close, period=10, period=20) > 1        | 23 | period is given twice
            sma(close, length=10) > 1                   | 19 | sma has no parameter 'length'
            sma() > 1                                   | 1  | sma needs the series it reads first
            sma(close, close) > 1                       | 12 | not a series
            macd(close).signl > 0                       | 13 | macd has no output 'signl'
            crosses_above(close) and close > 1          | 1  | crosses_above takes (a, b), got 1 argument
            highest(close, 2.5) > 1                     | 16 | highest needs a whole number of bars
            prev(close, 0) > 1                          | 13 | prev needs a whole number of bars
            sma(close, 10)                              | 1  | this is a number, but a condition is needed here
            close > 1 and sma(close, 10)                | 15 | 'and' needs a condition on its right
            (close > 1) + 2 > 1                         | 8  | '+' needs a number, but this is a condition
            rsi > 70                                    | 1  | rsi is a function: call it, e.g. rsi(close, 14)
            close > 1 close < 2                         | 11 | unexpected 'close' after a complete expression
            (close > 1                                  | 11 | expected ')' to close the '(' at column 1
            close > > 1                                 | 9  | expected a number, a name or '(', got '>'
            1 < close < 2                               | 11 | comparisons do not chain
            close > 1 $ 2                               | 11 | unexpected '$'
            close > 1.2.3                               | 9  | '1.2.3' is not a number
            """)
    void aMistakeIsOneLineWithItsColumn(String entry, int column, String problem) {
        RuleSyntaxException thrown = catchThrowableOfType(RuleSyntaxException.class,
                () -> RuleProgram.compile(entry, "close < 0", Map.of()));

        assertThat(thrown).as(entry).isNotNull();
        assertThat(thrown.column()).as(thrown.getMessage()).isEqualTo(column);
        assertThat(thrown.getMessage()).startsWith("entry: column " + column + ": ").contains(problem)
                .doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            close < lvel | 9 | unknown name 'lvel'; a name is open, high, low, close, volume, a parameter (level)
            """)
    void aMistakeInTheExitIsSaidToBeInTheExit(String exit, int column, String problem) {
        RuleSyntaxException thrown = catchThrowableOfType(RuleSyntaxException.class,
                () -> RuleProgram.compile("close > level", exit, Map.of("level", 1.0)));

        assertThat(thrown.getMessage()).startsWith("exit: column " + column + ": ").contains(problem);
    }
}
