package org.enforcementdesk.sla;

/** Where an SLA clock stands at an instant. */
public enum SlaState {
  /** Running, and less than the at-risk share of the period has been used. */
  ON_TRACK,
  /** Running, past the at-risk share (75% by default) but not yet due: the handler is warned. */
  AT_RISK,
  /** Paused before it was due; time stands still. */
  PAUSED,
  /** Past due and not stopped. */
  BREACHED,
  /** Stopped at or before the due instant. */
  MET,
  /** Stopped after the due instant. */
  MET_LATE;

  /** Whether the clock has stopped. */
  public boolean isStopped() {
    return this == MET || this == MET_LATE;
  }
}
