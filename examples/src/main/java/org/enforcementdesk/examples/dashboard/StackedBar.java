package org.enforcementdesk.examples.dashboard;

import java.util.List;

/**
 * One bar split into the parts of a whole (requests by channel), with a legend that names each part and its count.
 * Parts are drawn in the order given; the count is written inside a part only where it fits.
 */
final class StackedBar {

  /** One part: its names, count (for its width), count as displayed, tooltip and colour. */
  record Part(Labels.Label label, long count, String display, String tooltip, String colour) {}

  private static final double BAR_HEIGHT = 30;
  private static final int PER_LINE = 2;
  private static final double LINE_HEIGHT = 22;

  private StackedBar() {}

  static String render(String name, List<Part> parts) {
    long total = 0;
    for (Part part : parts) {
      total += part.count();
    }
    int lines = (parts.size() + PER_LINE - 1) / PER_LINE;
    int height = (int) Math.ceil(BAR_HEIGHT + 14 + lines * LINE_HEIGHT);
    StringBuilder out = new StringBuilder();
    Svg.open(out, height, name);
    double x = 0;
    for (Part part : parts) {
      double w = total == 0 ? 0 : Svg.WIDTH * (double) part.count() / total;
      if (w <= 0) {
        continue;
      }
      Svg.rect(out, x, 0, w, BAR_HEIGHT, part.colour(), part.tooltip());
      if (w > Svg.width(part.display(), 12) + 10) {
        Svg.text(out, x + w / 2, BAR_HEIGHT / 2 + 4, "class=\"inside\" text-anchor=\"middle\"", part.display());
      }
      x += w;
    }
    double column = (double) Svg.WIDTH / PER_LINE;
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      double lx = column * (i % PER_LINE);
      double ly = BAR_HEIGHT + 14 + (i / PER_LINE) * LINE_HEIGHT;
      Svg.rect(out, lx, ly, 12, 12, part.colour(), "");
      String count = part.display();
      double room = column - 24 - Svg.width(count, 12) - 12;
      Svg.text(out, lx + 17, ly + 11, "", Svg.fit(part.label().both(), room, 12));
      Svg.text(out, lx + column - 12, ly + 11, "class=\"val\" text-anchor=\"end\"", count);
    }
    Svg.close(out);
    return out.toString();
  }
}
