package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The type code of an enforcement case number, the characters between the court code and the serial in {@code
 * （2024）闽0322执恢12号}. The codes are those set for enforcement cases by the SPC's case-number provisions
 * (法〔2015〕137号).
 *
 * <p>Pre-enforcement work (执前) is deliberately absent: it is a local kind of work, not a case type, and has no code.
 */
public enum EnforcementCaseType {
  /** 执: first enforcement (首次执行). */
  FIRST_ENFORCEMENT("执", "first enforcement"),
  /** 执恢: restored enforcement (恢复执行), a case reopened after it was closed or suspended. */
  RESTORED_ENFORCEMENT("执恢", "restored enforcement"),
  /** 执保: enforcement of a property preservation order (财产保全执行). */
  PRESERVATION("执保", "preservation enforcement"),
  /** 执异: objection to an enforcement act or to the subject matter (执行异议). */
  OBJECTION("执异", "enforcement objection"),
  /** 执复: review of an objection ruling by the court one level up (执行复议). */
  REVIEW("执复", "enforcement review"),
  /** 执监: supervision of enforcement by a higher court (执行监督). */
  SUPERVISION("执监", "enforcement supervision"),
  /** 执协: coordination of an enforcement dispute between courts (执行协调). */
  COORDINATION("执协", "enforcement coordination"),
  /** 执他: any other enforcement matter, such as requests for instructions (其他执行). */
  OTHER("执他", "other enforcement matter");

  private static final ImmutableMap<String, EnforcementCaseType> BY_CODE =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(t -> t.code, Function.identity()));

  // A parser trying codes in this order never reads 执恢 as 执 followed by a serial "恢...".
  private static final ImmutableList<EnforcementCaseType> LONGEST_CODE_FIRST =
      Arrays.stream(values())
          .sorted(Comparator.comparingInt((EnforcementCaseType t) -> t.code.length()).reversed())
          .collect(ImmutableList.toImmutableList());

  /** The code people reach for that does not exist; named so that its rejection can explain itself. */
  static final String PRE_ENFORCEMENT = "执前";

  static final String PRE_ENFORCEMENT_IS_NO_CASE_TYPE = "pre-enforcement work is not a case type";

  private final String code;
  private final String description;

  EnforcementCaseType(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the type with the given code.
   *
   * @param code the Chinese type code exactly as printed in a case number, such as {@code "执恢"}, not null
   * @return the type, not null
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if no enforcement type has that code, including {@code "执前"}
   */
  public static EnforcementCaseType fromCode(String code) {
    checkNotNull(code, "code must not be null");
    EnforcementCaseType type = BY_CODE.get(code);
    if (type != null) {
      return type;
    }
    if (code.equals(PRE_ENFORCEMENT)) {
      throw new IllegalArgumentException("there is no case type \"执前\": " + PRE_ENFORCEMENT_IS_NO_CASE_TYPE);
    }
    throw new IllegalArgumentException(
        "unknown enforcement case type code \"" + code + "\"; known codes: " + knownCodes());
  }

  /**
   * Returns the Chinese type code as printed in a case number.
   *
   * @return the code, such as {@code "执恢"}, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns a short English description of the type.
   *
   * @return the description, such as {@code "restored enforcement"}, not null
   */
  public String description() {
    return description;
  }

  /** The types ordered by code length, longest first, so that the first code that matches is the longest one. */
  static ImmutableList<EnforcementCaseType> longestCodeFirst() {
    return LONGEST_CODE_FIRST;
  }

  static String knownCodes() {
    return String.join(", ", BY_CODE.keySet());
  }
}
