package org.enforcementdesk.model;

/**
 * Why a member of staff reads a party's personal data (查阅事由), as the read audit records it: "办理诉求", "回访",
 * "领导督办" or the host's own reason. Phone and identity numbers typed into it are masked when it is made, so the
 * audit trail holds none.
 *
 * @param text the reason; not blank, at most 200 characters
 */
public record ReadPurpose(String text) {

  /** What the desk records when the host states no purpose: an auditor sees that none was given. */
  public static final ReadPurpose UNSTATED = new ReadPurpose("(not stated)");

  /** Why a resolver reads what is delegated to them: the purpose their desk records. */
  public static final ReadPurpose DELEGATION = new ReadPurpose("委派化解 (delegated to the reader)");

  /**
   * Checks and masks the reason.
   *
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if it is blank or longer than 200 characters
   */
  public ReadPurpose {
    text = PersonalData.maskText(Codes.checkText("read purpose", text, 200));
  }

  /** The purpose {@code text}, checked and masked. */
  public static ReadPurpose of(String text) {
    return new ReadPurpose(text);
  }

  /** Whether the host stated a purpose. */
  public boolean isStated() {
    return !equals(UNSTATED);
  }
}
