package org.enforcementdesk.policy;

/**
 * What the desk does when a provisional deadline, counted again once its year's State Council notice is loaded, comes
 * out earlier than the date the party was told. A later statutory date always replaces the provisional one.
 */
public enum EarlierStatutoryDeadline {

  /**
   * Keep the date the party was told, and record the statutory date beside it (the default): a promise made in good
   * faith is not shortened after the fact.
   */
  KEEP_AS_TOLD,

  /** Adopt the statutory date, and tell the party and the handler: for courts that hold to the law's date. */
  ADOPT
}
