package org.enforcementdesk.order;

/**
 * What a revision did to a provisional deadline once the year's notice was loaded: the statutory date (counted with
 * the notice) against the provisional one.
 */
public enum DeadlineRevision {

  /** The statutory date is later: it replaces the provisional one, and the party and the handler are told. */
  LATER_REPLACES(true),

  /** The statutory date is earlier, and the rule book says to adopt it: it replaces the provisional one, told. */
  EARLIER_ADOPTED(true),

  /**
   * The statutory date is earlier, and the rule book says to keep the date the party was told (the default): the
   * provisional date stays in force, no longer provisional for the year now known, with the statutory date recorded
   * beside it.
   */
  EARLIER_KEPT_AS_TOLD(false),

  /** The same date: now counted with the notice. Nobody is told; nothing changed for them. */
  CONFIRMED(false);

  private final boolean changesTheDate;

  DeadlineRevision(boolean changesTheDate) {
    this.changesTheDate = changesTheDate;
  }

  /** Whether the deadline in force moves, so the party and the handler are told. */
  public boolean changesTheDate() {
    return changesTheDate;
  }
}
