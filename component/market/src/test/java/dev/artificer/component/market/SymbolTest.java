package dev.artificer.component.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SymbolTest {

    @Test
    void inputIsTrimmedAndUpperCased() {
        assertThat(Symbol.of("  aapl ").value()).isEqualTo("AAPL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "BRK.B", "BRK/B", "$SPX", "BF-B", "GOOGL"})
    void usualTickerFormsAreAccepted(String text) {
        assertThat(Symbol.of(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1ABC", "AA PL", "TOOLONGSYMBOLX", "$", "A;DROP"})
    void malformedSymbolsAreRejectedWithTheInput(String text) {
        assertThatThrownBy(() -> Symbol.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("symbol must be");
    }

    @Test
    void missingSymbolIsRejectedClearly() {
        assertThatThrownBy(() -> Symbol.of(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got nothing");
    }
}
