package dev.artificer.infrastructure.schwab.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Symbol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser's symbols, found by their characters. */
class SymbolCacheTest {

    private final SymbolCache cache = new SymbolCache();

    @Test
    void theSameCharactersGiveTheSameSymbolInstance() {
        char[] buffer = "xxAAPLyy".toCharArray();

        Symbol first = cache.lookup(buffer, 2, 4);
        Symbol second = cache.lookup("AAPL".toCharArray(), 0, 4);

        assertThat(first).isEqualTo(Symbol.of("AAPL"));
        assertThat(second).isSameAs(first);
    }

    @Test
    void manySymbolsEachComeBackAsThemselvesAfterTheTableGrows() {
        List<Symbol> first = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            first.add(cache.lookup(("S" + i).toCharArray(), 0, ("S" + i).length()));
        }

        for (int i = 0; i < 1000; i++) {
            String text = "S" + i;
            assertThat(cache.lookup(text.toCharArray(), 0, text.length())).isSameAs(first.get(i))
                    .extracting(Symbol::value).isEqualTo(text);
        }
    }

    @Test
    void charactersThatAreNoSymbolAreRefused() {
        assertThatThrownBy(() -> cache.lookup("not a symbol".toCharArray(), 0, 12))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
