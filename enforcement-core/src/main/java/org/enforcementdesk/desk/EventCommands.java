package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.enforcementdesk.desk.event.WorkOrderEvent;

/**
 * Which command each kind of event records, so that folding a stream walks the same state machine the desk
 * enforces. Clock events (warnings, breaches, an overdue delegation) and rectification events change no state and
 * record no state-machine command.
 */
final class EventCommands {

  private static final ImmutableMap<Class<?>, CommandKind> COMMANDS =
      ImmutableMap.<Class<?>, CommandKind>builder()
          .put(WorkOrderEvent.Submitted.class, CommandKind.SUBMIT)
          .put(WorkOrderEvent.Accepted.class, CommandKind.ACCEPT)
          .put(WorkOrderEvent.Rejected.class, CommandKind.REJECT)
          .put(WorkOrderEvent.Assigned.class, CommandKind.ASSIGN)
          .put(WorkOrderEvent.ProgressNoted.class, CommandKind.NOTE_PROGRESS)
          .put(WorkOrderEvent.Paused.class, CommandKind.PAUSE)
          .put(WorkOrderEvent.Resumed.class, CommandKind.RESUME)
          .put(WorkOrderEvent.Urged.class, CommandKind.URGE)
          .put(WorkOrderEvent.Escalated.class, CommandKind.ESCALATE)
          .put(WorkOrderEvent.UrgencyChanged.class, CommandKind.CHANGE_URGENCY)
          .put(WorkOrderEvent.RiskFlagged.class, CommandKind.FLAG_RISK)
          .put(WorkOrderEvent.Delegated.class, CommandKind.DELEGATE)
          .put(WorkOrderEvent.DelegationReturned.class, CommandKind.RETURN_DELEGATION)
          .put(WorkOrderEvent.Resolved.class, CommandKind.RESOLVE)
          .put(WorkOrderEvent.CallbackRecorded.class, CommandKind.RECORD_CALLBACK)
          .put(WorkOrderEvent.Evaluated.class, CommandKind.EVALUATE)
          .put(WorkOrderEvent.Closed.class, CommandKind.CLOSE)
          .put(WorkOrderEvent.Withdrawn.class, CommandKind.WITHDRAW)
          .put(WorkOrderEvent.Reopened.class, CommandKind.REOPEN)
          .buildOrThrow();

  private EventCommands() {}

  static Optional<CommandKind> commandOf(WorkOrderEvent event) {
    return Optional.ofNullable(COMMANDS.get(event.getClass()));
  }
}
