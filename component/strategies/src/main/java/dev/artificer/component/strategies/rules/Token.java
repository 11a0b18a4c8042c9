package dev.artificer.component.strategies.rules;

/**
 * One token of a rule expression.
 *
 * @param kind   what it is
 * @param text   its text as written
 * @param column where it starts, counting from 1
 */
record Token(Kind kind, String text, int column) {

    /** The kinds of token. */
    enum Kind {
        NUMBER, NAME, OPEN, CLOSE, COMMA, DOT, ASSIGN, OPERATOR, END
    }

    boolean is(Kind wanted, String wantedText) {
        return kind == wanted && text.equalsIgnoreCase(wantedText);
    }

    String shown() {
        return kind == Kind.END ? "the end" : "'" + text + "'";
    }
}
