package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.CallbackRecorded;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.DelegationReturned;
import org.enforcementdesk.order.Evaluated;
import org.enforcementdesk.order.Paused;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.UrgencyChanged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaClock;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/**
 * An independent recount of a work order's deadlines from its raw events: each clock replayed on the calendar from
 * the receipt, the pauses, the changes of period and the reopenings, as the fold counted before the events recorded
 * their deadlines. The replay law: the deadlines the fold reads from the events equal this recount, for the calendar
 * the desk counted on.
 */
final class RecountedDeadlines {

  private static final PauseReason DELEGATED = PauseReason.of(PauseKind.DELEGATED);

  private SlaClock response;
  private SlaClock resolution;
  private SlaClock callback;
  private SlaTargets targets;
  private Instant limit;
  private boolean delegationPauses;

  private RecountedDeadlines() {}

  /** Asserts that every deadline and at-risk instant the fold gives equals the recount on {@code calendar}. */
  static void assertFoldMatches(WorkOrder order, WorkingCalendar calendar) {
    RecountedDeadlines recount = new RecountedDeadlines();
    for (RecordedEvent recorded : order.history()) {
      recount.apply(recorded.event(), order, calendar);
    }
    for (SlaTarget target : SlaTarget.values()) {
      SlaClock clock = recount.clock(target);
      String what = order.id() + " " + target;
      if (clock == null) {
        assertThat(order.clock(target)).as("no %s clock", what).isEmpty();
        continue;
      }
      assertThat(order.due(target)).as("the recorded deadline of %s", what).isEqualTo(clock.dueAt());
      assertThat(order.atRiskAt(target)).as("the recorded at-risk instant of %s", what).isEqualTo(clock.atRiskAt());
      assertThat(order.clock(target).orElseThrow().pauses()).as("the pauses of %s", what).isEqualTo(clock.pauses());
    }
  }

  private SlaClock clock(SlaTarget target) {
    return switch (target) {
      case RESPONSE -> response;
      case RESOLUTION -> resolution;
      case CALLBACK -> callback;
    };
  }

  private void apply(WorkOrderEvent event, WorkOrder order, WorkingCalendar calendar) {
    Instant at = event.at();
    if (event instanceof Accepted e) {
      targets = e.decision().targets();
      limit = e.decision().resolutionLimit().map(l -> l.toInstant()).orElse(null);
      Instant received = order.request().receivedAt().toInstant();
      response = SlaClock.start(SlaTarget.RESPONSE, targets.response(), received, calendar);
      resolution = capped(SlaClock.start(SlaTarget.RESOLUTION, targets.resolution(), received, calendar));
    } else if (event instanceof ProgressNoted e && e.firstContact()) {
      response = stop(response, at);
    } else if (event instanceof Paused e) {
      resolution = resolution.pause(e.reason(), at);
    } else if (event instanceof Resumed) {
      resolution = resolution.resume(at);
    } else if (event instanceof UrgencyChanged e) {
      targets = e.targets();
      if (!response.isStopped()) {
        response = response.withPeriod(targets.response());
      }
      if (!resolution.isStopped()) {
        resolution = resolution.withPeriod(targets.resolution());
      }
    } else if (event instanceof Delegated e) {
      delegationPauses = e.pausesResolution();
      if (delegationPauses) {
        resolution = resolution.pause(DELEGATED, at);
      }
    } else if (event instanceof DelegationReturned) {
      if (delegationPauses) {
        resolution = resolution.resume(at);
      }
      delegationPauses = false;
    } else if (event instanceof Resolved) {
      delegationPauses = false;
      response = stop(response, at);
      resolution = stop(resolution, at);
      callback = SlaClock.start(SlaTarget.CALLBACK, targets.callback(), at, calendar);
    } else if (event instanceof CallbackRecorded
        || event instanceof Evaluated
        || event instanceof Closed) {
      callback = stop(callback, at);
    } else if (event instanceof Withdrawn) {
      response = stop(response, at);
      resolution = stop(resolution, at);
    } else if (event instanceof Reopened) {
      resolution = capped(SlaClock.start(SlaTarget.RESOLUTION, targets.resolution(), at, calendar));
      callback = null;
    }
  }

  private SlaClock capped(SlaClock clock) {
    return limit == null ? clock : clock.withHardLimit(limit);
  }

  private static SlaClock stop(SlaClock clock, Instant at) {
    return clock == null || clock.isStopped() ? clock : clock.stop(at);
  }
}
