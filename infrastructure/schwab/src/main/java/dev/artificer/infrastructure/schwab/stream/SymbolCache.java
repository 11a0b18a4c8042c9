package dev.artificer.infrastructure.schwab.stream;

import dev.artificer.component.market.Symbol;

/**
 * The symbols the streamer has named, looked up by their characters in the parser's buffer, so that a known
 * symbol costs no allocation. Open addressing with linear probing; holds at most {@link #MAX_SYMBOLS}, beyond
 * which new symbols are made afresh each time. Not thread-safe (one per parser).
 */
final class SymbolCache {

    static final int MAX_SYMBOLS = 1 << 14;

    private Symbol[] table = new Symbol[64];
    private int size;

    /**
     * The symbol spelled by {@code chars[offset, offset + length)}.
     *
     * @return the cached or new symbol
     * @throws IllegalArgumentException when the characters are not a symbol
     */
    Symbol lookup(char[] chars, int offset, int length) {
        int mask = table.length - 1;
        for (int at = spread(hash(chars, offset, length)) & mask; table[at] != null; at = (at + 1) & mask) {
            if (spells(table[at].value(), chars, offset, length)) {
                return table[at];
            }
        }
        Symbol symbol = Symbol.of(new String(chars, offset, length));
        if (size < MAX_SYMBOLS) {
            if (2 * (size + 1) > table.length) {
                grow();
            }
            insert(table, symbol);
            size++;
        }
        return symbol;
    }

    private void grow() {
        Symbol[] larger = new Symbol[table.length * 2];
        for (Symbol symbol : table) {
            if (symbol != null) {
                insert(larger, symbol);
            }
        }
        table = larger;
    }

    private static void insert(Symbol[] into, Symbol symbol) {
        int mask = into.length - 1;
        int at = spread(symbol.value().hashCode()) & mask;
        while (into[at] != null) {
            if (into[at].equals(symbol)) {
                return;
            }
            at = (at + 1) & mask;
        }
        into[at] = symbol;
    }

    private static int hash(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static boolean spells(String value, char[] chars, int offset, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
