package org.enforcementdesk.model;

/** 评价维度: the five aspects a party rates after a request is resolved. */
public enum EvaluationAspect {
  /** 态度: the handlers' attitude. */
  ATTITUDE("态度"),
  /** 流程: the process the request went through. */
  PROCESS("流程"),
  /** 方式: the manner of handling. */
  MANNER("方式"),
  /** 措施: the enforcement measures taken. */
  MEASURES("措施"),
  /** 程序: procedural correctness. */
  PROCEDURE("程序");

  private final String chineseName;

  EvaluationAspect(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name shown to parties, e.g. {@code 态度}; not null. */
  public String chineseName() {
    return chineseName;
  }
}
