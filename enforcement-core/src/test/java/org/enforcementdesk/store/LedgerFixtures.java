package org.enforcementdesk.store;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.Recipient;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.DueKind;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.order.WorkOrderProjection;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.testing.SampleRequests;

/** Small valid events, due entries and notifications for ledger tests, all at fixed instants. */
public final class LedgerFixtures {

  /** The instant every fixture event happens at, or counts from. */
  public static final Instant T0 = Instant.parse("2026-03-02T01:15:00Z");

  public static final Actor OFFICER = Actor.officer("o-1");

  private static final Request SAMPLE = SampleRequests.seizureRenewal();

  private LedgerFixtures() {}

  public static RequestId id(String value) {
    return RequestId.of(value);
  }

  /** The sample request under another id, case and requester. */
  public static Request request(String id, String caseNumber, String partyId) {
    return SAMPLE.toBuilder()
        .id(id(id))
        .caseNumber(CaseNumber.parse(caseNumber))
        .requester(Party.of(partyId, PartyRole.APPLICANT, "张三"))
        .build();
  }

  /** A pre-enforcement request: the case is not yet filed, so there is no case number. */
  public static Request requestWithoutCase(String id, String partyId) {
    return Request.builder()
        .id(id(id))
        .channel(SAMPLE.channel())
        .type(SAMPLE.type())
        .receivedAt(SAMPLE.receivedAt())
        .requester(Party.of(partyId, PartyRole.APPLICANT, "李四"))
        .facts(RequestFacts.builder().caseNotYetFiled(true).build())
        .build();
  }

  /** The sample request (case （2025）闽0322执1234号, party P-778) submitted under {@code id}. */
  public static Submitted submitted(String id) {
    return submitted(SAMPLE.toBuilder().id(id(id)).build());
  }

  public static Submitted submitted(Request request) {
    return new Submitted(request.id(), T0, OFFICER, request, CaseHistory.NONE);
  }

  /** Progress noted {@code seconds} after {@link #T0}, with a note that tells events apart. */
  public static ProgressNoted progress(String id, String note, long seconds) {
    return new ProgressNoted(id(id), T0.plusSeconds(seconds), OFFICER, note, false, NoteAudience.INTERNAL);
  }

  public static DueEntry due(String id, DueKind kind, String at) {
    return new DueEntry(id(id), kind, Instant.parse(at));
  }

  public static Notification notice(String key, NotificationKind kind, String id) {
    return Notification.of(key, kind, id(id), new Recipient(Recipient.Kind.PARTY, "P-778"), T0, Map.of());
  }

  /** Opens a work order with only its submission: version 1, no dues, no notifications. */
  public static void open(RequestLedger ledger, String id) {
    ledger.append(append(id(id), 0, List.of(submitted(id)), List.of(), List.of()));
  }

  /** An append of these events, due entries and notifications, leaving the order under no label. */
  public static LedgerAppend append(
      RequestId id, long expectedVersion, List<? extends WorkOrderEvent> events, List<DueEntry> dues,
      List<Notification> notifications) {
    return append(id, expectedVersion, events, dues, notifications, Set.of());
  }

  /**
   * An append of these events, due entries, notifications and labels, listed under the party and case of the
   * submission among the events (the sample's, for an append to a stream that exists already, where the ledger
   * ignores them).
   */
  public static LedgerAppend append(
      RequestId id, long expectedVersion, List<? extends WorkOrderEvent> events, List<DueEntry> dues,
      List<Notification> notifications, Set<String> labels) {
    return append(id, expectedVersion, events, dues, notifications, labels, Optional.empty());
  }

  /** As {@link #append(RequestId, long, List, List, List, Set)}, the order holding a duplicate-group key. */
  public static LedgerAppend append(
      RequestId id, long expectedVersion, List<? extends WorkOrderEvent> events, List<DueEntry> dues,
      List<Notification> notifications, Set<String> labels, Optional<String> duplicateKey) {
    Request request =
        events.stream()
            .filter(Submitted.class::isInstance)
            .map(e -> ((Submitted) e).request())
            .findFirst()
            .orElse(SAMPLE);
    WorkOrderProjection projection =
        new WorkOrderProjection(
            request.requester().id(), request.caseNumber(), ImmutableSet.copyOf(labels), ImmutableList.copyOf(dues),
            duplicateKey);
    return new LedgerAppend(
        id, expectedVersion, ImmutableList.copyOf(events), projection, ImmutableList.copyOf(notifications),
        Optional.empty());
  }
}
