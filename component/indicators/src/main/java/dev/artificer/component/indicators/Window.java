package dev.artificer.component.indicators;

/** A fixed-capacity ring of the latest values; adding to a full window drops the oldest. */
final class Window {

    private final double[] values;
    private int size;
    private int head;

    Window(int capacity) {
        this.values = new double[Math.max(capacity, 1)];
    }

    int capacity() {
        return values.length;
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return size == values.length;
    }

    /** Adds a value, dropping the oldest when full. */
    void add(double x) {
        if (size < values.length) {
            values[(head + size++) % values.length] = x;
        } else {
            values[head] = x;
            head = head + 1 == values.length ? 0 : head + 1;
        }
    }

    /** The oldest value held. */
    double oldest() {
        return values[head];
    }

    /** The value {@code age} additions ago: 0 is the latest, {@code size() - 1} the oldest. */
    double ago(int age) {
        int index = head + size - 1 - age;
        return values[index >= values.length ? index - values.length : index];
    }

    /** The value at position {@code offset} from the oldest. */
    double fromOldest(int offset) {
        int index = head + offset;
        return values[index >= values.length ? index - values.length : index];
    }

    void clear() {
        size = 0;
        head = 0;
    }
}
