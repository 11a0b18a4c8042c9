package dev.artificer.component.backtest;

import dev.artificer.component.market.Symbol;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The money side of a backtest's account: cash, each symbol's book, and the value of the positions at their marks.
 * Cash moves by a fused multiply-add per fill (one rounding for quantity x price), so that cents stay cents; the
 * positions are valued afresh after every fill, so that no rounding carries over and a flat account is worth exactly
 * its cash; between fills they follow the closes.
 */
final class Holdings {

    private final Map<Symbol, SymbolBook> books = new LinkedHashMap<>();
    private SymbolBook lastBook;
    private double cash;
    private double positionValue;
    private double grossValue;
    private int openPositions;

    /** Holdings in the opening's state: its cash, its lots as positions valued at its marks. */
    Holdings(Opening opening) {
        cash = opening.cash();
        opening.positions().forEach((symbol, position) -> {
            SymbolBook book = book(symbol);
            book.position = position;
            book.mark = opening.marks().get(symbol);
            openPositions++;
        });
        revalue();
    }

    SymbolBook book(Symbol symbol) {
        SymbolBook book = lastBook;
        if (book == null || book.symbol != symbol && !book.symbol.equals(symbol)) {
            book = books.computeIfAbsent(symbol, SymbolBook::new);
            lastBook = book;
        }
        return book;
    }

    Collection<SymbolBook> books() {
        return books.values();
    }

    double cash() {
        return cash;
    }

    double equity() {
        return cash + positionValue;
    }

    double gross() {
        return grossValue;
    }

    /** Whether any position is open, from the share counts. */
    boolean invested() {
        return openPositions > 0;
    }

    /**
     * Marks a symbol to a price. When it is the only open position its value is set outright, so that a
     * single-symbol run carries no rounding from bar to bar.
     */
    void mark(SymbolBook book, double price) {
        if (book.position != 0) {
            if (openPositions == 1) {
                positionValue = book.position * price;
                grossValue = Math.abs(book.position) * price;
            } else {
                double change = price - (Double.isNaN(book.mark) ? price : book.mark);
                positionValue += book.position * change;
                grossValue += Math.abs(book.position) * change;
            }
        }
        book.mark = price;
    }

    /** The cash after a fill of {@code signedQuantity} shares at {@code price} costing {@code commission}. */
    double cashAfter(long signedQuantity, double price, double commission) {
        return Math.fma(-signedQuantity, price, cash) - commission;
    }

    /** The equity if the book held {@code after} shares at {@code price} and the cash were {@code cashAfter}. */
    double equityAfter(SymbolBook book, long after, double price, double cashAfter) {
        return cashAfter + positionValue - book.value() + after * price;
    }

    /** The gross position value if the book held {@code after} shares at {@code price}. */
    double grossAfter(SymbolBook book, long after, double price) {
        return grossValue - book.grossValue() + Math.abs(after) * price;
    }

    /** Books a fill: the book now holds {@code after} shares marked at the fill price, and the cash is set. */
    void settle(SymbolBook book, long after, double price, double newCash) {
        if ((book.position == 0) != (after == 0)) {
            openPositions += after == 0 ? -1 : 1;
        }
        cash = newCash;
        book.position = after;
        book.mark = price;
        revalue();
    }

    private void revalue() {
        double value = 0;
        double gross = 0;
        if (openPositions > 0) {
            for (SymbolBook open : books.values()) {
                value += open.value();
                gross += open.grossValue();
            }
        }
        positionValue = value;
        grossValue = gross;
    }
}
