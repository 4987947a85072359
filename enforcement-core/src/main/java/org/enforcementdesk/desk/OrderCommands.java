package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.sla.SlaTarget;

/**
 * The commands on a work order that parties and resolvers issue as well as staff, written once: the staff's desk runs
 * them through its runner, and the party's and the resolver's desks through theirs (see {@link CommandRunner}'s
 * entry), so every audience's command records the same events. Javadoc on {@link EnforcementDesk}'s methods.
 */
final class OrderCommands {

  private final CommandRunner runner;

  OrderCommands(CommandRunner runner) {
    this.runner = runner;
  }

  WorkOrder noteProgress(RequestId id, Actor actor, String note, boolean contactWithParty, NoteAudience audience) {
    requireNonNull(audience, "audience");
    return runner.runOne(id, actor, CommandKind.NOTE_PROGRESS, (order, now) ->
        new ProgressNoted(id, now, actor, note, contactWithParty, audience));
  }

  WorkOrder urge(RequestId id, Actor actor, String text) {
    requireNonNull(text, "text");
    return runner.run(id, actor, CommandKind.URGE, ReviewSignal.URGE, (order, now) ->
        List.of(new Urged(id, now, actor, text, Optional.empty())));
  }

  WorkOrder resolve(RequestId id, Actor actor, ResolutionKind how, String result) {
    requireNonNull(how, "how");
    Deadlines deadlines = runner.deadlines();
    return runner.runOne(id, actor, CommandKind.RESOLVE, (order, now) -> new Resolved(
        id, now, actor, result, how, deadlines.stopped(order, now), deadlines.callback(order, now)));
  }

  WorkOrder withdraw(RequestId id, Actor actor, String reason) {
    return runner.runOne(id, actor, CommandKind.WITHDRAW, (order, now) -> new Withdrawn(id, now, actor,
        reason, order.clock(SlaTarget.RESOLUTION).map(clock -> runner.deadlines().stopped(order, now))));
  }
}
