package org.enforcementdesk.examples.dashboard;

/**
 * A two-stage funnel: what went in (risk cases screened, cases transferred to resolvers) above what came out
 * resolved, joined by a band, with the resolution rate beside it. Both counts are the rate's own numerator and
 * denominator, so the picture and the rate cannot disagree.
 */
final class Funnel {

  /** A stage: its names and count, and the count as the report displays it. */
  record Stage(Labels.Label label, long count, String display) {}

  private static final double LEFT = 150;
  private static final double WIDTH = 340;
  private static final double BAR = 24;
  private static final double GAP = 14;
  private static final int HEIGHT = 76;

  private Funnel() {}

  /**
   * The funnel.
   *
   * @param title its names, written on the left
   * @param in the first stage
   * @param out the second stage, at most the first
   * @param rate the rate as the report displays it ({@code n/a} when nothing went in)
   * @param tooltip what hovering over the rate shows
   */
  static String render(Labels.Label title, Stage in, Stage out, String rate, String tooltip) {
    StringBuilder svg = new StringBuilder();
    Svg.open(svg, HEIGHT, title.both());
    Svg.text(svg, 0, 30, "class=\"strong\"", Svg.fit(title.zh(), LEFT - 8, 13));
    Svg.text(svg, 0, 46, "class=\"en\"", Svg.fit(title.en(), LEFT - 8, 10));
    double center = LEFT + WIDTH / 2;
    double inWidth = in.count() == 0 ? 0 : WIDTH;
    double outWidth = in.count() == 0 ? 0 : WIDTH * out.count() / in.count();
    double y2 = 4 + BAR + GAP;
    if (inWidth > 0) {
      svg.append("<polygon points=\"")
          .append(Svg.num(center - inWidth / 2)).append(',').append(Svg.num(4 + BAR)).append(' ')
          .append(Svg.num(center + inWidth / 2)).append(',').append(Svg.num(4 + BAR)).append(' ')
          .append(Svg.num(center + outWidth / 2)).append(',').append(Svg.num(y2)).append(' ')
          .append(Svg.num(center - outWidth / 2)).append(',').append(Svg.num(y2))
          .append("\" fill=\"").append(Svg.GRID).append("\"/>\n");
    }
    stage(svg, in, center, 4, inWidth, Svg.LIGHT, "text-anchor=\"middle\"");
    stage(svg, out, center, y2, outWidth, Svg.PRIMARY, "class=\"inside\" text-anchor=\"middle\"");
    svg.append("<g><title>").append(Html.escape(tooltip)).append("</title>\n");
    boolean applicable = !"n/a".equals(rate);
    Svg.text(svg, Svg.WIDTH, 34, applicable ? "class=\"rate\" text-anchor=\"end\"" : "class=\"rate na\" text-anchor=\"end\"",
        applicable ? rate : "不适用 n/a");
    Svg.text(svg, Svg.WIDTH, 52, "class=\"en\" text-anchor=\"end\"", "化解率 resolution rate");
    svg.append("</g>\n");
    Svg.close(svg);
    return svg.toString();
  }

  private static void stage(StringBuilder svg, Stage stage, double center, double y, double w, String fill, String inside) {
    String text = stage.label().zh() + " " + stage.display();
    String tooltip = stage.label().both() + ": " + stage.display();
    if (w > 0) {
      Svg.rect(svg, center - w / 2, y, w, BAR, fill, tooltip);
    }
    if (w > Svg.width(text, 12) + 12) {
      Svg.text(svg, center, y + 16, inside, text);
    } else {
      // Too narrow to hold its label: write it beside the bar in the page's ink.
      Svg.text(svg, center + Math.max(w, 0) / 2 + 6, y + 16, "", text);
    }
  }
}
