package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Masking;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.NotificationTemplates;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.Assigned;
import org.enforcementdesk.order.CallbackRecorded;
import org.enforcementdesk.order.CallbackRequested;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.DeadlineRevised;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.DelegationOverdue;
import org.enforcementdesk.order.DelegationReturned;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.Evaluated;
import org.enforcementdesk.order.Paused;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.RectificationClosed;
import org.enforcementdesk.order.RectificationItem;
import org.enforcementdesk.order.RectificationMeasureRecorded;
import org.enforcementdesk.order.RectificationOpened;
import org.enforcementdesk.order.Rejected;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.UrgencyChanged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.sla.RecordedClock;
import org.enforcementdesk.sla.SlaTarget;

/**
 * The notifications a batch of new events causes, carrying exactly the values their kind's templates use ({@link
 * NotificationTemplates#valuesOf}): codes and ISO instants, which the templates render in each language. Each
 * notification's idempotency key is its request, the version of the event that caused it, its kind and its
 * recipient, so replaying or retrying an append never makes a second one. No value holds unmasked personal data: the
 * party is addressed by id, and every value is masked ({@link Masking}) as it is made.
 */
final class NotificationFactory {

  private NotificationFactory() {}

  /**
   * Notifications for {@code recorded}, the events just folded into {@code after}. Clock warnings and breaches are
   * addressed to whoever held the order in {@code before} (the handler who missed the deadline), even when the same
   * batch escalates it.
   *
   * @param calendar what an urge receipt reads a paused order's provisional deadline on
   */
  static List<Notification> of(
      WorkOrder before, WorkOrder after, List<RecordedEvent> recorded, WorkingCalendar calendar) {
    Notifier notifier = new Notifier(before, after, calendar);
    for (RecordedEvent record : recorded) {
      notifier.record = record;
      record.event().accept(notifier);
    }
    return notifier.out;
  }

  /** Each kind of event's notifications. */
  private static final class Notifier implements WorkOrderEvent.Visitor<Void> {
    private final WorkOrder before;
    private final WorkOrder after;
    private final WorkingCalendar calendar;
    private final List<Notification> out = new ArrayList<>();
    private RecordedEvent record;

    Notifier(WorkOrder before, WorkOrder after, WorkingCalendar calendar) {
      this.before = before;
      this.after = after;
      this.calendar = calendar;
    }

    @Override
    public Void accepted(Accepted e) {
      String due = e.resolution().at().toString();
      party(NotificationKind.ACCEPTANCE_NOTICE, provisional(e.resolution().deadline(), Map.of(
          "type", after.request().type().chineseName(),
          "typeEn", after.request().type().englishName(),
          "urgency", e.decision().urgency().name(),
          "tier", e.decision().startTier().name(),
          "due", due)));
      return party(NotificationKind.DEADLINE_NOTICE,
          provisional(e.resolution().deadline(), Map.of("urgency", e.decision().urgency().name(), "due", due)));
    }

    @Override
    public Void deadlineRevised(DeadlineRevised e) {
      if (!e.outcome().changesTheDate()) {
        return null; // the date in force stands: nobody's plans change
      }
      String was = e.provisional().at().toString();
      String due = e.inForce().at().toString();
      Map<String, String> values = Map.of("deadline", e.which().name(), "was", was, "due", due);
      switch (e.which()) {
        case RESOLUTION -> {
          party(NotificationKind.DEADLINE_CHANGE_NOTICE, provisional(e.inForce(), Map.of("was", was, "due", due)));
          holder(NotificationKind.DEADLINE_REVISED, values);
        }
        case RESPONSE, CALLBACK -> holder(NotificationKind.DEADLINE_REVISED, values);
        case DELEGATION -> {
          Delegation pending = after.delegations().get(after.delegations().size() - 1);
          to(NotificationKind.DEADLINE_REVISED, new Recipient(Recipient.Kind.RESOLVER, pending.target().resolverId()),
              values);
          holder(NotificationKind.DEADLINE_REVISED, values);
        }
        case RECTIFICATION -> {
          RectificationItem item = after.rectificationItem(e.item()).orElseThrow();
          Recipient owner = item.owner()
              .map(id -> new Recipient(Recipient.Kind.HANDLER, id))
              .orElseGet(() -> new Recipient(Recipient.Kind.TIER, item.ownerTier().name()));
          to(NotificationKind.DEADLINE_REVISED, owner, values);
        }
      }
      return null;
    }

    @Override
    public Void rejected(Rejected e) {
      return party(NotificationKind.REJECTION, Map.of("reason", e.reasonToParty()));
    }

    @Override
    public Void progressNoted(ProgressNoted e) {
      // Only a note meant for the party reaches them: an internal note may name the other party or hold a risk
      // assessment, and its words were written for colleagues.
      return e.audience() == NoteAudience.PARTY ? party(NotificationKind.PROGRESS, Map.of("progress", e.note())) : null;
    }

    @Override
    public Void urged(Urged e) {
      ImmutableMap.Builder<String, String> values = ImmutableMap.builder();
      values.put("due", resolutionDue(e.at()).toString());
      e.duplicate().ifPresent(duplicate -> values.put("duplicateId", duplicate.id().value()));
      after.clock(SlaTarget.RESOLUTION).flatMap(RecordedClock::deadline)
          .filter(CountedDeadline::provisional)
          .ifPresent(d -> values.put("provisionalYears", years(d)));
      return party(NotificationKind.URGE_RECEIPT, values.build());
    }

    @Override
    public Void escalated(Escalated e) {
      return tier(NotificationKind.ESCALATION, e.to(), Map.of(
          "fromTier", e.from().name(), "toTier", e.to().name(), "reason", e.reason()));
    }

    @Override
    public Void riskFlagged(RiskFlagged e) {
      return tier(NotificationKind.RISK_ALERT, Tier.CENTER_DIRECTOR, Map.of(
          "risk", e.flag().kind().name(), "reason", e.flag().reason()));
    }

    @Override
    public Void delegated(Delegated e) {
      return to(NotificationKind.DELEGATION, new Recipient(Recipient.Kind.RESOLVER, e.target().resolverId()), Map.of(
          "type", after.request().type().chineseName(),
          "typeEn", after.request().type().englishName(),
          "resolver", e.target().name()));
    }

    @Override
    public Void delegationOverdue(DelegationOverdue e) {
      Map<String, String> values = Map.of("resolver", e.target().name(), "due", e.due().toString());
      to(NotificationKind.DELEGATION_OVERDUE, new Recipient(Recipient.Kind.RESOLVER, e.target().resolverId()), values);
      return tier(NotificationKind.DELEGATION_OVERDUE, after.tier(), values);
    }

    @Override
    public Void rectificationOpened(RectificationOpened e) {
      Recipient owner =
          e.ownerId()
              .map(id -> new Recipient(Recipient.Kind.HANDLER, id))
              .orElseGet(() -> new Recipient(Recipient.Kind.TIER, e.ownerTier().name()));
      return to(NotificationKind.RECTIFICATION_ASSIGNED, owner, Map.of(
          "aspect", e.aspect().name(), "due", e.due().at().toString()));
    }

    @Override
    public Void resolved(Resolved e) {
      party(NotificationKind.RESOLUTION_FEEDBACK, Map.of("result", e.result()));
      return party(NotificationKind.EVALUATION_INVITATION, Map.of());
    }

    @Override
    public Void callbackRequested(CallbackRequested e) {
      return tier(NotificationKind.CALLBACK_DUE, e.by(), Map.of("due", e.due().at().toString()));
    }

    @Override
    public Void slaWarned(SlaWarned e) {
      return e.handlerWarned() ? holder(NotificationKind.SLA_WARNING, clockValues(e.target(), e.due())) : null;
    }

    @Override
    public Void slaBreached(SlaBreached e) {
      if (e.target() == SlaTarget.CALLBACK) {
        return tierOf(before, NotificationKind.CALLBACK_DUE, before.tier(), Map.of("due", e.due().toString()));
      }
      return holder(NotificationKind.SLA_BREACH, clockValues(e.target(), e.due()));
    }

    // Nobody is told of these.

    @Override
    public Void submitted(Submitted e) {
      return null;
    }

    @Override
    public Void assigned(Assigned e) {
      return null;
    }

    @Override
    public Void paused(Paused e) {
      return null;
    }

    @Override
    public Void resumed(Resumed e) {
      return null;
    }

    @Override
    public Void urgencyChanged(UrgencyChanged e) {
      return null;
    }

    @Override
    public Void delegationReturned(DelegationReturned e) {
      return null;
    }

    @Override
    public Void callbackRecorded(CallbackRecorded e) {
      return null;
    }

    @Override
    public Void evaluated(Evaluated e) {
      return null;
    }

    @Override
    public Void closed(Closed e) {
      return null;
    }

    @Override
    public Void withdrawn(Withdrawn e) {
      return null;
    }

    @Override
    public Void reopened(Reopened e) {
      return null;
    }

    @Override
    public Void rectificationMeasureRecorded(RectificationMeasureRecorded e) {
      return null;
    }

    @Override
    public Void rectificationClosed(RectificationClosed e) {
      return null;
    }

    /** {@code values} and, for a provisional deadline, the years that make it so: the notice then says so. */
    private Map<String, String> provisional(CountedDeadline deadline, Map<String, String> values) {
      if (!deadline.provisional()) {
        return values;
      }
      return ImmutableMap.<String, String>builder().putAll(values).put("provisionalYears", years(deadline)).build();
    }

    private static String years(CountedDeadline deadline) {
      return deadline.provisionalYears().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private Map<String, String> clockValues(SlaTarget target, OffsetDateTime due) {
      return Map.of(
          "urgency", after.urgency().map(Enum::name).orElse("NORMAL"), "target", target.name(), "due", due.toString());
    }

    /** The resolution deadline the party is promised now; while paused, the deadline if the clock resumed now. */
    private OffsetDateTime resolutionDue(Instant at) {
      return after.due(SlaTarget.RESOLUTION)
          .or(() -> after.status(SlaTarget.RESOLUTION, at, calendar).map(status -> status.dueAt()))
          .orElseGet(() -> after.request().receivedAt());
    }

    private Void party(NotificationKind kind, Map<String, String> values) {
      return to(kind, new Recipient(Recipient.Kind.PARTY, after.request().requester().id()), values);
    }

    /** To whoever held the order before the batch: its named handler, else whoever is on duty at its tier. */
    private Void holder(NotificationKind kind, Map<String, String> values) {
      Recipient recipient =
          before.handlerId()
              .map(id -> new Recipient(Recipient.Kind.HANDLER, id))
              .orElseGet(() -> new Recipient(Recipient.Kind.TIER, before.tier().name()));
      return add(before, kind, recipient, values);
    }

    private Void tier(NotificationKind kind, Tier tier, Map<String, String> values) {
      return tierOf(after, kind, tier, values);
    }

    private Void tierOf(WorkOrder order, NotificationKind kind, Tier tier, Map<String, String> values) {
      return add(order, kind, new Recipient(Recipient.Kind.TIER, tier.name()), values);
    }

    private Void to(NotificationKind kind, Recipient recipient, Map<String, String> values) {
      return add(after, kind, recipient, values);
    }

    private Void add(WorkOrder order, NotificationKind kind, Recipient recipient, Map<String, String> values) {
      String key = order.id() + "#" + record.version() + ":" + kind + ":" + recipient;
      ImmutableMap.Builder<String, String> all = ImmutableMap.builder();
      all.put("caseNumber", order.request().caseNumber().map(Object::toString).orElse(""));
      // Masked here, at creation, not only at render: a host's sink or log that reads the values raw must find no
      // phone or identity number an officer typed into a note or a reason.
      values.forEach((name, value) -> all.put(name, Masking.mask(value)));
      out.add(Notification.of(key, kind, order.id(), recipient, record.event().at(), all.buildOrThrow()));
      return null;
    }
  }
}
