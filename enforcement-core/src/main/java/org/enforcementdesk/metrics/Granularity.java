package org.enforcementdesk.metrics;

/** How long a {@link ReportPeriod} is: the calendar units leaders compare, or a custom range of days. */
public enum Granularity {
  /** 日: one calendar day. */
  DAY("日"),
  /** 周: an ISO week, Monday to Sunday. */
  WEEK("周"),
  /** 月: a calendar month. */
  MONTH("月"),
  /** 季: a calendar quarter (January, April, July or October to the end of the third month). */
  QUARTER("季"),
  /** 年: a calendar year. */
  YEAR("年"),
  /** 自定义: any range of whole days. */
  CUSTOM("自定义");

  private final String chineseName;

  Granularity(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in reports, e.g. {@code 月}; not null. */
  public String chineseName() {
    return chineseName;
  }
}
