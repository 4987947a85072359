package org.enforcementdesk.sla;

import java.time.Duration;
import java.time.Instant;
import org.enforcementdesk.calendar.WorkingCalendar;

/**
 * A status read against a hard limit earlier than the period's deadline (a seizure lapses on its day whatever was
 * paused): the limit becomes the deadline. The used share is measured against the limit in natural time, since the
 * law's limit is a point in time.
 */
final class LimitedStatus {

  private LimitedStatus() {}

  static SlaStatus capped(boolean pausedNow, SlaClock clock, Instant limit, Instant at, WorkingCalendar calendar) {
    Instant stop = clock.stoppedAt().map(s -> s.toInstant()).orElse(null);
    boolean stopped = stop != null && !stop.isAfter(at);
    Instant end = stopped ? stop : at;
    boolean late = end.isAfter(limit);
    Instant start = clock.startedAt().toInstant();
    long total = Math.max(1, Duration.between(start, limit).toNanos());
    double used = (double) Duration.between(start, end).toNanos() / total;
    SlaState state;
    if (stopped) {
      state = late ? SlaState.MET_LATE : SlaState.MET;
    } else if (late) {
      state = SlaState.BREACHED;
    } else if (pausedNow) {
      state = SlaState.PAUSED;
    } else {
      state = used >= clock.atRiskShare() ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }
    return new SlaStatus(
        state,
        at.atZone(calendar.zone()).toOffsetDateTime(),
        limit.atZone(calendar.zone()).toOffsetDateTime(),
        used,
        late ? Duration.ZERO : calendar.workingTimeBetween(end, limit),
        late ? Duration.ZERO : Duration.between(end, limit),
        late ? calendar.workingTimeBetween(limit, end) : Duration.ZERO,
        late ? Duration.between(limit, end) : Duration.ZERO);
  }
}
