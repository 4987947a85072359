package org.enforcementdesk.examples.dashboard;

import java.util.List;

/**
 * Horizontal bars, one row per key, one bar per series (on-time gross beside net), the value written after each
 * bar. Rates are drawn on a fixed 0-100% axis so that two charts compare by eye; counts are drawn against the
 * largest. A value that is not applicable gets no bar and the words 不适用 n/a, never a bar of zero.
 */
final class BarChart {

  /** A series: its legend name and colour. */
  record Series(String name, String colour) {}

  /**
   * One bar.
   *
   * @param fraction the bar's length in [0, 1] of the axis; negative when the value is not applicable
   * @param display the value as the report displays it
   * @param tooltip what hovering shows (the counts behind a rate)
   */
  record Cell(double fraction, String display, String tooltip) {
    static Cell notApplicable(String tooltip) {
      return new Cell(-1, "不适用 n/a", tooltip);
    }
  }

  /** One row: the key's names and one cell per series. */
  record Row(Labels.Label label, List<Cell> cells) {}

  private static final double LABEL_RIGHT = 166;
  private static final double BAR_LEFT = 174;
  /** Leaves room after a full bar for its value, e.g. {@code 100.00%}. */
  private static final double BAR_WIDTH = 372;

  private BarChart() {}

  /** The chart; {@code percentAxis} draws the 0-100% axis and gridlines. */
  static String render(String name, List<Series> series, List<Row> rows, boolean percentAxis) {
    boolean legend = series.size() > 1;
    double top = (legend ? 22 : 0) + (percentAxis ? 18 : 4);
    double barHeight = series.size() > 1 ? 12 : 16;
    double rowHeight = Math.max(32, series.size() * (barHeight + 3) + 10);
    int height = (int) Math.ceil(top + rows.size() * rowHeight + 4);
    StringBuilder out = new StringBuilder();
    Svg.open(out, height, name);
    if (legend) {
      legend(out, series);
    }
    if (percentAxis) {
      for (int tick = 0; tick <= 4; tick++) {
        double x = BAR_LEFT + BAR_WIDTH * tick / 4;
        Svg.line(out, x, top - 4, x, height - 2, Svg.GRID);
        Svg.text(out, x, top - 7, "class=\"axis\" text-anchor=\"middle\"", (tick * 25) + "%");
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      double y = top + r * rowHeight;
      double middle = y + rowHeight / 2;
      if (row.label().en().isEmpty()) {
        Svg.text(out, LABEL_RIGHT, middle + 4, "text-anchor=\"end\"", Svg.fit(row.label().zh(), LABEL_RIGHT, 12));
      } else {
        Svg.text(out, LABEL_RIGHT, middle - 2, "text-anchor=\"end\"", Svg.fit(row.label().zh(), LABEL_RIGHT, 12));
        Svg.text(out, LABEL_RIGHT, middle + 11, "class=\"en\" text-anchor=\"end\"",
            Svg.fit(row.label().en(), LABEL_RIGHT, 10));
      }
      double barsTop = middle - (series.size() * (barHeight + 3) - 3) / 2;
      for (int s = 0; s < series.size(); s++) {
        Cell cell = row.cells().get(s);
        double barY = barsTop + s * (barHeight + 3);
        String tooltip = row.label().both() + " · " + series.get(s).name() + ": " + cell.display()
            + (cell.tooltip().isEmpty() ? "" : " (" + cell.tooltip() + ")");
        if (cell.fraction() < 0) {
          Svg.text(out, BAR_LEFT + 4, barY + barHeight - 2, "class=\"na\"", cell.display());
          continue;
        }
        double w = BAR_WIDTH * Math.min(1, cell.fraction());
        Svg.rect(out, BAR_LEFT, barY, Math.max(w, 1), barHeight, series.get(s).colour(), tooltip);
        Svg.text(out, BAR_LEFT + w + 5, barY + barHeight - 2, "class=\"val\"", cell.display());
      }
    }
    Svg.close(out);
    return out.toString();
  }

  private static void legend(StringBuilder out, List<Series> series) {
    double x = BAR_LEFT;
    for (Series s : series) {
      Svg.rect(out, x, 4, 12, 12, s.colour(), "");
      Svg.text(out, x + 17, 14, "", s.name());
      x += 30 + Svg.width(s.name(), 12);
    }
  }
}
