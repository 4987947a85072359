package org.enforcementdesk.desk;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.policy.ReviewAction;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.store.RecordedEvent;

/**
 * The notifications a batch of new events causes, with the values their templates fill in. Each notification's
 * idempotency key is its request, the version of the event that caused it, its kind and its recipient: replaying or
 * retrying the same append can never make a second one.
 *
 * <p>Values carry no unmasked personal data: the party is addressed by id, and texts are the court's own words.
 */
final class NotificationFactory {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private NotificationFactory() {}

  /** Notifications for events recorded after {@code before}, as {@code after} stands once they are folded. */
  static List<Notification> of(
      WorkOrder after, List<RecordedEvent> recorded, List<ReviewAction.RequestCallback> callbacks, boolean warn) {
    List<Notification> notifications = new ArrayList<>();
    for (RecordedEvent record : recorded) {
      WorkOrderEvent event = record.event();
      Builder b = new Builder(after, record, notifications);
      if (event instanceof WorkOrderEvent.Accepted e) {
        b.party(NotificationKind.ACCEPTANCE_NOTICE).with("due", due(e.resolutionDue()));
        b.party(NotificationKind.DEADLINE_NOTICE)
            .with("responseDue", due(e.responseDue()))
            .with("due", due(e.resolutionDue()));
      } else if (event instanceof WorkOrderEvent.Rejected e) {
        b.party(NotificationKind.REJECTION).with("reason", e.reasonToParty());
      } else if (event instanceof WorkOrderEvent.ProgressNoted e) {
        b.party(NotificationKind.PROGRESS).with("note", e.note());
      } else if (event instanceof WorkOrderEvent.Urged e) {
        b.party(NotificationKind.URGE_RECEIPT).with("duplicate", e.duplicate().isPresent() ? "yes" : "no");
      } else if (event instanceof WorkOrderEvent.Escalated e) {
        b.tier(NotificationKind.ESCALATION, e.to()).with("reason", e.reason()).with("tier", e.to().chineseName());
      } else if (event instanceof WorkOrderEvent.RiskFlagged e) {
        b.tier(NotificationKind.RISK_ALERT, Tier.CENTER_DIRECTOR)
            .with("risk", e.flag().kind().chineseName())
            .with("reason", e.flag().reason());
      } else if (event instanceof WorkOrderEvent.Delegated e) {
        b.to(NotificationKind.DELEGATION, new Recipient(Recipient.Kind.RESOLVER, e.target().resolverId()))
            .with("resolver", e.target().name())
            .with("note", e.note());
      } else if (event instanceof WorkOrderEvent.Resolved e) {
        b.party(NotificationKind.RESOLUTION_FEEDBACK).with("result", e.result());
        b.party(NotificationKind.EVALUATION_INVITATION);
      } else if (event instanceof WorkOrderEvent.SlaWarned e) {
        if (warn) {
          b.handler(NotificationKind.SLA_WARNING).with("target", e.target().chineseName()).with("due", due(e.due()));
        }
      } else if (event instanceof WorkOrderEvent.SlaBreached e) {
        if (e.target() == SlaTarget.CALLBACK) {
          b.tier(NotificationKind.CALLBACK_DUE, after.tier()).with("due", due(e.due()));
        } else {
          b.handler(NotificationKind.SLA_BREACH).with("target", e.target().chineseName()).with("due", due(e.due()));
        }
      }
    }
    if (!recorded.isEmpty()) {
      RecordedEvent last = recorded.get(recorded.size() - 1);
      for (int i = 0; i < callbacks.size(); i++) {
        ReviewAction.RequestCallback callback = callbacks.get(i);
        new Builder(after, last, notifications)
            .tier(NotificationKind.CALLBACK_DUE, callback.by(), "#" + i)
            .with("reason", callback.reason())
            .with("within", callback.within().toString());
      }
    }
    return notifications;
  }

  private static String due(OffsetDateTime due) {
    return DUE.format(due);
  }

  /** Adds notifications for one recorded event, filling in the values every template may use. */
  private static final class Builder {
    private final WorkOrder order;
    private final RecordedEvent record;
    private final List<Notification> out;

    Builder(WorkOrder order, RecordedEvent record, List<Notification> out) {
      this.order = order;
      this.record = record;
      this.out = out;
    }

    Values party(NotificationKind kind) {
      return to(kind, new Recipient(Recipient.Kind.PARTY, order.request().requester().id()));
    }

    Values handler(NotificationKind kind) {
      return order.handlerId()
          .map(id -> to(kind, new Recipient(Recipient.Kind.HANDLER, id)))
          .orElseGet(() -> tier(kind, order.tier()));
    }

    Values tier(NotificationKind kind, Tier tier) {
      return tier(kind, tier, "");
    }

    Values tier(NotificationKind kind, Tier tier, String suffix) {
      return to(kind, new Recipient(Recipient.Kind.TIER, tier.name()), suffix);
    }

    Values to(NotificationKind kind, Recipient recipient) {
      return to(kind, recipient, "");
    }

    private Values to(NotificationKind kind, Recipient recipient, String suffix) {
      RequestId id = order.id();
      String key = id + "#" + record.version() + ":" + kind + ":" + recipient + suffix;
      Map<String, String> values = new LinkedHashMap<>();
      values.put("requestId", id.value());
      values.put("caseNumber", order.request().caseNumber().map(Object::toString).orElse("（未立案）"));
      values.put("type", order.request().type().chineseName());
      order.urgency().ifPresent(u -> values.put("urgency", u.chineseName()));
      values.putIfAbsent("tier", order.tier().chineseName());
      return new Values(out, key, kind, id, recipient, record.event().at(), values);
    }
  }

  /** The values of one notification being built; it is added when built and again (replaced) as values are added. */
  private static final class Values {
    private final List<Notification> out;
    private final int index;
    private final String key;
    private final NotificationKind kind;
    private final RequestId id;
    private final Recipient recipient;
    private final java.time.Instant at;
    private final Map<String, String> values;

    Values(
        List<Notification> out,
        String key,
        NotificationKind kind,
        RequestId id,
        Recipient recipient,
        java.time.Instant at,
        Map<String, String> values) {
      this.out = out;
      this.key = key;
      this.kind = kind;
      this.id = id;
      this.recipient = recipient;
      this.at = at;
      this.values = values;
      this.index = out.size();
      out.add(build());
    }

    Values with(String name, String value) {
      values.put(name, value);
      out.set(index, build());
      return this;
    }

    private Notification build() {
      return Notification.of(key, kind, id, recipient, at, values);
    }
  }
}
