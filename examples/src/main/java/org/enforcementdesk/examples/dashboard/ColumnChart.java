package org.enforcementdesk.examples.dashboard;

import java.util.List;

/**
 * Vertical columns over time (the volume's sub-periods: months of a year, days of a month, hours of a day), with
 * round gridlines. Every sub-period of the period has a column, a zero one when nothing was received; sub-periods
 * not yet reached at the report's as-of instant have none.
 */
final class ColumnChart {

  /**
   * One column.
   *
   * @param axisLabel the label under it, or empty to leave it out where columns are dense
   * @param count the count, for the column's height; negative for a sub-period not yet reached
   * @param display the count as the report displays it
   * @param tooltip what hovering shows
   */
  record Column(String axisLabel, long count, String display, String tooltip) {}

  private static final double LEFT = 46;
  private static final double RIGHT = 612;
  private static final double TOP = 18;
  private static final double BOTTOM = 196;
  private static final int HEIGHT = 222;

  private ColumnChart() {}

  static String render(String name, List<Column> columns, String colour) {
    long max = 0;
    for (Column column : columns) {
      max = Math.max(max, column.count());
    }
    long step = Svg.niceStep(Math.max(max, 1), 4);
    long top = step * Math.max(1, (max + step - 1) / step);
    StringBuilder out = new StringBuilder();
    Svg.open(out, HEIGHT, name);
    for (long tick = 0; tick <= top; tick += step) {
      double y = BOTTOM - (BOTTOM - TOP) * tick / top;
      Svg.line(out, LEFT, y, RIGHT, y, Svg.GRID);
      Svg.text(out, LEFT - 6, y + 4, "class=\"axis\" text-anchor=\"end\"", Long.toString(tick));
    }
    double slot = (RIGHT - LEFT) / Math.max(1, columns.size());
    double width = Math.max(2, slot * 0.7);
    boolean values = columns.size() <= 16;
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      double center = LEFT + slot * (i + 0.5);
      if (!column.axisLabel().isEmpty()) {
        Svg.text(out, center, BOTTOM + 16, "class=\"axis\" text-anchor=\"middle\"", column.axisLabel());
      }
      if (column.count() < 0) {
        continue;
      }
      double h = (BOTTOM - TOP) * column.count() / top;
      Svg.rect(out, center - width / 2, BOTTOM - h, width, Math.max(h, 0.5), colour, column.tooltip());
      if (values) {
        Svg.text(out, center, BOTTOM - h - 4, "class=\"val\" text-anchor=\"middle\"", column.display());
      }
    }
    Svg.line(out, LEFT, BOTTOM, RIGHT, BOTTOM, Svg.MUTED);
    Svg.close(out);
    return out.toString();
  }
}
