package org.enforcementdesk.desk;

import java.time.Instant;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.UrgencyChanged;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/**
 * A change of urgency with the deadlines that go with it, counted again from the original start with every pause
 * credited, for whichever clocks are running (a paused resolution clock is counted when it resumes).
 */
final class UrgencyChanges {

  private UrgencyChanges() {}

  static UrgencyChanged event(
      WorkOrder order,
      Instant at,
      Actor actor,
      Urgency to,
      SlaTargets targets,
      String reason,
      Provenance provenance,
      Deadlines deadlines) {
    Urgency from =
        order.urgency().orElseThrow(() -> new IllegalStateException("urgency change before acceptance of " + order.id()));
    return new UrgencyChanged(
        order.id(),
        at,
        actor,
        from,
        to,
        targets,
        deadlines.withPeriod(order, SlaTarget.RESPONSE, targets.response()),
        deadlines.withPeriod(order, SlaTarget.RESOLUTION, targets.resolution()),
        reason,
        provenance);
  }
}
