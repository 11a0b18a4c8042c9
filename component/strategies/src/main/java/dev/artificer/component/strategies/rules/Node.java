package dev.artificer.component.strategies.rules;

import dev.artificer.component.indicators.Indicator;
import dev.artificer.component.indicators.SeriesIndicator;
import dev.artificer.component.market.Bar;

/**
 * One compiled part of a rule expression, updated once per bar after the parts it reads: its {@link #value} is then
 * the part's value at that bar (NaN while it warms up; 1 or 0 for a condition). Nothing is allocated per bar.
 */
abstract sealed class Node {

    double value = Double.NaN;
    private final boolean condition;

    Node(boolean condition) {
        this.condition = condition;
    }

    boolean condition() {
        return condition;
    }

    abstract void update(Bar bar);

    static double truth(boolean holds) {
        return holds ? 1 : 0;
    }

    /** A number known when the rule is compiled. */
    static final class Constant extends Node {
        Constant(double value) {
            super(false);
            this.value = value;
        }

        @Override
        void update(Bar bar) {
        }
    }

    /**
     * A value of the bar: open, high, low, close or volume. The program sets these before it updates the other nodes,
     * outside their loop, which then holds fewer kinds of node (calls the JIT can inline).
     */
    static final class Field extends Node {
        /** The fields, in the order of their codes. */
        static final java.util.List<String> NAMES = java.util.List.of("open", "high", "low", "close", "volume");

        private final int code;

        Field(int code) {
            super(false);
            this.code = code;
        }

        @Override
        void update(Bar bar) {
            value = read(code, bar);
        }

        static double read(int code, Bar bar) {
            return switch (code) {
                case 0 -> bar.open();
                case 1 -> bar.high();
                case 2 -> bar.low();
                case 3 -> bar.close();
                default -> bar.volume();
            };
        }
    }

    /** A catalogue indicator, fed the bar or, for one-series indicators, another part's value as its close. */
    static final class IndicatorValue extends Node {
        private final Indicator indicator;
        private final int output;
        private final Node input;
        private final boolean readsTime;

        IndicatorValue(Indicator indicator, int output, Node input, boolean readsTime) {
            super(false);
            this.indicator = indicator;
            this.output = output;
            this.input = input;
            this.readsTime = readsTime;
        }

        @Override
        void update(Bar bar) {
            long time = readsTime ? bar.start().toEpochMilli() : 0;
            if (input == null) {
                indicator.update(time, bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
            } else {
                double x = input.value;
                indicator.update(time, x, x, x, x, bar.volume());
            }
            value = indicator.isReady() ? indicator.value(output) : Double.NaN;
        }
    }

    /** A one-series, one-output indicator fed another part's value: one call per bar. */
    static final class SeriesValue extends Node {
        private final SeriesIndicator indicator;
        private final Node input;

        SeriesValue(SeriesIndicator indicator, Node input) {
            super(false);
            this.indicator = indicator;
            this.input = input;
        }

        @Override
        void update(Bar bar) {
            value = indicator.update(input.value);
        }
    }

    /** {@code + - * /}. */
    static final class Arithmetic extends Node {
        private final char operator;
        private final Node left;
        private final Node right;

        Arithmetic(char operator, Node left, Node right) {
            super(false);
            this.operator = operator;
            this.left = left;
            this.right = right;
        }

        @Override
        void update(Bar bar) {
            double a = left.value;
            double b = right.value;
            value = switch (operator) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                default -> a / b;
            };
        }
    }

    /** {@code -x}. */
    static final class Negation extends Node {
        private final Node operand;

        Negation(Node operand) {
            super(false);
            this.operand = operand;
        }

        @Override
        void update(Bar bar) {
            value = -operand.value;
        }
    }

    /** {@code abs(x)}. */
    static final class Absolute extends Node {
        private final Node operand;

        Absolute(Node operand) {
            super(false);
            this.operand = operand;
        }

        @Override
        void update(Bar bar) {
            value = Math.abs(operand.value);
        }
    }

    /** A comparison: false whenever either side is not known yet (NaN). */
    static final class Comparison extends Node {
        private final String operator;
        private final Node left;
        private final Node right;

        Comparison(String operator, Node left, Node right) {
            super(true);
            this.operator = operator;
            this.left = left;
            this.right = right;
        }

        @Override
        void update(Bar bar) {
            double a = left.value;
            double b = right.value;
            if (Double.isNaN(a) || Double.isNaN(b)) {
                value = 0;
                return;
            }
            value = truth(switch (operator) {
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                case ">=" -> a >= b;
                case "==" -> a == b;
                default -> a != b;
            });
        }
    }

    /** {@code and}, {@code or}. */
    static final class Logic extends Node {
        private final boolean and;
        private final Node left;
        private final Node right;

        Logic(boolean and, Node left, Node right) {
            super(true);
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        void update(Bar bar) {
            boolean a = left.value != 0;
            boolean b = right.value != 0;
            value = truth(and ? a && b : a || b);
        }
    }

    /** {@code not}. */
    static final class Not extends Node {
        private final Node operand;

        Not(Node operand) {
            super(true);
            this.operand = operand;
        }

        @Override
        void update(Bar bar) {
            value = truth(operand.value == 0);
        }
    }

    /**
     * {@code crosses_above(a, b)} / {@code crosses_below(a, b)}: true on the bar where a goes from at or below b to
     * above it (or the reverse), both known on both bars; a NaN on either side forgets the previous side.
     */
    static final class Cross extends Node {
        private final Node line;
        private final Node reference;
        private final int towards;
        private int previousSide;

        Cross(Node line, Node reference, boolean above) {
            super(true);
            this.line = line;
            this.reference = reference;
            this.towards = above ? 1 : -1;
        }

        @Override
        void update(Bar bar) {
            double a = line.value;
            double b = reference.value;
            if (Double.isNaN(a) || Double.isNaN(b)) {
                previousSide = 0;
                value = 0;
                return;
            }
            int side = a > b ? 1 : -1;
            value = truth(side == towards && previousSide == -towards);
            previousSide = side;
        }
    }

    /** {@code prev(x, n)}: x as it was n bars ago, NaN for the first n bars. */
    static final class Previous extends Node {
        private final Node operand;
        private final double[] ring;
        private int next;
        private long seen;

        Previous(Node operand, int bars) {
            super(operand.condition());
            this.operand = operand;
            this.ring = new double[bars];
        }

        @Override
        void update(Bar bar) {
            value = seen >= ring.length ? ring[next] : (condition() ? 0 : Double.NaN);
            ring[next] = operand.value;
            next = next + 1 == ring.length ? 0 : next + 1;
            seen++;
        }
    }

    /** {@code highest(x, n)} / {@code lowest(x, n)} over the last n bars, this one included; NaN if any is. */
    static final class Extreme extends Node {
        private final Node operand;
        private final double[] ring;
        private final boolean highest;
        private int next;
        private long seen;

        Extreme(Node operand, int bars, boolean highest) {
            super(false);
            this.operand = operand;
            this.ring = new double[bars];
            this.highest = highest;
        }

        @Override
        void update(Bar bar) {
            ring[next] = operand.value;
            next = next + 1 == ring.length ? 0 : next + 1;
            seen++;
            if (seen < ring.length) {
                value = Double.NaN;
                return;
            }
            double extreme = ring[0];
            for (int index = 1; index < ring.length && !Double.isNaN(extreme); index++) {
                double x = ring[index];
                extreme = Double.isNaN(x) ? x : highest ? Math.max(extreme, x) : Math.min(extreme, x);
            }
            value = extreme;
        }
    }
}
