package org.enforcementdesk.rules;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reason a clerk writes in business language, with the request's own figures in brackets: {@code
 * 本案30日内来访〔30日内来访次数〕次（〔来访情况〕）}. Turned into the Java expression that builds it when the rule fires.
 * The last figure reads the order under review, the others the request at intake.
 */
final class TextTemplate {

  /** The figures a reason may quote, and what reads each. */
  static final Map<String, String> FIGURES = Map.of(
      "30日内来访次数", "intake.request().getVisitsWithin30Days()",
      "来访情况", "intake.request().getVisitsInWords()",
      "未结信访数", "intake.request().getOpenPetitions()",
      "所称用语", "settings.threatPhraseIn(intake.request().getText())",
      "标的额", "intake.request().getAmountAtStakeYuan().toPlainString()",
      "所在村", "intake.request().getPartyVillage()",
      "办结期限已用比例", "Math.round(review.order().getUsedShare() * 100)");

  private static final Pattern FIGURE = Pattern.compile("〔([^〕]*)〕");

  private TextTemplate() {}

  /**
   * The expression for a reason.
   *
   * @param text the reason as written, with figures in 〔〕
   * @param problems told of each figure that names nothing
   * @return a Java expression of type String
   */
  static String expression(String text, Consumer<String> problems) {
    StringBuilder out = new StringBuilder();
    Matcher figure = FIGURE.matcher(text.strip());
    int from = 0;
    String rest = text.strip();
    while (figure.find()) {
      literal(out, rest.substring(from, figure.start()));
      String read = FIGURES.get(figure.group(1));
      if (read == null) {
        problems.accept("〔" + figure.group(1) + "〕 is not a figure a reason can quote; the figures are "
            + String.join("、", new TreeSet<>(FIGURES.keySet())));
      } else {
        out.append(out.length() == 0 ? "" : " + ").append(read);
      }
      from = figure.end();
    }
    literal(out, rest.substring(from));
    return out.length() == 0 ? "\"\"" : (out.charAt(0) == '"' ? "" : "\"\" + ") + out;
  }

  private static void literal(StringBuilder out, String text) {
    if (text.isEmpty()) {
      return;
    }
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        quoted.append('\\').appendCodePoint(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", c));
      } else {
        quoted.appendCodePoint(c);
      }
    });
    out.append(out.length() == 0 ? "" : " + ").append(quoted.append('"'));
  }
}
