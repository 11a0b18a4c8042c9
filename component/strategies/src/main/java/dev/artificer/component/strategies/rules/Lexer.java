package dev.artificer.component.strategies.rules;

import java.util.ArrayList;
import java.util.List;

/** Splits a rule expression into tokens, each with its column. */
final class Lexer {

    private Lexer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int index = 0;
        while (index < text.length()) {
            char c = text.charAt(index);
            int column = index + 1;
            if (Character.isWhitespace(c)) {
                index++;
            } else if (Character.isDigit(c) || c == '.' && index + 1 < text.length()
                    && Character.isDigit(text.charAt(index + 1))) {
                int end = number(text, index);
                tokens.add(new Token(Token.Kind.NUMBER, text.substring(index, end), column));
                index = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = index;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Token.Kind.NAME, text.substring(index, end), column));
                index = end;
            } else {
                index = symbol(text, index, tokens);
            }
        }
        tokens.add(new Token(Token.Kind.END, "", text.length() + 1));
        return tokens;
    }

    private static int number(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        if (text.substring(start, end).chars().filter(c -> c == '.').count() > 1) {
            throw new RuleSyntaxException(start + 1, "'" + text.substring(start, end) + "' is not a number");
        }
        return end;
    }

    private static int symbol(String text, int index, List<Token> tokens) {
        char c = text.charAt(index);
        int column = index + 1;
        String two = index + 1 < text.length() ? text.substring(index, index + 2) : "";
        switch (two) {
            case "<=", ">=", "==", "!=" -> {
                tokens.add(new Token(Token.Kind.OPERATOR, two, column));
                return index + 2;
            }
            default -> {
            }
        }
        Token.Kind kind = switch (c) {
            case '(' -> Token.Kind.OPEN;
            case ')' -> Token.Kind.CLOSE;
            case ',' -> Token.Kind.COMMA;
            case '.' -> Token.Kind.DOT;
            case '=' -> Token.Kind.ASSIGN;
            case '+', '-', '*', '/', '<', '>' -> Token.Kind.OPERATOR;
            default -> throw new RuleSyntaxException(column, "unexpected '" + c + "'");
        };
        tokens.add(new Token(kind, String.valueOf(c), column));
        return index + 1;
    }
}
