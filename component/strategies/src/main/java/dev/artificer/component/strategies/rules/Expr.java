package dev.artificer.component.strategies.rules;

import java.util.List;
import java.util.Map;

/** A parsed rule expression, before names are resolved. Each part knows its column, for messages. */
sealed interface Expr {

    int column();

    /** The expression as text without positions: equal texts compute the same series. */
    String key();

    /** A number as written. */
    record Literal(double value, int column) implements Expr {
        @Override
        public String key() {
            return Double.toString(value);
        }
    }

    /** A bare name: a bar field or a parameter. */
    record Name(String name, int column) implements Expr {
        @Override
        public String key() {
            return name.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A function or indicator call, optionally picking one output ({@code macd(close).signal}). */
    record Call(String name, List<Expr> arguments, Map<String, Expr> named, String output, int column,
                int outputColumn) implements Expr {
        @Override
        public String key() {
            StringBuilder text = new StringBuilder(name.toLowerCase(java.util.Locale.ROOT)).append('(');
            arguments.forEach(argument -> text.append(argument.key()).append(','));
            named.forEach((parameter, value) -> text.append(parameter).append('=').append(value.key()).append(','));
            return text.append(')').append(output == null ? "" : "." + output).toString();
        }
    }

    /** {@code -x} or {@code not x}. */
    record Unary(String operator, Expr operand, int column) implements Expr {
        @Override
        public String key() {
            return operator + "(" + operand.key() + ")";
        }
    }

    /** Arithmetic, a comparison, {@code and} or {@code or}. */
    record Binary(String operator, Expr left, Expr right, int column) implements Expr {
        @Override
        public String key() {
            return "(" + left.key() + " " + operator + " " + right.key() + ")";
        }
    }
}
