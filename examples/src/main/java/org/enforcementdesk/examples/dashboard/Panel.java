package org.enforcementdesk.examples.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.enforcementdesk.metrics.Indicator;
import org.enforcementdesk.metrics.Measure;

/**
 * A panel of the page (a titled card holding one or two charts), and the rows its bar charts are made of, taken
 * from the report's breakdowns.
 */
final class Panel {

  private Panel() {}

  /** Opens a panel with its Chinese title, English subtitle and an optional line of figures (HTML) beneath. */
  static void open(StringBuilder out, String id, String zh, String en, String meta) {
    out.append("<section class=\"panel\" id=\"").append(id).append("\">\n")
        .append("<h2>").append(Html.escape(zh)).append(" <span class=\"en\">").append(Html.escape(en))
        .append("</span></h2>\n");
    if (!meta.isEmpty()) {
      out.append("<p class=\"meta\">").append(meta).append("</p>\n");
    }
  }

  static void close(StringBuilder out) {
    out.append("</section>\n");
  }

  /** A chart's own heading inside a panel. */
  static void subtitle(StringBuilder out, String zh, String en) {
    out.append("<h3>").append(Html.escape(zh)).append(" <span class=\"en\">").append(Html.escape(en))
        .append("</span></h3>\n");
  }

  /** Said instead of a chart when nothing fell into a breakdown, so an empty chart is never mistaken for zeros. */
  static void empty(StringBuilder out) {
    out.append("<p class=\"empty\">本期无数据 <span class=\"en\">nothing in this period</span></p>\n");
  }

  /** {@code 本期 12 · 环比 ▲ +5.00% · 同比 不适用 n/a}: an indicator's figure and both changes. */
  static String changes(Indicator indicator) {
    return "本期 " + Figures.value(indicator.current())
        + " · 环比 " + Figures.change(indicator.id(), indicator.changeVsPrevious())
        + " · 同比 " + Figures.change(indicator.id(), indicator.changeYearOverYear());
  }

  /**
   * Rows of counts, largest first (ties by key), at most {@code limit}, each bar against the largest.
   *
   * @param dimension the breakdown's dimension, for the keys' names
   */
  static List<BarChart.Row> countRows(String dimension, SortedMap<String, Measure> breakdown, int limit) {
    List<Map.Entry<String, Measure>> entries = new ArrayList<>(breakdown.entrySet());
    // Largest first for a ranking; the sort is stable and the map sorted, so ties keep key order.
    entries.sort(Comparator.comparingLong((Map.Entry<String, Measure> e) -> e.getValue().numerator()).reversed());
    long max = entries.isEmpty() ? 1 : Math.max(1, entries.get(0).getValue().numerator());
    List<BarChart.Row> rows = new ArrayList<>();
    for (Map.Entry<String, Measure> entry : entries.subList(0, Math.min(limit, entries.size()))) {
      Measure count = entry.getValue();
      rows.add(new BarChart.Row(
          Labels.of(dimension, entry.getKey()),
          List.of(new BarChart.Cell((double) count.numerator() / max, count.display(), ""))));
    }
    return rows;
  }

  /**
   * Rows of rates, one bar per breakdown (series), keys in {@code order} first and then any others sorted; a key a
   * series lacks is not applicable there.
   */
  static List<BarChart.Row> rateRows(String dimension, List<String> order, List<SortedMap<String, Measure>> series) {
    List<String> keys = new ArrayList<>();
    for (String key : order) {
      if (series.stream().anyMatch(s -> s.containsKey(key))) {
        keys.add(key);
      }
    }
    series.stream().flatMap(s -> s.keySet().stream()).distinct().sorted()
        .filter(key -> !keys.contains(key)).forEach(keys::add);
    List<BarChart.Row> rows = new ArrayList<>();
    for (String key : keys) {
      List<BarChart.Cell> cells = new ArrayList<>();
      for (SortedMap<String, Measure> s : series) {
        Measure rate = s.get(key);
        if (rate == null || !rate.isApplicable()) {
          cells.add(BarChart.Cell.notApplicable(rate == null ? "nothing in this period" : Figures.counts(rate)));
        } else {
          cells.add(new BarChart.Cell(rate.value().orElseThrow().doubleValue(), rate.display(), Figures.counts(rate)));
        }
      }
      rows.add(new BarChart.Row(Labels.of(dimension, key), cells));
    }
    return rows;
  }
}
