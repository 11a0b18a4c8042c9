package dev.artificer.component.strategies.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses a rule expression. Precedence, loosest first: {@code or}, {@code and}, {@code not}, comparisons
 * ({@code < <= > >= == !=}), {@code + -}, {@code * /}, unary minus, then calls, names, numbers and parentheses.
 */
final class Parser {

    private static final Set<String> COMPARISONS = Set.of("<", "<=", ">", ">=", "==", "!=");

    private final List<Token> tokens;
    private int position;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Expr parse(String text) {
        if (text.isBlank()) {
            throw new RuleSyntaxException(1, "the expression is empty");
        }
        Parser parser = new Parser(Lexer.tokens(text));
        Expr expression = parser.or();
        Token rest = parser.peek();
        if (rest.kind() != Token.Kind.END) {
            throw new RuleSyntaxException(rest.column(), "unexpected " + rest.shown()
                    + " after a complete expression (a missing 'and'/'or', or an extra ')'?)");
        }
        return expression;
    }

    private Expr or() {
        Expr left = and();
        while (peek().is(Token.Kind.NAME, "or")) {
            Token operator = next();
            left = new Expr.Binary("or", left, and(), operator.column());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peek().is(Token.Kind.NAME, "and")) {
            Token operator = next();
            left = new Expr.Binary("and", left, not(), operator.column());
        }
        return left;
    }

    private Expr not() {
        if (peek().is(Token.Kind.NAME, "not")) {
            Token operator = next();
            return new Expr.Unary("not", not(), operator.column());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        if (peek().kind() == Token.Kind.OPERATOR && COMPARISONS.contains(peek().text())) {
            Token operator = next();
            Expr right = additive();
            if (peek().kind() == Token.Kind.OPERATOR && COMPARISONS.contains(peek().text())) {
                throw new RuleSyntaxException(peek().column(), "comparisons do not chain: write a < b and b < c");
            }
            return new Expr.Binary(operator.text(), left, right, operator.column());
        }
        return left;
    }

    private Expr additive() {
        Expr left = term();
        while (peek().is(Token.Kind.OPERATOR, "+") || peek().is(Token.Kind.OPERATOR, "-")) {
            Token operator = next();
            left = new Expr.Binary(operator.text(), left, term(), operator.column());
        }
        return left;
    }

    private Expr term() {
        Expr left = unary();
        while (peek().is(Token.Kind.OPERATOR, "*") || peek().is(Token.Kind.OPERATOR, "/")) {
            Token operator = next();
            left = new Expr.Binary(operator.text(), left, unary(), operator.column());
        }
        return left;
    }

    private Expr unary() {
        if (peek().is(Token.Kind.OPERATOR, "-")) {
            Token operator = next();
            return new Expr.Unary("-", unary(), operator.column());
        }
        return primary();
    }

    private Expr primary() {
        Token token = next();
        return switch (token.kind()) {
            case NUMBER -> new Expr.Literal(Double.parseDouble(token.text()), token.column());
            case NAME -> peek().kind() == Token.Kind.OPEN ? call(token) : new Expr.Name(token.text(), token.column());
            case OPEN -> {
                Expr inside = or();
                expect(Token.Kind.CLOSE, "')' to close the '(' at column " + token.column());
                yield inside;
            }
            default -> throw new RuleSyntaxException(token.column(), "expected a number, a name or '(', got "
                    + token.shown());
        };
    }

    private Expr call(Token name) {
        next();
        List<Expr> arguments = new ArrayList<>();
        Map<String, Expr> named = new LinkedHashMap<>();
        if (peek().kind() != Token.Kind.CLOSE) {
            do {
                if (peek().kind() == Token.Kind.NAME && tokens.get(position + 1).kind() == Token.Kind.ASSIGN) {
                    Token parameter = next();
                    next();
                    if (named.put(parameter.text(), or()) != null) {
                        throw new RuleSyntaxException(parameter.column(), parameter.text() + " is given twice");
                    }
                } else if (!named.isEmpty()) {
                    throw new RuleSyntaxException(peek().column(), "positional arguments come before named ones");
                } else {
                    arguments.add(or());
                }
            } while (accept(Token.Kind.COMMA));
        }
        expect(Token.Kind.CLOSE, "',' or ')' in the arguments of " + name.text() + " (column " + name.column() + ")");
        String output = null;
        int outputColumn = 0;
        if (accept(Token.Kind.DOT)) {
            Token field = expect(Token.Kind.NAME, "an output name after '.'");
            output = field.text().toLowerCase(Locale.ROOT);
            outputColumn = field.column();
        }
        return new Expr.Call(name.text().toLowerCase(Locale.ROOT), arguments, named, output, name.column(),
                outputColumn);
    }

    private Token expect(Token.Kind kind, String wanted) {
        Token token = next();
        if (token.kind() != kind) {
            throw new RuleSyntaxException(token.column(), "expected " + wanted + ", got " + token.shown());
        }
        return token;
    }

    private boolean accept(Token.Kind kind) {
        if (peek().kind() == kind) {
            position++;
            return true;
        }
        return false;
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token token = tokens.get(position);
        if (token.kind() != Token.Kind.END) {
            position++;
        }
        return token;
    }
}
