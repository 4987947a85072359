package org.enforcementdesk.examples.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What every chart shares: the palette, coordinates written the same way on every machine, and labels fitted to
 * the room they have. SVG cannot measure its own text, so widths are estimated (a CJK character is about one em, a
 * Latin one about 0.6 em) and long labels are cut with an ellipsis, the full text kept in the tooltip.
 */
final class Svg {

  /** Series and categories, in order; distinguishable for the common forms of colour blindness in pairs. */
  static final List<String> PALETTE =
      List.of("#1f5fa8", "#e07b39", "#2e9e6a", "#8e5bb5", "#c9a227", "#3fa7b5", "#d35d6e", "#6b7b8c");
  static final String PRIMARY = "#1f5fa8";
  static final String LIGHT = "#8db8e8";
  static final String WARN = "#d35d6e";
  static final String GRID = "#e3e8ee";
  static final String MUTED = "#5b6b7c";
  /** The width of every chart's coordinate system; the page scales it to its panel. */
  static final int WIDTH = 620;

  private Svg() {}

  /** Opens an SVG of the chart width and {@code height}, scaled to its container, with an accessible name. */
  static void open(StringBuilder out, int height, String name) {
    out.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(name)).append("\">\n");
  }

  static void close(StringBuilder out) {
    out.append("</svg>\n");
  }

  /**
   * A coordinate with at most one decimal, always with a dot: {@code String.format} would follow the locale, and
   * the same report must give the same bytes anywhere.
   */
  static String num(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  /** A text element; {@code attributes} are written as given (trusted: built here, never from data). */
  static void text(StringBuilder out, double x, double y, String attributes, String text) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    if (!attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    out.append('>').append(Html.escape(text)).append("</text>\n");
  }

  /** A rectangle with a tooltip. */
  static void rect(StringBuilder out, double x, double y, double w, double h, String fill, String tooltip) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
        .append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append("\" rx=\"2\"");
    if (tooltip.isEmpty()) {
      out.append("/>\n");
    } else {
      out.append("><title>").append(Html.escape(tooltip)).append("</title></rect>\n");
    }
  }

  static void line(StringBuilder out, double x1, double y1, double x2, double y2, String stroke) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\"/>\n");
  }

  /** The estimated width in pixels of {@code text} at {@code fontSize}. */
  static double width(String text, double fontSize) {
    double ems = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      ems += cp >= 0x2E80 ? 1.0 : cp == ' ' ? 0.3 : 0.6;
      i += Character.charCount(cp);
    }
    return ems * fontSize;
  }

  /** {@code text}, cut with an ellipsis if it would be wider than {@code max} pixels at {@code fontSize}. */
  static String fit(String text, double max, double fontSize) {
    if (width(text, fontSize) <= max) {
      return text;
    }
    StringBuilder cut = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String next = cut.toString() + new String(Character.toChars(cp));
      if (width(next + "…", fontSize) > max) {
        break;
      }
      cut.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return cut.toString().stripTrailing() + "…";
  }

  /** A round step for about {@code ticks} gridlines up to {@code max}: 1, 2 or 5 times a power of ten. */
  static long niceStep(long max, int ticks) {
    long raw = Math.max(1, (max + ticks - 1) / ticks);
    long power = 1;
    while (power * 10 <= raw) {
      power *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
