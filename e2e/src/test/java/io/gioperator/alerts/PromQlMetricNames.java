package io.gioperator.alerts;

import java.util.Set;
import java.util.TreeSet;

/**
 * The metric names a PromQL expression selects, found with a small lexer: the words that are not functions
 * or aggregations (followed by '('), not keywords, not inside label matchers, ranges or strings, and not
 * label lists after by/without/on/ignoring/group_left/group_right.
 */
final class PromQlMetricNames {

  // Aggregation operators are keywords in PromQL (never metric names), even when `by (...)` follows them.
  private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan",
      "by", "without", "on", "ignoring", "group_left", "group_right", "start", "end",
      "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk",
      "quantile", "limitk", "limit_ratio");
  private static final Set<String> LABEL_LIST_KEYWORDS =
      Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

  private PromQlMetricNames() {}

  static Set<String> of(String expr) {
    Set<String> names = new TreeSet<>();
    int i = 0;
    while (i < expr.length()) {
      char c = expr.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = skipString(expr, i);
      } else if (c == '{') {
        i = skipBlock(expr, i, '{', '}');
      } else if (c == '[') {
        i = skipBlock(expr, i, '[', ']');
      } else if (c == '#') {
        i = skipLine(expr, i);
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < expr.length() && Character.isDigit(expr.charAt(i + 1)))) {
        i = skipWhile(expr, i, ch -> Character.isLetterOrDigit(ch) || ch == '.' || ch == '_');
      } else if (isIdentifierStart(c)) {
        int end = skipWhile(expr, i, PromQlMetricNames::isIdentifierPart);
        String word = expr.substring(i, end);
        int next = skipWhile(expr, end, Character::isWhitespace);
        boolean call = next < expr.length() && expr.charAt(next) == '(';
        if (LABEL_LIST_KEYWORDS.contains(word) && call) {
          i = skipBlock(expr, next, '(', ')');
          continue;
        }
        if (!call && !KEYWORDS.contains(word.toLowerCase())) {
          names.add(word);
        }
        i = end;
      } else {
        i++;
      }
    }
    return names;
  }

  private static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_' || c == ':';
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == ':';
  }

  private interface CharTest {
    boolean test(char c);
  }

  private static int skipWhile(String s, int from, CharTest test) {
    int i = from;
    while (i < s.length() && test.test(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipLine(String s, int from) {
    int newline = s.indexOf('\n', from);
    return newline < 0 ? s.length() : newline + 1;
  }

  private static int skipString(String s, int from) {
    char quote = s.charAt(from);
    int i = from + 1;
    while (i < s.length() && s.charAt(i) != quote) {
      i += (s.charAt(i) == '\\' && quote != '`') ? 2 : 1;
    }
    if (i >= s.length()) {
      throw new IllegalArgumentException("unterminated string in PromQL: " + s);
    }
    return i + 1;
  }

  // Blocks never nest their own bracket in PromQL except parentheses; strings inside are skipped whole.
  private static int skipBlock(String s, int from, char open, char close) {
    int depth = 0;
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = skipString(s, i);
        continue;
      }
      if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return i + 1;
      }
      i++;
    }
    throw new IllegalArgumentException("unbalanced '" + open + "' in PromQL: " + s);
  }
}
