package org.enforcementdesk.desk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.enforcementdesk.desk.event.Provenance;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.sla.SlaClock;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/** A change of urgency with its new resolution deadline, recomputed from the original start with pauses credited. */
final class UrgencyChanges {

  private UrgencyChanges() {}

  static WorkOrderEvent.UrgencyChanged event(
      WorkOrder order, Instant at, Actor actor, Urgency to, SlaTargets targets, String reason, Provenance provenance) {
    SlaClock resolution =
        order.clock(SlaTarget.RESOLUTION)
            .orElseThrow(() -> new IllegalStateException("urgency change before acceptance of " + order.id()));
    SlaClock changed = resolution.withPeriod(targets.resolution());
    OffsetDateTime due =
        changed.dueAt().orElseGet(() -> changed.status(at).dueAt()); // paused: the deadline if resumed now
    Optional<OffsetDateTime> limit = order.resolutionLimit();
    if (limit.isPresent() && limit.get().isBefore(due)) {
      due = limit.get();
    }
    return new WorkOrderEvent.UrgencyChanged(
        order.id(), at, actor, order.urgency().orElseThrow(), to, targets, due, reason, provenance);
  }
}
