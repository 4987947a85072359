package org.enforcementdesk.notify;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One template text, split once into literal text and {@code {placeholder}}s so that rendering never parses. Braces
 * are reserved: every {@code {} opens a placeholder and every {@code }} closes one. There is no escape, because no
 * notice a court sends needs a literal brace and a stray one is far more often a typo.
 */
final class Template {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private final String text;
  /** One more literal than names: literal, name, literal, ..., literal. */
  private final ImmutableList<String> literals;
  private final ImmutableList<String> names;

  private Template(String text, ImmutableList<String> literals, ImmutableList<String> names) {
    this.text = text;
    this.literals = literals;
    this.names = names;
  }

  /**
   * Splits a template text.
   *
   * @throws IllegalArgumentException if a brace does not belong to a placeholder, naming the character position
   */
  static Template parse(String text) {
    ImmutableList.Builder<String> literals = ImmutableList.builder();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    int literalStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        throw new IllegalArgumentException("'}' at character " + (i + 1) + " closes no placeholder");
      }
      if (c != '{') {
        i++;
        continue;
      }
      int close = text.indexOf('}', i + 1);
      int nextOpen = text.indexOf('{', i + 1);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        throw new IllegalArgumentException("'{' at character " + (i + 1) + " is never closed");
      }
      String name = text.substring(i + 1, close);
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "'{"
                + name
                + "}' at character "
                + (i + 1)
                + " is not a placeholder: a placeholder is a name in braces, like {caseNumber}");
      }
      literals.add(text.substring(literalStart, i));
      names.add(name);
      i = close + 1;
      literalStart = i;
    }
    literals.add(text.substring(literalStart));
    return new Template(text, literals.build(), names.build());
  }

  /** The text as written. */
  String text() {
    return text;
  }

  /** The placeholder names, in order of first appearance. */
  ImmutableSet<String> placeholders() {
    return ImmutableSet.copyOf(names);
  }

  /** The text with every placeholder replaced by {@code valueOf.apply(name)}. */
  String fill(Function<String, String> valueOf) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    out.append(literals.get(0));
    for (int k = 0; k < names.size(); k++) {
      out.append(valueOf.apply(names.get(k))).append(literals.get(k + 1));
    }
    return out.toString();
  }
}
