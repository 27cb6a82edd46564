package org.peerplan.sirius.tests.check;

import java.util.ArrayList;
import java.util.List;

/** The words, quoted strings and symbols of an AQL expression. */
final class AqlTokens {

    enum Kind { WORD, STRING, SYMBOL, END }

    record Token(Kind kind, String text) {

        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equals(symbolOrWord);
        }

        @Override
        public String toString() {
            return kind == Kind.END ? "the end" : "'" + text + "'";
        }
    }

    /** Longest first, so that "->" is not read as "-" then ">". */
    private static final List<String> SYMBOLS = List.of("->", "::", "<>", "(", ")", ".", ",", "|", "=", "+");

    private AqlTokens() {
    }

    static List<Token> of(String expression) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        while (at < expression.length()) {
            char c = expression.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = at;
                while (end < expression.length() && Character.isJavaIdentifierPart(expression.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, expression.substring(at, end)));
                at = end;
            } else if (c == '\'') {
                at = quoted(expression, at, tokens);
            } else {
                at = symbol(expression, at, tokens);
            }
        }
        tokens.add(new Token(Kind.END, ""));
        return tokens;
    }

    private static int quoted(String expression, int open, List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        int at = open + 1;
        while (at < expression.length() && expression.charAt(at) != '\'') {
            if (expression.charAt(at) == '\\' && at + 1 < expression.length()) {
                at++;
            }
            text.append(expression.charAt(at++));
        }
        if (at >= expression.length()) {
            throw new InvalidSpecification("a string opened at " + open + " is not closed");
        }
        tokens.add(new Token(Kind.STRING, text.toString()));
        return at + 1;
    }

    private static int symbol(String expression, int at, List<Token> tokens) {
        for (String symbol : SYMBOLS) {
            if (expression.startsWith(symbol, at)) {
                tokens.add(new Token(Kind.SYMBOL, symbol));
                return at + symbol.length();
            }
        }
        throw new InvalidSpecification("unexpected '" + expression.charAt(at) + "' at " + at);
    }
}
