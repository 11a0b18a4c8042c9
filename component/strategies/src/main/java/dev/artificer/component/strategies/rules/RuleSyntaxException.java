package dev.artificer.component.strategies.rules;

/**
 * A rule expression that cannot be compiled: an unknown name, a wrong number or kind of arguments, a condition
 * where a number belongs (or the reverse), or bad syntax. The message is one line that names the column.
 */
public final class RuleSyntaxException extends IllegalArgumentException {

    private final String part;
    private final int column;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param column  where in the expression, counting from 1
     * @param problem what is wrong, without the position
     */
    public RuleSyntaxException(int column, String problem) {
        this("", column, problem);
    }

    private RuleSyntaxException(String part, int column, String problem) {
        super((part.isEmpty() ? "" : part + ": ") + "column " + column + ": " + problem);
        this.part = part;
        this.column = column;
        this.problem = problem;
    }

    /**
     * The same problem, said to be in one named part of a strategy.
     *
     * @param named e.g. {@code entry}
     * @return the exception with the part named first in its message
     */
    public RuleSyntaxException in(String named) {
        return new RuleSyntaxException(named, column, problem);
    }

    /**
     * Which part of the strategy the expression is.
     *
     * @return e.g. {@code entry}; empty when not said
     */
    public String part() {
        return part;
    }

    /**
     * Where in the expression the problem is.
     *
     * @return the column, counting from 1
     */
    public int column() {
        return column;
    }

    /**
     * What is wrong, without the position.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
