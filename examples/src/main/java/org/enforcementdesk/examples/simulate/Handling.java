package org.enforcementdesk.examples.simulate;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.enforcementdesk.desk.Submission;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.Delegation;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaTarget;

/**
 * What happens to one request from submission to resolution: the officer's first contact, a delegation the rules
 * suggest, a pause for the party's materials, urges and withdrawals, an escalation, and the resolution, mostly in time
 * and now and then late. What follows the resolution is {@link Aftercare}'s.
 */
final class Handling {

  private final Courtroom room;
  private final RequestFactory requests;
  private final CaseWatch cases;
  private final Aftercare aftercare;

  Handling(Courtroom room, RequestFactory requests, CaseWatch cases) {
    this.room = room;
    this.requests = requests;
    this.cases = cases;
    this.aftercare = new Aftercare(room, cases, this);
  }

  /** A request arrives: it is submitted (by the party online, by an officer at the window or the hotline). */
  void arrive(Request request) {
    Submission submission = room.submit(request, submitter(request));
    cases.afterActivity(request);
    if (submission.linkedToOpenOrder()) {
      return;
    }
    WorkOrder order = submission.workOrder();
    cases.plan(request);
    plan(order);
  }

  private Actor submitter(Request request) {
    Channel channel = request.channel();
    return channel.equals(Channel.APP) || channel.equals(Channel.MINI_PROGRAM)
        ? Actor.party(request.requester().id())
        : room.anyOfficer();
  }

  private void plan(WorkOrder order) {
    RequestId id = order.id();
    Instant received = room.now();
    boolean urgent = order.urgency().orElse(Urgency.NORMAL) == Urgency.URGENT;
    OffsetDateTime responseDue = order.due(SlaTarget.RESPONSE).orElseThrow();
    OffsetDateTime resolutionDue = order.due(SlaTarget.RESOLUTION).orElseThrow();
    Actor officer = room.anyOfficer();
    Instant contactAt =
        room.time.wayTo(
            received,
            responseDue,
            room.between(BehaviourModel.FIRST_CONTACT_EARLIEST, BehaviourModel.FIRST_CONTACT_LATEST),
            urgent);
    room.agenda.at(contactAt, () -> firstContact(id, officer));

    if (room.chance(BehaviourModel.THREAT_MARKED_BY_OFFICER)) {
      room.agenda.at(contactAt, () -> {
        room.unlessOvertaken(() -> room.desk.flagRisk(id, officer, RiskKind.PETITION_THREATENED, "当事人当面扬言上访"));
        cases.afterActivity(order.request());
      });
    }
    // Urgent work (a seizure about to lapse, a debtor found now) stays with the centre: no mediator can act in hours.
    DelegationTarget delegateTo = urgent ? null : delegationTarget(order);
    if (delegateTo != null) {
      room.agenda.at(contactAt, () -> delegate(id, officer, delegateTo));
      return;
    }
    if (room.chance(BehaviourModel.WITHDRAW)) {
      Instant at = room.time.wayTo(received, resolutionDue, room.between(0.1, 0.6), urgent);
      room.agenda.at(at, () -> room.unlessOvertaken(() ->
          room.asParty(Actor.party(order.request().requester().id()), id,
              party -> party.withdraw(id, "已与对方协商解决，撤回诉求"))));
      return;
    }
    Instant resolveAt = latest(contactAt, resolutionAt(received, resolutionDue, urgent));
    partyWhileOpen(order, received, resolveAt);
    if (!urgent && room.chance(BehaviourModel.PAUSE_FOR_PARTY)) {
      Instant pauseAt = latest(contactAt, room.time.wayTo(received, resolutionDue, room.between(0.1, 0.5), false));
      room.agenda.at(pauseAt, () -> pauseForParty(id));
      return;
    }
    if (order.tier() == Tier.OFFICER && room.chance(BehaviourModel.ESCALATED_BY_OFFICER)) {
      Instant at = latest(contactAt, room.time.wayTo(received, resolutionDue, room.between(0.1, 0.4), urgent));
      room.agenda.at(at, () -> room.unlessOvertaken(() -> room.desk.escalate(id, officer, "案情复杂，提请中心主任办理")));
    }
    room.agenda.at(resolveAt, () -> resolve(id));
  }

  /** When the holder resolves: mostly within the deadline, now and then past it. */
  private Instant resolutionAt(Instant from, OffsetDateTime due, boolean urgent) {
    double fraction =
        room.chance(BehaviourModel.LATE)
            ? room.between(1.05, BehaviourModel.LATE_BY_AT_MOST)
            : room.between(BehaviourModel.RESOLVED_EARLIEST, BehaviourModel.RESOLVED_LATEST);
    return room.time.wayTo(from, due, fraction, urgent);
  }

  private void firstContact(RequestId id, Actor officer) {
    WorkOrder order = room.order(id);
    if (!order.state().isUnresolved()) {
      return;
    }
    Actor holder = room.holderOf(order);
    if (order.tier() == Tier.OFFICER && order.handlerId().isEmpty()) {
      // The officer who makes the first contact takes the order on.
      room.unlessOvertaken(() -> room.desk.assign(id, officer, Tier.OFFICER, officer.id()));
      holder = officer;
    }
    Actor contacting = holder;
    room.unlessOvertaken(() -> room.desk.noteProgress(id, contacting, "已电话联系当事人，告知办理安排", true,
        NoteAudience.PARTY));
  }

  /** The account the rules suggest delegating to, if staff follow the suggestion and the court lists it. */
  private DelegationTarget delegationTarget(WorkOrder order) {
    return order.decision()
        .flatMap(decision -> decision.delegationSuggestion())
        .flatMap(suggestion -> room.court.resolvers().accountFor(suggestion))
        .filter(target -> room.chance(BehaviourModel.FOLLOW_DELEGATION_SUGGESTION))
        .orElse(null);
  }

  private void delegate(RequestId id, Actor officer, DelegationTarget target) {
    WorkOrder order =
        room.unlessOvertaken(() -> room.desk.delegation().delegate(id, officer, target.resolverId(), "请协助化解，督促履行"));
    if (order == null) {
      return;
    }
    Delegation delegation = order.delegations().get(order.delegations().size() - 1);
    boolean team = target.kind() == DelegationKind.PRE_ENFORCEMENT_TEAM;
    boolean resolves =
        room.chance(team ? BehaviourModel.PRE_ENFORCEMENT_RESOLVED : BehaviourModel.VILLAGE_RESOLVED);
    double fraction =
        room.chance(BehaviourModel.RESOLVER_OVERDUE) ? room.between(1.05, 1.4) : room.between(0.15, 0.95);
    Instant at = room.time.wayTo(room.now(), delegation.due(), fraction, false);
    Actor resolver = room.court.actingAs(target);
    room.agenda.at(at, () -> {
      if (resolves) {
        ResolutionKind how =
            room.chance(BehaviourModel.RESOLVER_SETTLEMENT) ? ResolutionKind.SETTLEMENT : ResolutionKind.VOLUNTARY_PERFORMANCE;
        String result = how == ResolutionKind.SETTLEMENT ? "双方达成和解协议" : "被执行人已自动履行";
        if (room.unlessOvertaken(() -> room.asResolver(resolver, id, desk -> desk.resolve(id, how, result))) != null) {
          aftercare.resolved(id);
        }
      } else if (room.unlessOvertaken(() -> room.asResolver(resolver, id,
          desk -> desk.returnDelegation(id, "调解未果，退回执行服务中心"))) != null) {
        scheduleResolution(id);
      }
    });
  }

  /** The party brings the materials some working days later; the clock stood still meanwhile. */
  private void pauseForParty(RequestId id) {
    Actor holder = room.holderOf(room.order(id));
    if (room.unlessOvertaken(() -> room.desk.pause(id, holder, PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS)))
        == null) {
      return;
    }
    Instant back = room.time.someWorkingDaysAfter(room.now(), 1, BehaviourModel.PAUSE_WORKING_DAYS_MAX, room.random);
    room.agenda.at(back, () -> {
      if (room.unlessOvertaken(() -> room.desk.resume(id, room.holderOf(room.order(id)))) != null) {
        scheduleResolution(id);
      }
    });
  }

  /** Resolution of an order back in the centre's hands (after a pause, a returned delegation, a reopening). */
  void scheduleResolution(RequestId id) {
    WorkOrder order = room.order(id);
    boolean urgent = order.urgency().orElse(Urgency.NORMAL) == Urgency.URGENT;
    order.due(SlaTarget.RESOLUTION)
        .ifPresentOrElse(
            due -> room.agenda.at(resolutionAt(room.now(), due, urgent), () -> resolve(id)),
            () -> room.agenda.at(room.time.afterWorkingDays(room.now(), 1), () -> resolve(id)));
  }

  private void resolve(RequestId id) {
    WorkOrder order = room.order(id);
    if (!order.state().isUnresolved()) {
      return;
    }
    if (room.unlessOvertaken(() -> room.desk.resolve(id, room.holderOf(order), ResolutionKind.HANDLED, "已办理并答复当事人"))
        != null) {
      aftercare.resolved(id);
    }
  }

  /** While the order is open the party may urge, urge again, or submit the same request once more. */
  private void partyWhileOpen(WorkOrder order, Instant received, Instant resolveAt) {
    RequestId id = order.id();
    Request request = order.request();
    Actor party = Actor.party(request.requester().id());
    if (room.chance(BehaviourModel.URGE)) {
      Instant at = room.time.wayTo(received, OffsetDateTime.ofInstant(resolveAt, room.clock.getZone()), 0.5, false);
      room.agenda.at(at, () -> urge(id, party, request));
      if (room.chance(BehaviourModel.SECOND_URGE / BehaviourModel.URGE)) {
        Instant again = room.time.wayTo(received, OffsetDateTime.ofInstant(resolveAt, room.clock.getZone()), 0.8, false);
        room.agenda.at(again, () -> urge(id, party, request));
      }
    }
    if (request.caseNumber().isPresent() && room.chance(BehaviourModel.DUPLICATE_SUBMISSION)) {
      Instant at = room.time.wayTo(received, OffsetDateTime.ofInstant(resolveAt, room.clock.getZone()), 0.6, false);
      room.agenda.at(at, () -> {
        if (room.order(id).state().isUnresolved()) {
          Channel channel = room.chance(0.5) ? Channel.HOTLINE : Channel.WINDOW;
          arrive(requests.again(request, room.now(), channel));
        }
      });
    }
  }

  private void urge(RequestId id, Actor party, Request request) {
    if (room.order(id).state().isUnresolved()) {
      room.unlessOvertaken(() -> room.asParty(party, id, desk -> desk.urge(id, "请尽快办理")));
      cases.afterActivity(request);
    }
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
