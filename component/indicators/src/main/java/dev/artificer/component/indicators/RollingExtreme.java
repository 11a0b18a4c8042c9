package dev.artificer.component.indicators;

/**
 * The maximum (or minimum) of the latest {@code length} values in amortized O(1) per value, with the most
 * recent position among equal extremes (TA-Lib's tie rule for AROON).
 */
final class RollingExtreme {

    private final boolean maximum;
    private final int length;
    private final long[] positions;
    private final double[] values;
    private int head;
    private int size;
    private long count;

    RollingExtreme(int length, boolean maximum) {
        this.length = length;
        this.maximum = maximum;
        this.positions = new long[length + 1];
        this.values = new double[length + 1];
    }

    void add(double x) {
        long position = count++;
        while (size > 0 && dominated(values[back()], x)) {
            size--;
        }
        int slot = slot(size);
        positions[slot] = position;
        values[slot] = x;
        size++;
        if (positions[head] <= position - length) {
            head = slot(1);
            size--;
        }
    }

    private boolean dominated(double held, double x) {
        return maximum ? held <= x : held >= x;
    }

    private int back() {
        return slot(size - 1);
    }

    private int slot(int offset) {
        int slot = head + offset;
        return slot >= values.length ? slot - values.length : slot;
    }

    /** Whether {@code length} values have been added since the last clear. */
    boolean isFull() {
        return count >= length;
    }

    /** The extreme of the window. */
    double value() {
        return values[head];
    }

    /** How many values ago the extreme was added: 0 for the latest. */
    int age() {
        return (int) (count - 1 - positions[head]);
    }

    void clear() {
        head = 0;
        size = 0;
        count = 0;
    }
}
