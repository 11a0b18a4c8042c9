package dev.artificer.component.strategies.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.strategy.ParameterSpec;
import org.junit.jupiter.api.Test;

class RulesFileTest {

    private static final String DIP_BUYER = """
            # buys dips in an uptrend
            description: Dips above the 200-day average
            param depth = 2.5 (0.5..10) percent below the 20-day high
            param trend = 200 (50..400)
            entry: close > sma(close, trend)   # in an uptrend
                   and close < highest(high, 20) * (1 - depth / 100)
            exit: close > highest(high, 20) * 0.99
            set sizing = percent
            set percent = 25
            """;

    @Test
    void aFileDeclaresItsNameDescriptionParametersConditionsAndDefaults() {
        RulesFile file = RulesFile.parse("dip-buyer.rules", DIP_BUYER);

        assertThat(file.name()).isEqualTo("dip-buyer");
        assertThat(file.description()).isEqualTo("Dips above the 200-day average");
        assertThat(file.parameters()).containsExactly(
                ParameterSpec.decimal("depth", 2.5, 0.5, 10, "percent below the 20-day high"),
                ParameterSpec.integer("trend", 200, 50, 400, "trend"));
        assertThat(file.entry()).isEqualTo("close > sma(close, trend) and close < highest(high, 20) * (1 - depth / 100)");
        assertThat(file.entryLine()).isEqualTo(5);
        assertThat(file.exitLine()).isEqualTo(7);
        assertThat(file.defaults()).containsEntry("sizing", "percent").containsEntry("percent", "25");
    }

    @Test
    void aLineThatIsNoneOfTheKindsIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> RulesFile.parse("x.rules", "entry: close > 1\nexit: close < 1\nbuy when cheap\n"))
                .hasMessageStartingWith("x.rules:3: expected 'description:'");
    }

    @Test
    void aFileWithoutAnExitIsRefused() {
        assertThatThrownBy(() -> RulesFile.parse("x.rules", "entry: close > 1\n"))
                .hasMessageContaining("needs an 'entry:' and an 'exit:' line");
    }

    @Test
    void aParameterNamedLikeABarFieldIsRefused() {
        assertThatThrownBy(() -> RulesFile.parse("x.rules", "param close = 3 (1..5)\nentry: close > 1\nexit: close < 1"))
                .hasMessageStartingWith("x.rules:1: 'close' is a word of the rule language");
    }

    @Test
    void aDefaultOutsideItsRangeIsRefusedWithItsLine() {
        assertThatThrownBy(() -> RulesFile.parse("x.rules", "entry: close > 1\nexit: close < 1\nparam n = 50 (1..10)"))
                .hasMessageStartingWith("x.rules:3: parameter n: ");
    }

    @Test
    void aFileNameThatIsNoStrategyNameIsRefused() {
        assertThatThrownBy(() -> RulesFile.parse("My Idea.rules", "entry: close > 1\nexit: close < 1"))
                .hasMessageContaining("must be lower case letters, digits and '-'");
    }
}
