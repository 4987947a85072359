package org.enforcementdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.enforcementdesk.store.LedgerFixtures.T0;
import static org.enforcementdesk.store.LedgerFixtures.due;
import static org.enforcementdesk.store.LedgerFixtures.id;
import static org.enforcementdesk.store.LedgerFixtures.notice;
import static org.enforcementdesk.store.LedgerFixtures.open;
import static org.enforcementdesk.store.LedgerFixtures.progress;
import static org.enforcementdesk.store.LedgerFixtures.request;
import static org.enforcementdesk.store.LedgerFixtures.requestWithoutCase;
import static org.enforcementdesk.store.LedgerFixtures.submitted;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.order.DueKind;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.Submitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link RequestLedger} must do, as tests: the in-memory ledger and the PostgreSQL one run them, and a host
 * that writes its own ledger extends this class from core's test jar and gives {@link #newLedger()}.
 *
 * <pre>{@code
 * class MyLedgerTest extends RequestLedgerContract {
 *   protected RequestLedger newLedger() { return new MyLedger(freshDatabase()); }
 * }
 * }</pre>
 */
public abstract class RequestLedgerContract {

  private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

  /** The ledger under test, new and empty for each test. */
  protected RequestLedger ledger;

  /** A new, empty ledger of the implementation under test. */
  protected abstract RequestLedger newLedger();

  @BeforeEach
  void newEmptyLedger() {
    ledger = newLedger();
  }

  @Test
  void append_newStream_readReturnsEventsAsVersionsOneToN() {
    Submitted submitted = submitted("R-1");
    ProgressNoted called = progress("R-1", "called the applicant", 60);

    long version = ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted, called), List.of(), List.of()));

    assertThat(version).isEqualTo(2);
    assertThat(ledger.version(id("R-1"))).isEqualTo(2);
    assertThat(ledger.read(id("R-1")))
        .containsExactly(new RecordedEvent(1, submitted), new RecordedEvent(2, called));
    assertThat(ledger.size()).isEqualTo(1);
  }

  @Test
  void requestsLabelled_followEachAppendsLabelsInFirstLabelledOrder() {
    ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(), List.of(), Set.of("open:tier:OFFICER")));
    ledger.append(LedgerFixtures.append(id("R-2"), 0, List.of(submitted("R-2")), List.of(), List.of(), Set.of("open:tier:OFFICER")));
    assertThat(ledger.workOrdersLabelled("open:tier:OFFICER")).containsExactly(id("R-1"), id("R-2"));

    // R-1 keeps its label and gains another: it keeps its place.
    ledger.append(LedgerFixtures.append(id("R-1"), 1, List.of(progress("R-1", "a", 60)), List.of(), List.of(),
        Set.of("open:tier:OFFICER", "open:handler:o-1")));
    assertThat(ledger.workOrdersLabelled("open:tier:OFFICER")).containsExactly(id("R-1"), id("R-2"));
    assertThat(ledger.workOrdersLabelled("open:handler:o-1")).containsExactly(id("R-1"));

    // An append without labels takes the order off every list.
    ledger.append(LedgerFixtures.append(id("R-1"), 2, List.of(progress("R-1", "b", 120)), List.of(), List.of()));
    assertThat(ledger.workOrdersLabelled("open:tier:OFFICER")).containsExactly(id("R-2"));
    assertThat(ledger.workOrdersLabelled("open:handler:o-1")).isEmpty();
  }

  @Test
  void append_staleVersion_leavesLabelsAlone() {
    ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(), List.of(), Set.of("open:tier:OFFICER")));
    assertThatThrownBy(() -> ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(progress("R-1", "x", 60)), List.of(),
        List.of(), Set.of())))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(ledger.workOrdersLabelled("open:tier:OFFICER")).containsExactly(id("R-1"));
  }

  @Test
  void append_withCurrentVersion_continuesTheStream() {
    open(ledger, "R-1");
    ProgressNoted first = progress("R-1", "first", 60);
    ProgressNoted second = progress("R-1", "second", 120);

    assertThat(ledger.append(LedgerFixtures.append(id("R-1"), 1, List.of(first), List.of(), List.of()))).isEqualTo(2);
    assertThat(ledger.append(LedgerFixtures.append(id("R-1"), 2, List.of(second), List.of(), List.of()))).isEqualTo(3);

    assertThat(ledger.read(id("R-1")))
        .extracting(RecordedEvent::version, RecordedEvent::event)
        .containsExactly(
            tuple(1L, submitted("R-1")),
            tuple(2L, first),
            tuple(3L, second));
  }

  @Test
  void append_staleVersion_throwsConflictNamingVersionsAndWritesNothing() {
    DueEntry responseDue = due("R-1", DueKind.RESPONSE_DUE, "2026-03-02T09:00:00Z");
    ledger.append(
        LedgerFixtures.append(
            id("R-1"),
            0,
            List.of(submitted("R-1"), progress("R-1", "accepted", 1)),
            List.of(responseDue),
            List.of(notice("R-1/accepted", NotificationKind.ACCEPTANCE_NOTICE, "R-1"))));
    List<RecordedEvent> before = ledger.read(id("R-1"));

    LedgerAppend stale =
        LedgerFixtures.append(
            id("R-1"),
            1,
            List.of(progress("R-1", "stale", 60)),
            List.of(due("R-1", DueKind.RESOLUTION_DUE, "2026-03-05T09:00:00Z")),
            List.of(notice("R-1/progress", NotificationKind.PROGRESS, "R-1")));

    assertThatThrownBy(() -> ledger.append(stale))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class,
            conflict -> {
              assertThat(conflict.requestId()).contains(id("R-1"));
              assertThat(conflict.expectedVersion()).isEqualTo(1);
              assertThat(conflict.actualVersion()).isEqualTo(2);
            })
        .hasMessage("work order R-1 is at version 2, not 1 as the writer read it; nothing was written");

    assertThat(ledger.read(id("R-1"))).isEqualTo(before);
    assertThat(ledger.version(id("R-1"))).isEqualTo(2);
    assertThat(ledger.dueBefore(FAR_FUTURE, 10)).containsExactly(responseDue);
    assertThat(ledger.pending(10)).extracting(Notification::idempotencyKey).containsExactly("R-1/accepted");
    // The rejected notification's key was not taken: the retry with the right version may use it.
    assertThat(ledger.append(LedgerFixtures.append(id("R-1"), 2, stale.events(), stale.projection().dues(), stale.notifications())))
        .isEqualTo(3);
  }

  @Test
  void append_newStreamExpectingAVersion_throwsConflictAtZero() {
    LedgerAppend append = LedgerFixtures.append(id("R-1"), 3, List.of(submitted("R-1")), List.of(), List.of());

    assertThatThrownBy(() -> ledger.append(append))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessage("work order R-1 is at version 0, not 3 as the writer read it; nothing was written");
    assertThat(ledger.size()).isZero();
  }

  @Test
  void append_existingStreamExpectingZero_throwsConflict() {
    open(ledger, "R-1");

    assertThatThrownBy(() -> open(ledger, "R-1"))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessage("work order R-1 is at version 1, not 0 as the writer read it; nothing was written");
    assertThat(ledger.read(id("R-1"))).hasSize(1);
    assertThat(ledger.workOrdersOfParty("P-778")).containsExactly(id("R-1"));
  }

  @Test
  void append_newStreamNotBeginningWithSubmitted_throwsNamingRequestAndKindAndWritesNothing() {
    LedgerAppend append =
        LedgerFixtures.append(
            id("R-1"),
            0,
            List.of(progress("R-1", "orphan", 0), submitted("R-1")),
            List.of(due("R-1", DueKind.RESPONSE_DUE, "2026-03-02T09:00:00Z")),
            List.of(notice("R-1/progress", NotificationKind.PROGRESS, "R-1")));

    assertThatThrownBy(() -> ledger.append(append))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("work order R-1 is new and must begin with Submitted, not ProgressNoted; nothing was written");
    assertNothingStored();
  }

  @Test
  void append_keyAlreadyPending_throwsNamingKeyAndWritesNothing() {
    ledger.append(
        LedgerFixtures.append(
            id("R-1"),
            0,
            List.of(submitted("R-1")),
            List.of(due("R-1", DueKind.RESPONSE_DUE, "2026-03-02T09:00:00Z")),
            List.of(notice("R-1/accepted", NotificationKind.ACCEPTANCE_NOTICE, "R-1"))));
    LedgerAppend again =
        LedgerFixtures.append(
            id("R-1"),
            1,
            List.of(progress("R-1", "again", 60)),
            List.of(),
            List.of(
                notice("R-1/progress", NotificationKind.PROGRESS, "R-1"),
                notice("R-1/accepted", NotificationKind.ACCEPTANCE_NOTICE, "R-1")));

    assertThatThrownBy(() -> ledger.append(again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "notification idempotency key \"R-1/accepted\" (request R-1) is already in the outbox;"
                + " nothing was written");

    assertThat(ledger.version(id("R-1"))).isEqualTo(1);
    assertThat(ledger.dueBefore(FAR_FUTURE, 10)).hasSize(1);
    assertThat(ledger.pending(10)).extracting(Notification::idempotencyKey).containsExactly("R-1/accepted");
  }

  @Test
  void append_keyAlreadyDelivered_throws() {
    ledger.append(
        LedgerFixtures.append(
            id("R-1"),
            0,
            List.of(submitted("R-1")),
            List.of(),
            List.of(notice("R-1/accepted", NotificationKind.ACCEPTANCE_NOTICE, "R-1"))));
    ledger.markDelivered("R-1/accepted");
    LedgerAppend again =
        LedgerFixtures.append(
            id("R-1"),
            1,
            List.of(progress("R-1", "again", 60)),
            List.of(),
            List.of(notice("R-1/accepted", NotificationKind.ACCEPTANCE_NOTICE, "R-1")));

    assertThatThrownBy(() -> ledger.append(again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"R-1/accepted\"");
    assertThat(ledger.version(id("R-1"))).isEqualTo(1);
    assertThat(ledger.pending(10)).isEmpty();
  }

  @Test
  void append_keyRepeatedWithinOneNewStream_throwsAndCreatesNoStream() {
    LedgerAppend append =
        LedgerFixtures.append(
            id("R-1"),
            0,
            List.of(submitted("R-1")),
            List.of(due("R-1", DueKind.RESPONSE_DUE, "2026-03-02T09:00:00Z")),
            List.of(
                notice("R-1/notice", NotificationKind.ACCEPTANCE_NOTICE, "R-1"),
                notice("R-1/notice", NotificationKind.DEADLINE_NOTICE, "R-1")));

    assertThatThrownBy(() -> ledger.append(append))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"R-1/notice\"");
    assertNothingStored();
  }

  @Test
  void read_unknownRequest_isEmptyAtVersionZero() {
    assertThat(ledger.read(id("R-404"))).isEmpty();
    assertThat(ledger.version(id("R-404"))).isZero();
  }

  @Test
  void read_returnsAnImmutableSnapshot() {
    open(ledger, "R-1");
    List<RecordedEvent> snapshot = ledger.read(id("R-1"));

    ledger.append(LedgerFixtures.append(id("R-1"), 1, List.of(progress("R-1", "later", 60)), List.of(), List.of()));

    assertThat(snapshot).hasSize(1);
    assertThatThrownBy(() -> snapshot.add(new RecordedEvent(2, progress("R-1", "sneaked in", 0))))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requestsOfCase_listsRequestsInFirstAppendOrder() {
    String caseNumber = "（2025）闽0322执1234号";
    submit(request("R-b", caseNumber, "P-1"));
    submit(request("R-x", "（2025）闽0322执9号", "P-1"));
    submit(request("R-a", caseNumber, "P-2"));
    // A later append to the first request does not move it.
    ledger.append(LedgerFixtures.append(id("R-b"), 1, List.of(progress("R-b", "called", 60)), List.of(), List.of()));

    assertThat(ledger.workOrdersOfCase(CaseNumber.parse(caseNumber))).containsExactly(id("R-b"), id("R-a"));
    assertThat(ledger.workOrdersOfCase(CaseNumber.parse("（2025）闽0322执9号"))).containsExactly(id("R-x"));
    assertThat(ledger.workOrdersOfCase(CaseNumber.parse("（2024）闽0322执1号"))).isEmpty();
    assertThat(ledger.workOrdersOfParty("P-1")).containsExactly(id("R-b"), id("R-x"));
    assertThat(ledger.workOrdersOfParty("P-2")).containsExactly(id("R-a"));
    assertThat(ledger.workOrdersOfParty("P-404")).isEmpty();
  }

  @Test
  void requestsOfParty_requestWithoutCaseNumber_isListedByPartyOnly() {
    submit(requestWithoutCase("R-pre", "P-9"));

    assertThat(ledger.workOrdersOfParty("P-9")).containsExactly(id("R-pre"));
    assertThat(ledger.workOrdersOfCase(CaseNumber.parse("（2025）闽0322执1234号"))).isEmpty();
  }

  @Test
  void requestsOfCase_returnsAnImmutableCopy() {
    open(ledger, "R-1");
    List<?> byCase = ledger.workOrdersOfCase(CaseNumber.parse("（2025）闽0322执1234号"));
    List<?> byParty = ledger.workOrdersOfParty("P-778");

    open(ledger, "R-2");

    assertThat(byCase).hasSize(1);
    assertThat(byParty).hasSize(1);
    assertThatThrownBy(byCase::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(byParty::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void dueBefore_isStrictlyBeforeTheInstant() {
    DueEntry early = due("R-1", DueKind.RESPONSE_DUE, "2026-03-02T08:59:59Z");
    DueEntry onTheDot = due("R-1", DueKind.RESOLUTION_DUE, "2026-03-02T09:00:00Z");
    appendNew("R-1", List.of(early, onTheDot));

    assertThat(ledger.dueBefore(Instant.parse("2026-03-02T09:00:00Z"), 10)).containsExactly(early);
    assertThat(ledger.dueBefore(Instant.parse("2026-03-02T09:00:00.000000001Z"), 10))
        .containsExactly(early, onTheDot);
    assertThat(ledger.dueBefore(Instant.parse("2026-03-02T08:59:59Z"), 10)).isEmpty();
  }

  @Test
  void dueBefore_ordersByInstantThenRequestIdThenKind() {
    DueEntry bResolution = due("R-b", DueKind.RESOLUTION_DUE, "2026-03-02T09:00:00Z");
    DueEntry bResponse = due("R-b", DueKind.RESPONSE_DUE, "2026-03-02T09:00:00Z");
    DueEntry bLater = due("R-b", DueKind.CALLBACK_DUE, "2026-03-03T09:00:00Z");
    DueEntry aSame = due("R-a", DueKind.RESOLUTION_DUE, "2026-03-02T09:00:00Z");
    DueEntry aEarliest = due("R-a", DueKind.CALLBACK_DUE, "2026-03-01T09:00:00Z");
    appendNew("R-b", List.of(bResolution, bLater, bResponse));
    appendNew("R-a", List.of(aSame, aEarliest));

    assertThat(ledger.dueBefore(FAR_FUTURE, 10)).containsExactly(aEarliest, aSame, bResponse, bResolution, bLater);
  }

  @Test
  void dueBefore_returnsAtMostLimitEarliestFirst() {
    DueEntry first = due("R-1", DueKind.RESPONSE_AT_RISK, "2026-03-02T05:00:00Z");
    DueEntry second = due("R-1", DueKind.RESPONSE_DUE, "2026-03-02T09:00:00Z");
    DueEntry third = due("R-1", DueKind.RESOLUTION_DUE, "2026-03-06T09:00:00Z");
    appendNew("R-1", List.of(third, second, first));

    assertThat(ledger.dueBefore(FAR_FUTURE, 2)).containsExactly(first, second);
    assertThat(ledger.dueBefore(FAR_FUTURE, 1)).containsExactly(first);
  }

  @Test
  void append_replacesTheOrdersDueEntries() {
    DueEntry oldResponse = due("R-1", DueKind.RESPONSE_DUE, "2026-03-02T09:00:00Z");
    DueEntry oldResolution = due("R-1", DueKind.RESOLUTION_DUE, "2026-03-06T09:00:00Z");
    DueEntry other = due("R-2", DueKind.RESPONSE_DUE, "2026-03-02T10:00:00Z");
    appendNew("R-1", List.of(oldResponse, oldResolution));
    appendNew("R-2", List.of(other));
    DueEntry newResolution = due("R-1", DueKind.RESOLUTION_DUE, "2026-03-04T09:00:00Z");
    DueEntry atRisk = due("R-1", DueKind.RESOLUTION_AT_RISK, "2026-03-03T09:00:00Z");

    ledger.append(
        LedgerFixtures.append(
            id("R-1"), 1, List.of(progress("R-1", "contacted", 60)), List.of(newResolution, atRisk), List.of()));

    assertThat(ledger.dueBefore(FAR_FUTURE, 10)).containsExactly(other, atRisk, newResolution);
  }

  @Test
  void append_emptyDues_removesTheOrderFromTheIndex() {
    DueEntry other = due("R-2", DueKind.RESPONSE_DUE, "2026-03-02T10:00:00Z");
    appendNew("R-1", List.of(due("R-1", DueKind.RESPONSE_DUE, "2026-03-02T09:00:00Z")));
    appendNew("R-2", List.of(other));

    ledger.append(LedgerFixtures.append(id("R-1"), 1, List.of(progress("R-1", "resolved", 60)), List.of(), List.of()));

    assertThat(ledger.dueBefore(FAR_FUTURE, 10)).containsExactly(other);
  }

  @Test
  void pending_returnsOldestFirstInAppendOrder() {
    Notification acceptance = notice("R-2/accepted", NotificationKind.ACCEPTANCE_NOTICE, "R-2");
    Notification deadline = notice("R-2/deadline", NotificationKind.DEADLINE_NOTICE, "R-2");
    Notification warning = notice("R-1/warning", NotificationKind.SLA_WARNING, "R-1");
    ledger.append(LedgerFixtures.append(id("R-2"), 0, List.of(submitted("R-2")), List.of(), List.of(acceptance, deadline)));
    ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(), List.of(warning)));

    assertThat(ledger.pending(10)).containsExactly(acceptance, deadline, warning);
    assertThat(ledger.pending(2)).containsExactly(acceptance, deadline);

    ledger.markDelivered("R-2/deadline");

    assertThat(ledger.pending(10)).containsExactly(acceptance, warning);
  }

  @Test
  void markDelivered_againOrUnknownKey_changesNothing() {
    Notification acceptance = notice("R-1/accepted", NotificationKind.ACCEPTANCE_NOTICE, "R-1");
    Notification deadline = notice("R-1/deadline", NotificationKind.DEADLINE_NOTICE, "R-1");
    ledger.append(LedgerFixtures.append(id("R-1"), 0, List.of(submitted("R-1")), List.of(), List.of(acceptance, deadline)));

    ledger.markDelivered("R-1/accepted");
    ledger.markDelivered("R-1/accepted");
    ledger.markDelivered("no-such-key");

    assertThat(ledger.pending(10)).containsExactly(deadline);
    assertThat(ledger.deliveredByKind()).containsExactly(Map.entry(NotificationKind.ACCEPTANCE_NOTICE, 1L));
  }

  @Test
  void deliveredByKind_countsDeliveredOnlyAndLeavesOutKindsNeverDelivered() {
    ledger.append(
        LedgerFixtures.append(
            id("R-1"),
            0,
            List.of(submitted("R-1")),
            List.of(),
            List.of(
                notice("k1", NotificationKind.PROGRESS, "R-1"),
                notice("k2", NotificationKind.PROGRESS, "R-1"),
                notice("k3", NotificationKind.SLA_BREACH, "R-1"),
                notice("k4", NotificationKind.ESCALATION, "R-1"))));
    assertThat(ledger.deliveredByKind()).isEmpty();

    ledger.markDelivered("k1");
    ledger.markDelivered("k3");
    ledger.markDelivered("k2");
    Map<NotificationKind, Long> counts = ledger.deliveredByKind();
    ledger.markDelivered("k4");

    assertThat(counts)
        .containsOnly(Map.entry(NotificationKind.PROGRESS, 2L), Map.entry(NotificationKind.SLA_BREACH, 1L));
    assertThatThrownBy(counts::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ledger.deliveredByKind()).containsEntry(NotificationKind.ESCALATION, 1L).hasSize(3);
  }

  @Test
  void size_countsWorkOrdersNotEvents() {
    assertThat(ledger.size()).isZero();
    open(ledger, "R-1");
    open(ledger, "R-2");
    ledger.append(LedgerFixtures.append(id("R-1"), 1, List.of(progress("R-1", "more", 60)), List.of(), List.of()));

    assertThat(ledger.size()).isEqualTo(2);
  }

  @Test
  void methods_nullArgument_throwNullPointerExceptionNamingIt() {
    assertThatThrownBy(() -> ledger.append(null)).isInstanceOf(NullPointerException.class).hasMessage("append");
    assertThatThrownBy(() -> ledger.read(null)).isInstanceOf(NullPointerException.class).hasMessage("requestId");
    assertThatThrownBy(() -> ledger.version(null)).isInstanceOf(NullPointerException.class).hasMessage("requestId");
    assertThatThrownBy(() -> ledger.workOrdersOfCase(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("caseNumber");
    assertThatThrownBy(() -> ledger.workOrdersOfParty(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("partyId");
    assertThatThrownBy(() -> ledger.dueBefore(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("before");
    assertThatThrownBy(() -> ledger.markDelivered(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("idempotencyKey");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void limits_notPositive_throwIllegalArgumentExceptionWithTheValue(int limit) {
    assertThatThrownBy(() -> ledger.dueBefore(T0, limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be positive: " + limit);
    assertThatThrownBy(() -> ledger.pending(limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be positive: " + limit);
  }

  /** Opens a work order for {@code request}: its submission only. */
  private void submit(Request request) {
    ledger.append(LedgerFixtures.append(request.id(), 0, List.of(submitted(request)), List.of(), List.of()));
  }

  /** Opens {@code id} with these due entries. */
  private void appendNew(String id, List<DueEntry> dues) {
    ledger.append(LedgerFixtures.append(id(id), 0, List.of(submitted(id)), dues, List.of()));
  }

  private void assertNothingStored() {
    assertThat(ledger.size()).isZero();
    assertThat(ledger.version(id("R-1"))).isZero();
    assertThat(ledger.read(id("R-1"))).isEmpty();
    assertThat(ledger.workOrdersOfCase(CaseNumber.parse("（2025）闽0322执1234号"))).isEmpty();
    assertThat(ledger.workOrdersOfParty("P-778")).isEmpty();
    assertThat(ledger.dueBefore(FAR_FUTURE, 10)).isEmpty();
    assertThat(ledger.pending(10)).isEmpty();
  }
}
