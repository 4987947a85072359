package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.NotificationTemplates;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.store.RecordedEvent;

/**
 * The notifications a batch of new events causes, carrying exactly the values their kind's templates use ({@link
 * NotificationTemplates#valuesOf}): codes and ISO instants, which the templates render in each language. Each
 * notification's idempotency key is its request, the version of the event that caused it, its kind and its
 * recipient, so replaying or retrying an append never makes a second one. No value holds unmasked personal data: the
 * party is addressed by id.
 */
final class NotificationFactory {

  private NotificationFactory() {}

  /**
   * Notifications for {@code recorded}, the events just folded into {@code after}; {@code callbacks} are the rules'
   * callback requests, {@code warn} whether the rules asked to warn about a recorded at-risk crossing.
   */
  static List<Notification> of(
      WorkOrder after, List<RecordedEvent> recorded, List<ReviewAction.RequestCallback> callbacks, boolean warn) {
    return of(after, after, recorded, callbacks, warn);
  }

  /**
   * As {@link #of(WorkOrder, List, List, boolean)}; clock warnings and breaches are addressed to whoever held the
   * order in {@code before} (the handler who missed the deadline), even when the same batch escalates it.
   */
  static List<Notification> of(
      WorkOrder before,
      WorkOrder after,
      List<RecordedEvent> recorded,
      List<ReviewAction.RequestCallback> callbacks,
      boolean warn) {
    List<Notification> out = new ArrayList<>();
    for (RecordedEvent record : recorded) {
      For f = new For(after, record, out);
      For holder = new For(before, record, out);
      WorkOrderEvent event = record.event();
      if (event instanceof WorkOrderEvent.Accepted e) {
        f.party(NotificationKind.ACCEPTANCE_NOTICE, Map.of(
            "type", after.request().type().chineseName(),
            "typeEn", after.request().type().englishName(),
            "urgency", e.decision().urgency().name(),
            "tier", e.decision().startTier().name(),
            "due", e.resolutionDue().toString()));
        f.party(NotificationKind.DEADLINE_NOTICE, Map.of(
            "urgency", e.decision().urgency().name(), "due", e.resolutionDue().toString()));
      } else if (event instanceof WorkOrderEvent.Rejected e) {
        f.party(NotificationKind.REJECTION, Map.of("reason", e.reasonToParty()));
      } else if (event instanceof WorkOrderEvent.ProgressNoted e) {
        f.party(NotificationKind.PROGRESS, Map.of("progress", e.note()));
      } else if (event instanceof WorkOrderEvent.Urged e) {
        ImmutableMap.Builder<String, String> values = ImmutableMap.builder();
        values.put("due", resolutionDue(after, e.at()).toString());
        e.duplicate().ifPresent(duplicate -> values.put("duplicateId", duplicate.id().value()));
        f.party(NotificationKind.URGE_RECEIPT, values.build());
      } else if (event instanceof WorkOrderEvent.Escalated e) {
        f.tier(NotificationKind.ESCALATION, e.to(), Map.of(
            "fromTier", e.from().name(), "toTier", e.to().name(), "reason", e.reason()));
      } else if (event instanceof WorkOrderEvent.RiskFlagged e) {
        f.tier(NotificationKind.RISK_ALERT, Tier.CENTER_DIRECTOR, Map.of(
            "risk", e.flag().kind().name(), "reason", e.flag().reason()));
      } else if (event instanceof WorkOrderEvent.Delegated e) {
        f.to(NotificationKind.DELEGATION, new Recipient(Recipient.Kind.RESOLVER, e.target().resolverId()), Map.of(
            "type", after.request().type().chineseName(),
            "typeEn", after.request().type().englishName(),
            "resolver", e.target().name()));
      } else if (event instanceof WorkOrderEvent.DelegationOverdue e) {
        Map<String, String> values = Map.of("resolver", e.target().name(), "due", e.due().toString());
        f.to(NotificationKind.DELEGATION_OVERDUE, new Recipient(Recipient.Kind.RESOLVER, e.target().resolverId()), values);
        f.tier(NotificationKind.DELEGATION_OVERDUE, after.tier(), values);
      } else if (event instanceof WorkOrderEvent.RectificationOpened e) {
        Recipient owner =
            e.ownerId() == null
                ? new Recipient(Recipient.Kind.TIER, e.ownerTier().name())
                : new Recipient(Recipient.Kind.HANDLER, e.ownerId());
        f.to(NotificationKind.RECTIFICATION_ASSIGNED, owner, Map.of(
            "aspect", e.aspect().name(),
            "due", e.due().toString()));
      } else if (event instanceof WorkOrderEvent.Resolved e) {
        f.party(NotificationKind.RESOLUTION_FEEDBACK, Map.of("result", e.result()));
        f.party(NotificationKind.EVALUATION_INVITATION, Map.of());
      } else if (event instanceof WorkOrderEvent.SlaWarned e && warn) {
        holder.handler(NotificationKind.SLA_WARNING, clockValues(after, e.target(), e.due()));
      } else if (event instanceof WorkOrderEvent.SlaBreached e) {
        if (e.target() == SlaTarget.CALLBACK) {
          holder.tier(NotificationKind.CALLBACK_DUE, before.tier(), Map.of("due", e.due().toString()));
        } else {
          holder.handler(NotificationKind.SLA_BREACH, clockValues(after, e.target(), e.due()));
        }
      }
    }
    if (!recorded.isEmpty()) {
      RecordedEvent last = recorded.get(recorded.size() - 1);
      for (int i = 0; i < callbacks.size(); i++) {
        ReviewAction.RequestCallback callback = callbacks.get(i);
        OffsetDateTime due = after.calendar().due(last.event().at(), callback.within()).dueAt();
        // Numbered: two callbacks asked of one tier in one batch are two notifications, not one key twice.
        new For(after, last, out, "#callback" + i)
            .tier(NotificationKind.CALLBACK_DUE, callback.by(), Map.of("due", due.toString()));
      }
    }
    return out;
  }

  /**
   * The callbacks the rules asked for when reviewing {@code order} for activity on its case that recorded nothing on
   * the order itself: keyed on the case's stream version, so a retried write makes no second notice.
   */
  static List<Notification> caseCallbacks(
      WorkOrder order, CaseFile caseAfter, Instant at, List<ReviewAction.RequestCallback> callbacks) {
    List<Notification> out = new ArrayList<>();
    for (int i = 0; i < callbacks.size(); i++) {
      ReviewAction.RequestCallback callback = callbacks.get(i);
      OffsetDateTime due = order.calendar().due(at, callback.within()).dueAt();
      Recipient tier = new Recipient(Recipient.Kind.TIER, callback.by().name());
      String key = order.id() + "@" + caseAfter.caseNumber() + "#" + caseAfter.version() + ":callback" + i + ":" + tier;
      out.add(Notification.of(key, NotificationKind.CALLBACK_DUE, order.id(), tier, at, Map.of(
          "caseNumber", caseAfter.caseNumber().toString(), "due", due.toString())));
    }
    return out;
  }

  private static Map<String, String> clockValues(WorkOrder order, SlaTarget target, OffsetDateTime due) {
    return Map.of(
        "urgency", order.urgency().map(Enum::name).orElse("NORMAL"), "target", target.name(), "due", due.toString());
  }

  /** The resolution deadline the party is promised now; while paused, the deadline if the clock resumed now. */
  private static OffsetDateTime resolutionDue(WorkOrder order, Instant at) {
    return order.due(SlaTarget.RESOLUTION)
        .or(() -> order.status(SlaTarget.RESOLUTION, at).map(status -> status.dueAt()))
        .orElseGet(() -> order.request().receivedAt());
  }

  /** Adds the notifications of one recorded event, with the values every kind carries. */
  private static final class For {
    private final WorkOrder order;
    private final RecordedEvent record;
    private final List<Notification> out;

    private final String suffix;

    For(WorkOrder order, RecordedEvent record, List<Notification> out) {
      this(order, record, out, "");
    }

    For(WorkOrder order, RecordedEvent record, List<Notification> out, String suffix) {
      this.order = order;
      this.record = record;
      this.out = out;
      this.suffix = suffix;
    }

    void party(NotificationKind kind, Map<String, String> values) {
      to(kind, new Recipient(Recipient.Kind.PARTY, order.request().requester().id()), values);
    }

    /** To the named handler if there is one, else to whoever is on duty at the order's tier. */
    void handler(NotificationKind kind, Map<String, String> values) {
      Recipient recipient =
          order.handlerId()
              .map(id -> new Recipient(Recipient.Kind.HANDLER, id))
              .orElseGet(() -> new Recipient(Recipient.Kind.TIER, order.tier().name()));
      to(kind, recipient, values);
    }

    void tier(NotificationKind kind, Tier tier, Map<String, String> values) {
      to(kind, new Recipient(Recipient.Kind.TIER, tier.name()), values);
    }

    void to(NotificationKind kind, Recipient recipient, Map<String, String> values) {
      String key = order.id() + "#" + record.version() + ":" + kind + ":" + recipient + suffix;
      ImmutableMap.Builder<String, String> all = ImmutableMap.builder();
      all.put("caseNumber", order.request().caseNumber().map(Object::toString).orElse(""));
      all.putAll(values);
      out.add(Notification.of(key, kind, order.id(), recipient, record.event().at(), all.buildOrThrow()));
    }
  }
}
