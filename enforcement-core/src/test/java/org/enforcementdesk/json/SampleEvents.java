package org.enforcementdesk.json;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channels;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Rating;
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
import org.enforcementdesk.order.CallbackRequested;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.Closed;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.DeadlineKind;
import org.enforcementdesk.order.DeadlineRevised;
import org.enforcementdesk.order.DeadlineRevision;
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
import org.enforcementdesk.order.RectificationClosed;
import org.enforcementdesk.order.RectificationMeasureRecorded;
import org.enforcementdesk.order.RectificationOpened;
import org.enforcementdesk.order.Rejected;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.Submitted;
import org.enforcementdesk.order.UpkeepKind;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.UrgencyChanged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationSuggestion;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaDue;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;

/**
 * One event of every kind, with every optional part filled where it has one, fixed values, so that the golden files
 * of the stored format stay the same from run to run. Shared by the format's tests and the ledger contract suite.
 */
public final class SampleEvents {

  /** The party whose order the samples are about. */
  public static final String PARTY = "P-778";

  private static final RequestId ID = RequestId.of("R-2026-000123");
  private static final CaseNumber CASE = CaseNumber.parse("（2025）闽0322执1234号");
  private static final Actor OFFICER = Actor.officer("o-17");
  private static final Provenance RULES = new Provenance(ImmutableList.of("A default rule"), "sha-3f2a@2026-03-01");
  private static final String CALENDAR = "cal-5b7e03c1d9a2f468";

  private SampleEvents() {}

  /** A request with every personal field: name, phone, identity number, text. */
  public static Request request(String id) {
    return Request.builder()
        .id(RequestId.of(id))
        .caseNumber(CASE)
        .channel(Channels.standard().byCode("HOTLINE"))
        .type(TaxonomyFile.defaults().type("FUNDS_PAYOUT"))
        .receivedAt(OffsetDateTime.parse("2026-03-02T09:15+08:00"))
        .requester(Party.of(PARTY, PartyRole.APPLICANT, "张三").withPhone("13800000000")
            .withIdNumber("350322199001011234"))
        .text("请尽快发放案款，电话13800000000")
        .facts(RequestFacts.none())
        .build();
  }

  private static Instant at(int minute) {
    return Instant.parse("2026-03-02T01:15:00Z").plusSeconds(60L * minute);
  }

  private static OffsetDateTime time(String text) {
    return OffsetDateTime.parse(text);
  }

  private static CountedDeadline deadline(String at) {
    return new CountedDeadline(time(at), CALENDAR);
  }

  private static SlaDue due(String at) {
    return new SlaDue(deadline(at), time(at).minusHours(6), time(at));
  }

  /** Every kind of work-order event, in the visitor's order. */
  public static List<WorkOrderEvent> workOrderEvents() {
    SlaTargets targets = new SlaTargets(Period.workingHours(4), Period.workingDays(5), Period.workingDays(2));
    IntakeDecision decision = new IntakeDecision(Urgency.PRIORITY, targets, Tier.OFFICER,
        ImmutableList.of("当日联系申请人"), ImmutableList.of(new RiskFlag(RiskKind.REPEATED_VISITS, "3 visits in 30 days")),
        Optional.of(new DelegationSuggestion(DelegationKind.VILLAGE_MEDIATOR, Optional.of("后沁村"), "small livelihood")),
        Optional.of(time("2026-03-06T00:00+08:00")), ImmutableList.of("Default targets for any type"),
        "sha-3f2a@2026-03-01");
    DelegationTarget mediator = new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-houqin", "后沁村调解主任");
    CountedDeadline provisional = new CountedDeadline(time("2027-02-11T17:30+08:00"), CALENDAR, new TreeSet<>(
        List.of(2027)));
    CountedDeadline statutory = new CountedDeadline(time("2027-02-15T17:30+08:00"), "cal-0123456789abcdef");
    return List.of(
        new Submitted(ID, at(0), OFFICER, request(ID.value()), new CaseHistory(1, 2, 0)),
        new Accepted(ID, at(1), Actor.SYSTEM, decision, due("2026-03-02T14:15+08:00"), due("2026-03-09T17:30+08:00")),
        new Rejected(ID, at(2), OFFICER, "不属于执行诉求"),
        new Assigned(ID, at(3), OFFICER, Tier.OFFICER, Optional.of("o-17")),
        new ProgressNoted(ID, at(4), OFFICER, "已电话联系申请人", true, NoteAudience.PARTY),
        new Paused(ID, at(5), OFFICER, new PauseReason(PauseKind.WAITING_FOR_PARTY_MATERIALS, "待补充银行账户")),
        new Resumed(ID, at(6), OFFICER, due("2026-03-10T17:30+08:00")),
        new Urged(ID, at(7), Actor.party(PARTY), "请尽快", Optional.of(request("R-2026-000124"))),
        new Escalated(ID, at(8), Actor.SYSTEM, Tier.OFFICER, Tier.CENTER_DIRECTOR, "resolution deadline missed", RULES),
        new UrgencyChanged(ID, at(9), Actor.director("d-1"), Urgency.PRIORITY, Urgency.URGENT,
            new SlaTargets(Period.naturalMinutes(30), Period.naturalHours(2), Period.workingDays(1)),
            Optional.of(due("2026-03-02T10:00+08:00")), Optional.of(due("2026-03-02T11:30+08:00")), "扬言上访", RULES),
        new RiskFlagged(ID, at(10), OFFICER, new RiskFlag(RiskKind.PETITION_THREATENED, "扬言上访"), RULES),
        new Delegated(ID, at(11), OFFICER, mediator, "请协助督促", Period.workingDays(15),
            deadline("2026-03-23T17:30+08:00"), true),
        new DelegationOverdue(ID, at(12), Actor.SYSTEM, mediator, time("2026-03-23T17:30+08:00")),
        new DelegationReturned(ID, at(13), Actor.resolver(org.enforcementdesk.model.ActorRole.EXTERNAL_RESOLVER,
            "vm-houqin"), "被执行人不在本村", Optional.of(due("2026-03-25T17:30+08:00"))),
        new Resolved(ID, at(14), OFFICER, "案款已发放", ResolutionKind.HANDLED, due("2026-03-25T17:30+08:00"),
            due("2026-03-27T17:30+08:00")),
        new CallbackRequested(ID, at(15), Actor.SYSTEM, Tier.CENTER_DIRECTOR, deadline("2026-03-26T17:30+08:00"),
            "bad review", RULES),
        new CallbackRecorded(ID, at(16), OFFICER, CallbackOutcome.REACHED, "申请人表示满意"),
        new Evaluated(ID, at(17), Actor.party(PARTY),
            new Evaluation(java.util.Map.of(EvaluationAspect.ATTITUDE, Rating.DISSATISFIED, EvaluationAspect.PROCESS,
                Rating.SATISFIED, EvaluationAspect.MANNER, Rating.SATISFIED, EvaluationAspect.MEASURES,
                Rating.BASICALLY_SATISFIED, EvaluationAspect.PROCEDURE, Rating.SATISFIED), "态度不好", false)),
        new Closed(ID, at(18), OFFICER, "回访完毕"),
        new Withdrawn(ID, at(19), Actor.party(PARTY), "已和解", Optional.of(due("2026-03-25T17:30+08:00"))),
        new Reopened(ID, at(20), Actor.director("d-1"), "申请人不满意", RULES, due("2026-04-03T17:30+08:00")),
        new RectificationOpened(ID, at(21), Actor.SYSTEM, 1, EvaluationAspect.ATTITUDE, Tier.CENTER_DIRECTOR,
            Optional.of("d-1"), Period.workingDays(5), deadline("2026-04-02T17:30+08:00"), RULES),
        new RectificationMeasureRecorded(ID, at(22), Actor.director("d-1"), 1, "约谈承办人"),
        new RectificationClosed(ID, at(23), Actor.director("d-1"), 1, "回访确认已改进"),
        new SlaWarned(ID, at(24), Actor.SYSTEM, SlaTarget.RESOLUTION, time("2026-03-09T17:30+08:00"), true, RULES),
        new SlaBreached(ID, at(25), Actor.SYSTEM, SlaTarget.RESPONSE, time("2026-03-02T14:15+08:00"), Provenance.DESK),
        new DeadlineRevised(ID, at(26), Actor.SYSTEM, DeadlineKind.RESOLUTION, 0, provisional, statutory,
            DeadlineRevision.LATER_REPLACES, Optional.of(new SlaDue(statutory, time("2027-02-10T09:00+08:00"),
                time("2027-02-15T17:30+08:00"))), "holiday data in force: 2027 notice"));
  }

  /** Every kind of case event. */
  public static List<CaseEvent> caseEvents() {
    return List.of(
        new CaseEvent.ContactRecorded(CASE, at(0), OFFICER, ContactKind.VISIT, PARTY, "来院询问案款"),
        new CaseEvent.PetitionReported(CASE, at(1), Actor.bureauLeader("l-1"), "XF-2026-001", "向市信访局反映"),
        new CaseEvent.PetitionConcluded(CASE, at(2), Actor.bureauLeader("l-1"), "XF-2026-001", "已答复"),
        new CaseEvent.RiskTriggered(CASE, at(3), Actor.SYSTEM, new RiskFlag(RiskKind.REPEATED_VISITS, "3 visits"),
            Optional.of(ID), RULES),
        new CaseEvent.RiskUpkeepRecorded(CASE, at(4), Actor.director("d-1"), UpkeepKind.VISIT, "走访申请人"),
        new CaseEvent.RiskCaseClosed(CASE, at(5), Actor.director("d-1"), "已化解"));
  }
}
