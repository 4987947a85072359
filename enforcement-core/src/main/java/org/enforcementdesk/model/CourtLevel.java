package org.enforcementdesk.model;

/**
 * The level of a people's court, as the court code of a case number shows it: {@code 最高法}, a province alone, a
 * province and two digits, or a province and four digits.
 */
public enum CourtLevel {
  /** The Supreme People's Court (最高人民法院), court code {@code 最高法}. */
  SUPREME,
  /** A high people's court (高级人民法院) of a province, court code such as {@code 闽}. */
  HIGH,
  /** An intermediate people's court (中级人民法院), court code such as {@code 闽03}. */
  INTERMEDIATE,
  /** A basic people's court (基层人民法院), court code such as {@code 闽0322}. */
  BASIC
}
