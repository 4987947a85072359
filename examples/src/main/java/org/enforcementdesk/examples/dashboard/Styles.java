package org.enforcementdesk.examples.dashboard;

/**
 * The page's only style sheet, inline. The font stack names the common CJK faces of each platform (Noto / Source
 * Han on Linux, PingFang on macOS, Microsoft YaHei on Windows) before the generic {@code sans-serif}, so the page
 * needs no web font and still renders Chinese where any CJK face is installed. No {@code url()}, no {@code @import}.
 */
final class Styles {

  static final String CSS = """
      * { box-sizing: border-box; }
      body { margin: 0; background: #eef2f6; color: #1f2933; font-size: 14px; line-height: 1.45;
        font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
          "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
      header { background: #12355b; color: #ffffff; padding: 18px 32px 16px; }
      header h1 { margin: 0; font-size: 26px; font-weight: 700; letter-spacing: 0.02em; }
      header p { margin: 4px 0 0; color: #c9d6e6; font-size: 13px; }
      main { max-width: 1360px; margin: 0 auto; padding: 18px 20px 28px; }
      .en { color: #5b6b7c; font-size: 11px; font-weight: 400; }
      .tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 14px; }
      .tile { background: #ffffff; border-radius: 8px; padding: 12px 16px; border-top: 4px solid #1f5fa8;
        box-shadow: 0 1px 2px rgba(18, 53, 91, 0.12); cursor: help; }
      .tile .name { font-weight: 700; font-size: 15px; }
      .tile .value { font-size: 30px; font-weight: 700; color: #12355b; margin: 4px 0 0; white-space: nowrap; }
      .tile .value .slash { color: #8a96a3; font-weight: 400; }
      .tile .sub { color: #5b6b7c; font-size: 12px; min-height: 18px; }
      .tile .changes { font-size: 12px; margin-top: 4px; border-top: 1px solid #e3e8ee; padding-top: 4px; }
      .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin-top: 16px; }
      .panel { background: #ffffff; border-radius: 8px; padding: 14px 18px 12px;
        box-shadow: 0 1px 2px rgba(18, 53, 91, 0.12); min-width: 0; }
      .wide { margin-top: 16px; }
      h2 { font-size: 16px; margin: 0 0 4px; color: #12355b; }
      h3 { font-size: 13px; margin: 12px 0 4px; }
      .meta, .note { font-size: 12px; color: #3e4c59; margin: 2px 0 8px; }
      .note { color: #5b6b7c; margin-top: 8px; }
      .empty { color: #8a96a3; font-style: italic; padding: 18px 0; }
      .na { color: #8a96a3; }
      .chg { white-space: nowrap; font-weight: 700; }
      .chg.good { color: #1a7f37; }
      .chg.bad { color: #c62828; }
      .chg.flat { color: #3e4c59; }
      .chg.na { color: #8a96a3; font-weight: 400; }
      svg { display: block; width: 100%; height: auto; margin: 4px 0; overflow: visible; }
      svg text { font-size: 12px; fill: #1f2933; }
      svg text.en { font-size: 10px; fill: #5b6b7c; }
      svg text.axis { font-size: 11px; fill: #5b6b7c; }
      svg text.val { font-size: 12px; font-weight: 700; fill: #1f2933; }
      svg text.inside { font-size: 12px; font-weight: 700; fill: #ffffff; }
      svg text.na { fill: #8a96a3; }
      svg text.strong { font-size: 13px; font-weight: 700; }
      svg text.rate { font-size: 22px; font-weight: 700; fill: #12355b; }
      svg text.rate.na { font-size: 16px; fill: #8a96a3; }
      table.figures { width: 100%; border-collapse: collapse; font-size: 13px; }
      table.figures th { text-align: left; font-weight: 700; border-bottom: 2px solid #d5dde6; padding: 5px 8px; }
      table.figures td { border-bottom: 1px solid #e3e8ee; padding: 4px 8px; vertical-align: top; }
      table.figures td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      table.figures tbody tr:hover { background: #f5f8fb; }
      .defs dl { columns: 2; column-gap: 32px; margin: 4px 0 0; font-size: 12px; }
      .defs dl div { break-inside: avoid; margin-bottom: 6px; }
      .defs dt { font-weight: 700; }
      .defs dd { margin: 0; color: #3e4c59; }
      footer { color: #5b6b7c; font-size: 12px; text-align: center; padding: 0 0 24px; }
      """;

  private Styles() {}
}
