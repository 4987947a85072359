package org.enforcementdesk.model;

/** 评价等级: a party's rating of one evaluation aspect. */
public enum Rating {
  /** 满意. */
  SATISFIED("满意"),
  /** 基本满意: counts as satisfied in the satisfaction rate. */
  BASICALLY_SATISFIED("基本满意"),
  /** 不满意: opens a rectification item for the aspect. */
  DISSATISFIED("不满意");

  private final String chineseName;

  Rating(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name shown to parties, e.g. {@code 基本满意}; not null. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether this rating counts toward the satisfaction rate (执行满意率): satisfied or basically satisfied. */
  public boolean countsAsSatisfied() {
    return this != DISSATISFIED;
  }
}
