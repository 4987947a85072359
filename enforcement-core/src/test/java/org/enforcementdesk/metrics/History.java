package org.enforcementdesk.metrics;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.Assigned;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CallbackRecorded;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.DelegationOverdue;
import org.enforcementdesk.order.DelegationReturned;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.Evaluated;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.Paused;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.RectificationClosed;
import org.enforcementdesk.order.RectificationMeasureRecorded;
import org.enforcementdesk.order.RectificationOpened;
import org.enforcementdesk.order.Rejected;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.UrgencyChanged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaClock;
import org.enforcementdesk.sla.SlaDue;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;
import org.enforcementdesk.store.CaseAppend;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.store.LedgerAppend;

/**
 * Event histories written by hand for the indicator tests: one builder per work order and per case stream, with
 * times as Beijing-time text ({@code 2026-03-02T09:00}) and deadlines computed on the China calendar as the desk
 * would record them.
 */
final class History {

  static final WorkingCalendar CALENDAR = WorkingCalendar.china();
  static final String CASE_1 = "（2025）闽0322执1号";
  static final String CASE_2 = "（2025）闽0322执2号";
  static final SlaTargets NORMAL =
      new SlaTargets(Period.workingDays(1), Period.workingDays(5), Period.workingDays(2));
  static final SlaTargets URGENT =
      new SlaTargets(Period.naturalMinutes(30), Period.naturalHours(2), Period.workingDays(1));
  static final DelegationTarget TEAM =
      new DelegationTarget(DelegationKind.PRE_ENFORCEMENT_TEAM, "team-1", "执前化解团队");
  static final DelegationTarget VILLAGE =
      new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "village-7", "后沁村调解主任");

  private static final Actor OFFICER = Actor.officer("o-1");
  private static final Provenance RULES = Provenance.of(List.of("a rule"), "test-book");

  private final Map<RequestId, List<WorkOrderEvent>> orders = new LinkedHashMap<>();
  private final Map<CaseNumber, List<CaseEvent>> cases = new LinkedHashMap<>();

  /** Beijing time text, e.g. {@code 2026-03-02T09:00}, as an instant. */
  static Instant at(String beijing) {
    return OffsetDateTime.parse(beijing + "+08:00").toInstant();
  }

  static OffsetDateTime time(String beijing) {
    return OffsetDateTime.parse(beijing + "+08:00");
  }

  /** A work order received at {@code receivedAt} on {@link #CASE_1} by hotline, a funds payout, no cause. */
  Order order(String id, String receivedAt) {
    return new Order(id, receivedAt);
  }

  /** The own stream of an enforcement case. */
  Case onCase(String caseNumber) {
    return new Case(CaseNumber.parse(caseNumber));
  }

  /** Each work order's stream as the ledger would read it. */
  List<List<RecordedEvent>> streams() {
    List<List<RecordedEvent>> streams = new ArrayList<>();
    for (List<WorkOrderEvent> events : orders.values()) {
      List<RecordedEvent> stream = new ArrayList<>();
      for (WorkOrderEvent event : events) {
        stream.add(new RecordedEvent(stream.size() + 1L, event));
      }
      streams.add(ImmutableList.copyOf(stream));
    }
    return streams;
  }

  /** Each case's own stream as the ledger would read it. */
  List<List<RecordedCaseEvent>> caseStreams() {
    List<List<RecordedCaseEvent>> streams = new ArrayList<>();
    for (List<CaseEvent> events : cases.values()) {
      List<RecordedCaseEvent> stream = new ArrayList<>();
      for (CaseEvent event : events) {
        stream.add(new RecordedCaseEvent(stream.size() + 1L, event));
      }
      streams.add(ImmutableList.copyOf(stream));
    }
    return streams;
  }

  /** Feeds every stream whole. */
  IndicatorAccumulator feed(IndicatorAccumulator accumulator) {
    streams().forEach(accumulator::acceptStream);
    caseStreams().forEach(accumulator::acceptCaseStream);
    return accumulator;
  }

  IndicatorReport report(ReportPeriod period, HostFigures host) {
    return feed(IndicatorAccumulator.of(period, CALENDAR)).report(host);
  }

  IndicatorReport report(ReportPeriod period, HostFigures host, Instant asOf) {
    return feed(IndicatorAccumulator.of(period, CALENDAR, asOf)).report(host);
  }

  /** The history in an in-memory ledger. */
  InMemoryRequestLedger ledger() {
    InMemoryRequestLedger ledger = new InMemoryRequestLedger();
    for (List<RecordedEvent> stream : streams()) {
      List<WorkOrderEvent> events = stream.stream().map(RecordedEvent::event).toList();
      ledger.append(LedgerAppend.of(WorkOrder.fold(stream), 0, events, List.of()));
    }
    cases.forEach((number, events) -> ledger.appendCase(CaseAppend.of(number, 0, events, List.of(), Set.of())));
    return ledger;
  }

  /** Builds one work order's stream, event by event. */
  final class Order {
    private final RequestId id;
    private final String receivedAt;
    private final List<WorkOrderEvent> events = new ArrayList<>();
    private Channel channel = Channel.HOTLINE;
    private String type = "FUNDS_PAYOUT";
    private String cause;
    private String caseNumber = CASE_1;
    private boolean submitted;
    private SlaTargets targets;
    private OffsetDateTime limit;
    // The clocks as the desk counts them when each command runs, so that every event records what the desk would.
    private SlaClock response;
    private SlaClock resolution;
    private boolean delegationPauses;

    private Order(String id, String receivedAt) {
      this.id = RequestId.of(id);
      this.receivedAt = receivedAt;
      orders.put(this.id, events);
    }

    Order channel(Channel channel) {
      this.channel = channel;
      return this;
    }

    Order type(String type) {
      this.type = type;
      return this;
    }

    Order cause(String cause) {
      this.cause = cause;
      return this;
    }

    Order onCase(String caseNumber) {
      this.caseNumber = caseNumber;
      return this;
    }

    /** A request on a case not yet filed for enforcement. */
    Order notYetFiled() {
      this.caseNumber = null;
      return this;
    }

    Order limit(String beijing) {
      this.limit = time(beijing);
      return this;
    }

    Request request() {
      RequestFacts.Builder facts = RequestFacts.builder();
      if (cause != null) {
        facts.causeOfAction(cause);
      }
      if (caseNumber == null) {
        facts.caseNotYetFiled(true);
      }
      Request.Builder request =
          Request.builder()
              .id(id)
              .channel(channel)
              .type(TaxonomyFile.defaults().type(type))
              .receivedAt(time(receivedAt))
              .requester(Party.of("P-" + id.value(), PartyRole.APPLICANT, "张三"))
              .facts(facts.build());
      if (caseNumber != null) {
        request.caseNumber(CaseNumber.parse(caseNumber));
      }
      return request.build();
    }

    private Order add(WorkOrderEvent event) {
      if (!submitted) {
        submitted = true;
        events.add(new Submitted(id, time(receivedAt).toInstant(), OFFICER, request(), CaseHistory.NONE));
      }
      events.add(event);
      return this;
    }

    /** Only submitted (and so received). */
    Order submitted() {
      if (!submitted) {
        submitted = true;
        events.add(new Submitted(id, time(receivedAt).toInstant(), OFFICER, request(), CaseHistory.NONE));
      }
      return this;
    }

    /** Accepted as normal at receipt. */
    Order accepted() {
      return accepted(Urgency.NORMAL, NORMAL);
    }

    /** Accepted at receipt with these targets; deadlines as the desk computes them. */
    Order accepted(Urgency urgency, SlaTargets targets) {
      this.targets = targets;
      IntakeDecision.Builder decision =
          IntakeDecision.builder().urgency(urgency).targets(targets).startTier(Tier.OFFICER).ruleBookVersion("test");
      Instant received = time(receivedAt).toInstant();
      response = SlaClock.start(SlaTarget.RESPONSE, targets.response(), received, CALENDAR);
      resolution = roundFrom(received);
      if (limit != null) {
        decision.resolveNoLaterThan(limit);
      }
      return add(
          new Accepted(
              id, received, Actor.SYSTEM, decision.build(), response.schedule(), resolution.schedule()));
    }

    private SlaClock roundFrom(Instant start) {
      SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, targets.resolution(), start, CALENDAR);
      return limit == null ? clock : clock.withHardLimit(limit.toInstant());
    }

    Order rejected(String at) {
      return add(new Rejected(id, at(at), OFFICER, "不属于执行事项"));
    }

    Order assigned(String at, Tier tier, String handlerId) {
      return add(new Assigned(id, at(at), OFFICER, tier, Optional.ofNullable(handlerId)));
    }

    Order contact(String at) {
      if (response != null && !response.isStopped()) {
        response = response.stop(at(at));
      }
      return add(new ProgressNoted(id, at(at), OFFICER, "已电话联系申请人", true, NoteAudience.PARTY));
    }

    Order progress(String at) {
      return add(new ProgressNoted(id, at(at), OFFICER, "已查询", false, NoteAudience.INTERNAL));
    }

    Order paused(String at) {
      PauseReason reason = PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS);
      resolution = resolution.pause(reason, at(at));
      return add(new Paused(id, at(at), OFFICER, reason));
    }

    Order resumed(String at) {
      resolution = resolution.resume(at(at));
      return add(new Resumed(id, at(at), OFFICER, resolution.schedule()));
    }

    Order urged(String at) {
      return add(new Urged(id, at(at), Actor.party("P-" + id.value()), "怎么还没办？", Optional.empty()));
    }

    /** The same request submitted again, linked as an urge. */
    Order duplicate(String at) {
      return add(new Urged(id, at(at), Actor.party("P-" + id.value()), "", Optional.of(request())));
    }

    Order escalated(String at, Tier from, Tier to) {
      return add(new Escalated(id, at(at), Actor.SYSTEM, from, to, "超期提级", RULES));
    }

    Order urgencyChanged(String at, Urgency from, Urgency to, SlaTargets targets) {
      this.targets = targets;
      Optional<SlaDue> responseDue = Optional.empty();
      if (!response.isStopped()) {
        response = response.withPeriod(targets.response());
        responseDue = Optional.of(response.schedule());
      }
      resolution = resolution.withPeriod(targets.resolution());
      Optional<SlaDue> resolutionDue = resolution.isPaused() ? Optional.empty() : Optional.of(resolution.schedule());
      return add(
          new UrgencyChanged(
              id, at(at), OFFICER, from, to, targets, responseDue, resolutionDue, "情况变化", Provenance.PERSON));
    }

    Order delegated(String at, DelegationTarget target, String due, boolean pausesResolution) {
      delegationPauses = pausesResolution;
      if (pausesResolution) {
        resolution = resolution.pause(PauseReason.of(PauseKind.DELEGATED), at(at));
      }
      return add(new Delegated(
          id, at(at), OFFICER, target, "", Period.workingDays(15), new CountedDeadline(time(due), CALENDAR.version()),
          pausesResolution));
    }

    Order delegationOverdue(String at, DelegationTarget target, String due) {
      return add(new DelegationOverdue(id, at(at), Actor.SYSTEM, target, time(due)));
    }

    Order returned(String at) {
      Optional<SlaDue> resumed = Optional.empty();
      if (delegationPauses) {
        resolution = resolution.resume(at(at));
        resumed = Optional.of(resolution.schedule());
      }
      delegationPauses = false;
      return add(new DelegationReturned(id, at(at), OFFICER, "无法联系被执行人", resumed));
    }

    Order resolved(String at) {
      return resolved(at, OFFICER, ResolutionKind.HANDLED, "已办结");
    }

    Order resolved(String at, ResolutionKind how) {
      return resolved(at, Actor.resolver(ActorRole.PRE_ENFORCEMENT_TEAM, "team-1"), how, "已履行");
    }

    private Order resolved(String at, Actor actor, ResolutionKind how, String result) {
      Instant when = at(at);
      if (response != null && !response.isStopped()) {
        response = response.stop(when);
      }
      resolution = resolution.stop(when);
      delegationPauses = false;
      SlaDue callback = SlaClock.start(SlaTarget.CALLBACK, targets.callback(), when, CALENDAR).schedule();
      return add(new Resolved(id, when, actor, result, how, resolution.finalSchedule(), callback));
    }

    Order callback(String at, CallbackOutcome outcome) {
      return add(new CallbackRecorded(id, at(at), OFFICER, outcome, ""));
    }

    Order evaluated(String at, Evaluation evaluation) {
      return add(new Evaluated(id, at(at), Actor.party("P-" + id.value()), evaluation));
    }

    Order closed(String at) {
      return add(new Closed(id, at(at), OFFICER, ""));
    }

    Order withdrawn(String at) {
      Optional<SlaDue> last = Optional.empty();
      if (resolution != null) {
        resolution = resolution.stop(at(at));
        last = Optional.of(resolution.finalSchedule());
      }
      return add(new Withdrawn(id, at(at), Actor.party("P-" + id.value()), "", last));
    }

    Order reopened(String at) {
      resolution = roundFrom(at(at));
      return add(new Reopened(
          id, at(at), Actor.director("d-1"), "重新办理", Provenance.PERSON, resolution.schedule()));
    }

    Order rectificationOpened(String at, int item, EvaluationAspect aspect, Tier owner, String due) {
      return add(
          new RectificationOpened(
              id, at(at), Actor.SYSTEM, item, aspect, owner, Optional.empty(), Period.workingDays(5),
              new CountedDeadline(time(due), CALENDAR.version()), Provenance.DESK));
    }

    Order rectificationMeasure(String at, int item) {
      return add(new RectificationMeasureRecorded(id, at(at), OFFICER, item, "已约谈整改"));
    }

    Order rectificationClosed(String at, int item) {
      return add(new RectificationClosed(id, at(at), Actor.director("d-1"), item, "已验收"));
    }

    Order breached(String at, SlaTarget target, String due) {
      return add(new SlaBreached(id, at(at), Actor.SYSTEM, target, time(due), RULES));
    }

    Order warned(String at, SlaTarget target, String due) {
      return add(new SlaWarned(id, at(at), Actor.SYSTEM, target, time(due), true, RULES));
    }
  }

  /** Builds one case's own stream. */
  final class Case {
    private final CaseNumber number;
    private final List<CaseEvent> events;

    private Case(CaseNumber number) {
      this.number = number;
      this.events = cases.computeIfAbsent(number, n -> new ArrayList<>());
    }

    Case contact(String at, ContactKind kind) {
      events.add(new CaseEvent.ContactRecorded(number, at(at), OFFICER, kind, "P-1", ""));
      return this;
    }

    Case petition(String at, String reference) {
      events.add(new CaseEvent.PetitionReported(number, at(at), OFFICER, reference, ""));
      return this;
    }

    Case petitionConcluded(String at, String reference) {
      events.add(new CaseEvent.PetitionConcluded(number, at(at), OFFICER, reference, "已办结"));
      return this;
    }

    Case risk(String at, RiskKind kind) {
      events.add(new CaseEvent.RiskTriggered(number, at(at), Actor.SYSTEM, new RiskFlag(kind, "触发"), Optional.empty(), RULES));
      return this;
    }

    Case riskClosed(String at) {
      events.add(new CaseEvent.RiskCaseClosed(number, at(at), Actor.director("d-1"), "已化解"));
      return this;
    }
  }
}
