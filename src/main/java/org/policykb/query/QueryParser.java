package org.policykb.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the query language. Terms are separated by whitespace and all required; each term is an
 * exact phrase. {@code "…"} quotes a phrase with spaces; {@code A OR B} needs either; {@code -A}
 * excludes; {@code title:A} matches in titles only; {@code A NEAR/n B} needs A and B with at most
 * n indexed characters between them, in either order, in one paragraph (the
 * rule of {@code NearSpans} in the text package). Every other character is literal.
 */
public final class QueryParser {
  public static final int MAX_QUERY_CHARS = 1000;
  public static final int MAX_TERMS = 32;

  private static final java.util.regex.Pattern NEAR = java.util.regex.Pattern.compile("NEAR/(\\d{1,9})");
  /** What a NEAR operator was meant to be: any case, anything after the slash. */
  private static final java.util.regex.Pattern NEAR_LIKE = java.util.regex.Pattern.compile("(?i)near/.*");

  private record Token(String text, boolean quoted, boolean negated, boolean title, int at) {
    boolean isOr() {
      return !quoted && !negated && !title && text.equals("OR");
    }

    boolean isNear() {
      return !quoted && !negated && !title && NEAR.matcher(text).matches();
    }

    boolean isOperator() {
      return isOr() || isNear();
    }
  }

  private QueryParser() {}

  public static ParsedQuery parse(String query) {
    if (query == null || query.isBlank()) {
      throw new QuerySyntaxException("q must not be empty");
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new QuerySyntaxException(
          "q is " + query.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
    }
    if (query.indexOf('\uFFFD') >= 0) {
      throw new QuerySyntaxException("q is not valid UTF-8 (U+FFFD found): check its percent-encoding");
    }
    List<Token> tokens = tokenize(query);
    if (tokens.size() > MAX_TERMS) {
      throw new QuerySyntaxException("q has " + tokens.size() + " terms; the limit is " + MAX_TERMS);
    }
    List<List<QueryTerm>> required = new ArrayList<>();
    List<QueryTerm> excluded = new ArrayList<>();
    List<NearTerm> near = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isNear() && !t.quoted && !t.negated && !t.title && NEAR_LIKE.matcher(t.text).matches()) {
        throw new QuerySyntaxException(t.text + " at position " + (t.at + 1) + " is not an operator: write NEAR/n in capitals"
            + " with n from 0 to " + NearTerm.MAX_DISTANCE + ", e.g. 数字经济 NEAR/10 实体经济 (quote it, \"" + t.text
            + "\", to search for the text itself)");
      }
      if (t.isNear()) {
        near.add(near(tokens, i, required));
        i++;
      } else if (t.isOr()) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).isNear() || i >= 2 && tokens.get(i - 2).isNear()) {
          throw new QuerySyntaxException("OR at position " + (t.at + 1) + " cannot join a NEAR pair; search the pairs separately");
        }
        if (i == 0 || i == tokens.size() - 1 || tokens.get(i + 1).isOperator()) {
          throw new QuerySyntaxException("OR at position " + (t.at + 1) + " needs a term on both sides");
        }
        Token prev = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        if (prev.negated || next.negated) {
          throw new QuerySyntaxException("OR at position " + (t.at + 1) + " cannot join an excluded (-) term");
        }
        required.get(required.size() - 1).add(QueryTerm.of(next.text, next.title));
        i++;
      } else if (t.negated) {
        excluded.add(QueryTerm.of(t.text, t.title));
      } else {
        required.add(new ArrayList<>(List.of(QueryTerm.of(t.text, t.title))));
      }
    }
    return new ParsedQuery(required, excluded, near);
  }

  /** {@code A NEAR/n B} at token {@code i}: A is the term just added as its own group, which it leaves. */
  private static NearTerm near(List<Token> tokens, int i, List<List<QueryTerm>> required) {
    Token t = tokens.get(i);
    String where = t.text + " at position " + (t.at + 1);
    if (i == 0 || i == tokens.size() - 1 || tokens.get(i + 1).isOperator() || tokens.get(i - 1).isOperator()) {
      throw new QuerySyntaxException(where + " needs a phrase on both sides, e.g. 数字经济 NEAR/10 实体经济");
    }
    Token prev = tokens.get(i - 1);
    Token next = tokens.get(i + 1);
    if (i >= 2 && tokens.get(i - 2).isOperator()) {
      throw new QuerySyntaxException(where + " cannot follow another operator; write each NEAR pair on its own");
    }
    if (prev.negated || next.negated || prev.title || next.title) {
      throw new QuerySyntaxException(where + " joins two phrases of the text, not excluded (-) or title: terms");
    }
    required.remove(required.size() - 1);
    java.util.regex.Matcher m = NEAR.matcher(t.text);
    m.matches();
    long distance = Long.parseLong(m.group(1));
    return new NearTerm(QueryTerm.of(prev.text, false), QueryTerm.of(next.text, false),
        (int) Math.min(distance, Integer.MAX_VALUE));
  }

  private static List<Token> tokenize(String q) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < q.length()) {
      if (isSpace(q.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean negated = false;
      boolean title = false;
      if (q.charAt(i) == '-') {
        negated = true;
        i++;
        if (i >= q.length() || isSpace(q.charAt(i))) {
          throw new QuerySyntaxException("- at position " + (start + 1) + " must be followed by the term to exclude");
        }
      }
      if (q.regionMatches(true, i, "title:", 0, 6)) {
        title = true;
        i += 6;
        if (i >= q.length() || isSpace(q.charAt(i))) {
          throw new QuerySyntaxException("title: at position " + (start + 1) + " must be followed by a term");
        }
      }
      if (q.charAt(i) == '"') {
        int close = q.indexOf('"', i + 1);
        if (close < 0) {
          throw new QuerySyntaxException("the quote at position " + (i + 1) + " is never closed");
        }
        String phrase = q.substring(i + 1, close);
        if (phrase.isBlank()) {
          throw new QuerySyntaxException("the quotes at position " + (i + 1) + " contain no phrase");
        }
        i = close + 1;
        if (i < q.length() && !isSpace(q.charAt(i))) {
          throw new QuerySyntaxException("a closing quote at position " + i + " must be followed by a space");
        }
        tokens.add(new Token(phrase, true, negated, title, start));
        continue;
      }
      int end = i;
      while (end < q.length() && !isSpace(q.charAt(end))) {
        if (q.charAt(end) == '"') {
          throw new QuerySyntaxException(
              "a quote inside a term at position " + (end + 1) + "; put the whole phrase in quotes");
        }
        end++;
      }
      tokens.add(new Token(q.substring(i, end), false, negated, title, start));
      i = end;
    }
    return tokens;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
