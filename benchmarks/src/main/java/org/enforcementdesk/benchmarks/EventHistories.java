package org.enforcementdesk.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.Accepted;
import org.enforcementdesk.order.Assigned;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CallbackRecorded;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.Delegated;
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
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaClock;
import org.enforcementdesk.sla.SlaDue;
import org.enforcementdesk.sla.SlaTarget;

/**
 * The event histories of many requests, built in memory with the shapes the desk records, for the indicators
 * benchmark: each request is submitted (one of {@link GeneratedRequests}), then rejected (5%) or accepted with the
 * plain-Java policy's decision and the deadlines the calendar gives; an accepted order is assigned to a handler,
 * noted (a first contact, sometimes a second note), sometimes paused and resumed (10%), urged (20%, a quarter of
 * them duplicates submitted again), escalated (3%), delegated (8%: resolved by the resolver or returned), withdrawn
 * (2%) or resolved, called back (60%), evaluated (70%: some dissatisfied, each such aspect opening a rectification
 * item, most of them closed; some declined) and closed. One request in ten on a case adds a case stream: walk-ins
 * and calls, and for some a risk trigger and the risk case's closure. Times run forward within each stream. The same
 * seed gives the same histories.
 */
final class EventHistories {

  private static final Actor OFFICER = Actor.officer("o-17");
  private static final Actor DIRECTOR = Actor.director("d-2");
  private static final List<DelegationTarget> TARGETS =
      List.of(
          new DelegationTarget(DelegationKind.PRE_ENFORCEMENT_TEAM, "pre-1", "执前督促团队"),
          new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-houqin", "后沁村调解员"),
          new DelegationTarget(DelegationKind.DEPARTMENT, "dept-labour", "人社局"));
  private static final PauseReason MATERIALS = PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS);
  private static final PauseReason DELEGATED = PauseReason.of(PauseKind.DELEGATED);
  private static final Evaluation SATISFIED = Evaluation.all(Rating.SATISFIED, "");
  private static final Evaluation BASICALLY = Evaluation.all(Rating.BASICALLY_SATISFIED, "");
  private static final Evaluation DECLINED = Evaluation.declinedBy("");
  private static final Provenance RULES = Provenance.of(List.of("intake"), "bench");

  /** Every work order's stream, in the order of the requests. */
  final List<List<RecordedEvent>> requestStreams;
  /** The case streams. */
  final List<List<RecordedCaseEvent>> caseStreams;

  private EventHistories(List<List<RecordedEvent>> requestStreams, List<List<RecordedCaseEvent>> caseStreams) {
    this.requestStreams = requestStreams;
    this.caseStreams = caseStreams;
  }

  /**
   * The histories of {@code count} requests received within {@code spreadMinutes} after {@code first}.
   *
   * @param count how many requests
   * @param first the earliest receipt
   * @param spreadMinutes over how many minutes after it they are received
   * @param seed the seed
   */
  static EventHistories generate(int count, OffsetDateTime first, int spreadMinutes, long seed) {
    WorkingCalendar calendar = WorkingCalendar.china();
    DecisionPolicy policy = new PlainJavaIntakePolicy();
    GeneratedRequests requests = GeneratedRequests.from(seed, first, spreadMinutes);
    SplittableRandom random = new SplittableRandom(seed + 1);
    Evaluation[] dissatisfied = new Evaluation[EvaluationAspect.values().length];
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      Map<EvaluationAspect, Rating> ratings = new EnumMap<>(EvaluationAspect.class);
      for (EvaluationAspect each : EvaluationAspect.values()) {
        ratings.put(each, each == aspect ? Rating.DISSATISFIED : Rating.SATISFIED);
      }
      dissatisfied[aspect.ordinal()] = Evaluation.of(ratings, "");
    }
    List<List<RecordedEvent>> streams = new ArrayList<>(count);
    List<List<RecordedCaseEvent>> cases = new ArrayList<>(count / 8);
    for (int n = 0; n < count; n++) {
      IntakeFacts facts = requests.nextIntake();
      Request request = facts.request();
      RequestId id = request.id();
      Stream s = new Stream(request.receivedAt().toInstant());
      s.add(new Submitted(id, s.at, OFFICER, request, facts.history()));
      if (random.nextInt(20) == 0) {
        s.add(new Rejected(id, s.later(random, 5, 120), OFFICER, "not a matter for enforcement"));
        streams.add(s.events);
        continue;
      }
      IntakeDecision decision = policy.intake(facts);
      OffsetDateTime received = request.receivedAt();
      // The deadlines each command records, counted as the desk counts them when it runs.
      SlaDue response =
          SlaClock.start(SlaTarget.RESPONSE, decision.targets().response(), received.toInstant(), calendar).schedule();
      SlaClock resolution =
          SlaClock.start(SlaTarget.RESOLUTION, decision.targets().resolution(), received.toInstant(), calendar);
      if (decision.resolutionLimit().isPresent()) {
        resolution = resolution.withHardLimit(decision.resolutionLimit().get().toInstant());
      }
      s.add(new Accepted(
          id, s.later(random, 1, 30), OFFICER, decision, response, resolution.schedule()));
      s.add(new Assigned(id, s.later(random, 1, 60), DIRECTOR, Tier.OFFICER, Optional.of("o-" + n % 40)));
      s.add(new ProgressNoted(id, s.later(random, 10, 2 * 24 * 60), OFFICER, "called the party", true, NoteAudience.PARTY));
      if (random.nextBoolean()) {
        s.add(new ProgressNoted(id, s.later(random, 60, 3 * 24 * 60), OFFICER, "asked the bank", false, NoteAudience.INTERNAL));
      }
      if (random.nextInt(10) == 0) {
        Instant pausedAt = s.later(random, 60, 24 * 60);
        s.add(new Paused(id, pausedAt, OFFICER, MATERIALS));
        Instant resumedAt = s.later(random, 60, 5 * 24 * 60);
        resolution = resolution.pause(MATERIALS, pausedAt).resume(resumedAt);
        s.add(new Resumed(id, resumedAt, OFFICER, resolution.schedule()));
      }
      if (random.nextInt(5) == 0) {
        Optional<Request> duplicate = random.nextInt(4) == 0 ? Optional.of(request) : Optional.empty();
        s.add(new Urged(id, s.later(random, 60, 3 * 24 * 60), Actor.party("P-" + n), "", duplicate));
      }
      if (random.nextInt(33) == 0) {
        s.add(
            new Escalated(
                id, s.later(random, 10, 600), Actor.SYSTEM, Tier.OFFICER, Tier.CENTER_DIRECTOR, "overdue", RULES));
        s.add(new Assigned(
            id, s.later(random, 10, 600), DIRECTOR, Tier.CENTER_DIRECTOR, Optional.of("d-2")));
      }
      Actor resolver = OFFICER;
      if (random.nextInt(12) == 0) {
        DelegationTarget target = TARGETS.get(random.nextInt(TARGETS.size()));
        Instant at = s.later(random, 30, 24 * 60);
        OffsetDateTime due = received.plusDays(15);
        boolean pauses = target.kind() != DelegationKind.PRE_ENFORCEMENT_TEAM;
        s.add(new Delegated(
            id, at, DIRECTOR, target, "", Period.naturalDays(15), new CountedDeadline(due, calendar.version()),
            pauses));
        if (pauses) {
          resolution = resolution.pause(DELEGATED, at);
        }
        if (random.nextInt(10) < 7) {
          ActorRole role =
              target.kind() == DelegationKind.PRE_ENFORCEMENT_TEAM
                  ? ActorRole.PRE_ENFORCEMENT_TEAM
                  : ActorRole.EXTERNAL_RESOLVER;
          resolver = Actor.resolver(role, target.resolverId());
        } else {
          Instant returnedAt = s.later(random, 60, 7 * 24 * 60);
          Optional<SlaDue> resumed = Optional.empty();
          if (pauses) {
            resolution = resolution.resume(returnedAt);
            resumed = Optional.of(resolution.schedule());
          }
          s.add(new DelegationReturned(id, returnedAt, OFFICER, "not settled", resumed));
        }
      }
      if (random.nextInt(50) == 0) {
        Instant withdrawnAt = s.later(random, 60, 5 * 24 * 60);
        SlaDue last = resolution.stop(withdrawnAt).finalSchedule();
        s.add(new Withdrawn(id, withdrawnAt, Actor.party("P-" + n), "paid", Optional.of(last)));
        streams.add(s.events);
        continue;
      }
      ResolutionKind how = random.nextInt(10) == 0 ? ResolutionKind.SETTLEMENT : ResolutionKind.HANDLED;
      Instant resolvedAt = s.later(random, 60, 10 * 24 * 60);
      SlaDue callback =
          SlaClock.start(SlaTarget.CALLBACK, decision.targets().callback(), resolvedAt, calendar).schedule();
      s.add(new Resolved(
          id, resolvedAt, resolver, "done", how, resolution.stop(resolvedAt).finalSchedule(), callback));
      boolean calledBack = random.nextInt(10) < 6;
      if (calledBack) {
        CallbackOutcome outcome = random.nextInt(7) == 0 ? CallbackOutcome.UNREACHABLE : CallbackOutcome.REACHED;
        s.add(new CallbackRecorded(id, s.later(random, 60, 2 * 24 * 60), DIRECTOR, outcome, ""));
      }
      boolean evaluated = random.nextInt(10) < 7;
      if (evaluated) {
        int verdict = random.nextInt(100);
        Actor party = Actor.party("P-" + n);
        if (verdict < 3) {
          s.add(new Evaluated(id, s.later(random, 60, 2 * 24 * 60), party, DECLINED));
        } else if (verdict < 10) {
          EvaluationAspect aspect = EvaluationAspect.values()[random.nextInt(EvaluationAspect.values().length)];
          Evaluation evaluation = dissatisfied[aspect.ordinal()];
          s.add(new Evaluated(id, s.later(random, 60, 2 * 24 * 60), party, evaluation));
          Instant opened = s.later(random, 1, 10);
          OffsetDateTime due = OffsetDateTime.ofInstant(opened, calendar.zone()).plusDays(5);
          s.add(
              new RectificationOpened(
                  id, opened, Actor.SYSTEM, 1, aspect, Tier.CENTER_DIRECTOR, Optional.empty(), Period.naturalDays(5),
                  new CountedDeadline(due, calendar.version()), RULES));
          if (random.nextInt(5) != 0) {
            s.add(new RectificationMeasureRecorded(id, s.later(random, 60, 4 * 24 * 60), OFFICER, 1, "talked"));
            Instant closed = s.later(random, 600, 8 * 24 * 60);
            s.add(new RectificationClosed(id, closed, DIRECTOR, 1, "checked"));
          }
        } else {
          Evaluation evaluation = verdict < 70 ? SATISFIED : BASICALLY;
          s.add(new Evaluated(id, s.later(random, 60, 2 * 24 * 60), party, evaluation));
        }
      }
      // The loop closes after a callback or an evaluation, as the state machine has it.
      if (calledBack || evaluated) {
        s.add(new Closed(id, s.later(random, 1, 24 * 60), OFFICER, ""));
      }
      streams.add(s.events);
      if (request.caseNumber().isPresent() && random.nextInt(10) == 0) {
        cases.add(caseStream(request.caseNumber().get(), request, random));
      }
    }
    return new EventHistories(streams, cases);
  }

  /** Walk-ins and calls on the request's case, and for some a risk case opened and closed. */
  private static List<RecordedCaseEvent> caseStream(CaseNumber number, Request request, SplittableRandom random) {
    List<RecordedCaseEvent> events = new ArrayList<>(4);
    Instant at = request.receivedAt().toInstant();
    String party = request.requester().id();
    int contacts = 1 + random.nextInt(2);
    for (int i = 0; i < contacts; i++) {
      at = at.plus(Duration.ofMinutes(random.nextInt(60, 5 * 24 * 60)));
      ContactKind kind = random.nextBoolean() ? ContactKind.VISIT : ContactKind.CALL;
      CaseEvent contact = new CaseEvent.ContactRecorded(number, at, OFFICER, kind, party, "");
      events.add(new RecordedCaseEvent(events.size() + 1, contact));
    }
    if (random.nextInt(10) < 3) {
      at = at.plus(Duration.ofMinutes(random.nextInt(1, 60)));
      RiskFlag flag = new RiskFlag(RiskKind.REPEATED_VISITS, "本案30日内来访3次（诉求3件）");
      events.add(
          new RecordedCaseEvent(
              events.size() + 1, new CaseEvent.RiskTriggered(number, at, Actor.SYSTEM, flag, Optional.of(request.id()), RULES)));
      if (random.nextInt(10) < 6) {
        at = at.plus(Duration.ofMinutes(random.nextInt(600, 20 * 24 * 60)));
        CaseEvent closed = new CaseEvent.RiskCaseClosed(number, at, DIRECTOR, "settled");
        events.add(new RecordedCaseEvent(events.size() + 1, closed));
      }
    }
    return events;
  }

  /** One work order's stream being built: its events so far and the time of the last. */
  private static final class Stream {
    final List<RecordedEvent> events = new ArrayList<>(12);
    Instant at;

    Stream(Instant at) {
      this.at = at;
    }

    void add(WorkOrderEvent event) {
      events.add(new RecordedEvent(events.size() + 1, event));
    }

    /** An instant between {@code min} and {@code max} minutes after the last event, which becomes the last. */
    Instant later(SplittableRandom random, int min, int max) {
      at = at.plus(Duration.ofMinutes(random.nextInt(min, max + 1)));
      return at;
    }
  }
}
