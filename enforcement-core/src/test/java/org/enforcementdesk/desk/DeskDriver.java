package org.enforcementdesk.desk;

import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.enforcementdesk.desk.DeskFixtures.PARTY;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaTargets;

/**
 * Drives a real desk (acceptance by officer, so every state is reachable) into any state an order can reach, and
 * issues any command with valid arguments. Every state is reached through the desk's own commands, never by writing
 * events, so a test starts from an order the desk itself produced.
 */
final class DeskDriver {

  static final String NOW = "2026-03-03T09:00+08:00";

  /** The village mediator the orders are delegated to, and the account acting for them. */
  static final DelegationTarget TO_MEDIATOR =
      new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-houqin", "后沁村调解主任");

  static final Actor MEDIATOR = Actor.resolver(ActorRole.EXTERNAL_RESOLVER, "vm-houqin");

  /** The pre-enforcement team as a delegation target, and a member's account. */
  static final DelegationTarget TO_TEAM =
      new DelegationTarget(DelegationKind.PRE_ENFORCEMENT_TEAM, "team-1", "执前化解团队");

  static final Actor TEAM = Actor.resolver(ActorRole.PRE_ENFORCEMENT_TEAM, "team-1");

  /** Targets a leader may set when raising a request to priority. */
  static final SlaTargets PRIORITY_TARGETS =
      new SlaTargets(Period.workingHours(4), Period.workingDays(3), Period.workingDays(1));

  /** An evaluation with one dissatisfied aspect: the precondition of reopening. */
  static final Evaluation DISSATISFIED = dissatisfiedWithAttitude();

  final DeskFixtures fixtures;

  DeskDriver() {
    this(new DeskFixtures(NOW, AcceptanceMode.BY_OFFICER));
  }

  /** A driver of these fixtures' desk, which must accept by officer as the default one does. */
  DeskDriver(DeskFixtures fixtures) {
    this.fixtures = fixtures;
  }

  EnforcementDesk desk() {
    return fixtures.desk;
  }

  /**
   * Submits a funds-payout request of {@link DeskFixtures#PARTY} and drives it into {@code state} by the shortest
   * path of commands; a delegated order goes to {@code delegateTo}. Evaluated and closed orders carry a dissatisfied
   * evaluation, so that reopening them is legal.
   */
  WorkOrder driveTo(RequestId id, WorkOrderState state, DelegationTarget delegateTo) {
    EnforcementDesk desk = desk();
    WorkOrder order =
        AnyActor.submit(desk, DeskFixtures.request(id.value(), "FUNDS_PAYOUT", NOW), OFFICER).workOrder();
    if (state == WorkOrderState.SUBMITTED) {
      return order;
    }
    if (state == WorkOrderState.REJECTED) {
      return later(() -> desk.reject(id, OFFICER, "不属于执行事项"));
    }
    later(() -> desk.accept(id, OFFICER));
    return switch (state) {
      case OPEN -> AnyActor.workOrder(desk, id, LEADER);
      case PAUSED -> later(() -> desk.pause(id, OFFICER, PauseReason.of(PauseKind.WAITING_FOR_PARTY_MATERIALS)));
      case DELEGATED -> later(() -> desk.delegation().delegate(id, OFFICER, delegateTo, "请协助督促被执行人"));
      case WITHDRAWN -> later(() -> AnyActor.withdraw(desk, id, PARTY, "已自行和解"));
      case RESOLVED -> resolve(id);
      case CALLED_BACK -> {
        resolve(id);
        yield later(() -> desk.feedback().recordCallback(id, OFFICER, CallbackOutcome.REACHED, ""));
      }
      case EVALUATED -> {
        resolve(id);
        yield later(() -> AnyActor.evaluate(desk, id, PARTY, DISSATISFIED));
      }
      case CLOSED -> {
        resolve(id);
        later(() -> AnyActor.evaluate(desk, id, PARTY, DISSATISFIED));
        yield later(() -> desk.feedback().close(id, OFFICER, "闭环"));
      }
      default -> throw new IllegalArgumentException("not reached after acceptance: " + state);
    };
  }

  private WorkOrder resolve(RequestId id) {
    return later(() -> AnyActor.resolve(desk(), id, OFFICER, "案款已发放至申请人账户"));
  }

  /** Issues a command a few minutes after the last, so that each event has its own instant. */
  private WorkOrder later(Supplier<WorkOrder> command) {
    fixtures.clock.advance(Duration.ofMinutes(5));
    return command.get();
  }

  /**
   * Issues {@code command} on order {@code id} as {@code actor}, with valid arguments.
   *
   * @throws IllegalArgumentException for {@code SUBMIT}, which creates an order rather than acting on one
   */
  WorkOrder issue(CommandKind command, RequestId id, Actor actor) {
    if (actor.role() != ActorRole.PARTY && !actor.role().isResolver()) {
      return issueOnTheStaffDesk(command, id, actor);
    }
    // A party or a resolver acts through their own desk, which offers only their commands; any other command is
    // tried on the staff's desk, which refuses it by role before anything else.
    EnforcementDesk desk = desk();
    return switch (command) {
      case NOTE_PROGRESS -> later(() -> AnyActor.noteProgress(desk, id, actor, "已电话联系申请人", true));
      case URGE -> later(() -> AnyActor.urge(desk, id, actor, "怎么还没发放？"));
      case RETURN_DELEGATION -> later(() -> AnyActor.returnDelegation(desk, id, actor, "被执行人外出务工，无法联系"));
      case RESOLVE -> later(() -> AnyActor.resolve(desk, id, actor, "案款已发放至申请人账户"));
      case EVALUATE -> later(() -> AnyActor.evaluate(desk, id, actor, Evaluation.all(Rating.SATISFIED, "满意")));
      case WITHDRAW -> later(() -> AnyActor.withdraw(desk, id, actor, "已自行和解"));
      default -> issueOnTheStaffDesk(command, id, actor);
    };
  }

  /** {@link #issue}, always on the staff's desk, whoever the actor: to see it refuse parties and resolvers. */
  WorkOrder issueOnTheStaffDesk(CommandKind command, RequestId id, Actor actor) {
    EnforcementDesk desk = desk();
    return later(
        () ->
            switch (command) {
              case SUBMIT -> throw new IllegalArgumentException("SUBMIT acts on no existing order");
              case ACCEPT -> desk.accept(id, actor);
              case REJECT -> desk.reject(id, actor, "不属于执行事项");
              case ASSIGN -> desk.assign(id, actor, Tier.OFFICER, "o-18");
              case NOTE_PROGRESS -> desk.noteProgress(id, actor, "已电话联系申请人", true);
              case PAUSE -> desk.pause(id, actor, PauseReason.of(PauseKind.APPRAISAL_OR_AUCTION));
              case RESUME -> desk.resume(id, actor);
              case URGE -> desk.urge(id, actor, "怎么还没发放？");
              case ESCALATE -> desk.escalate(id, actor, "需中心主任协调");
              case CHANGE_URGENCY -> desk.changeUrgency(id, actor, Urgency.PRIORITY, PRIORITY_TARGETS, "涉及民生");
              case FLAG_RISK -> desk.flagRisk(id, actor, RiskKind.REPEATED_VISITS, "一周内三次来电");
              case DELEGATE -> desk.delegation().delegate(id, actor, TO_MEDIATOR, "请协助督促被执行人");
              case RETURN_DELEGATION -> desk.delegation().returnDelegation(id, actor, "被执行人外出务工，无法联系");
              case RESOLVE -> desk.resolve(id, actor, "案款已发放至申请人账户");
              case RECORD_CALLBACK -> desk.feedback().recordCallback(id, actor, CallbackOutcome.REACHED, "申请人表示满意");
              case EVALUATE -> desk.feedback().evaluate(id, actor, Evaluation.all(Rating.SATISFIED, "满意"));
              case CLOSE -> desk.feedback().close(id, actor, "闭环");
              case WITHDRAW -> desk.withdraw(id, actor, "已自行和解");
              case REOPEN -> desk.feedback().reopen(id, actor, "态度问题需整改后重新办理");
              case RECORD_RECTIFICATION_MEASURE, CLOSE_RECTIFICATION, RECORD_CONTACT, REPORT_PETITION,
                  CONCLUDE_PETITION, RECORD_RISK_UPKEEP, CLOSE_RISK_CASE ->
                  throw new IllegalArgumentException(command + " is outside the state machine");
            });
  }

  private static Evaluation dissatisfiedWithAttitude() {
    Map<EvaluationAspect, Rating> ratings = new EnumMap<>(EvaluationAspect.class);
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      ratings.put(aspect, aspect == EvaluationAspect.ATTITUDE ? Rating.DISSATISFIED : Rating.SATISFIED);
    }
    return Evaluation.of(ratings, "态度生硬");
  }

  /** A funds-payout request like {@link #driveTo}'s, made by {@code party}. */
  static Request requestOf(Actor party, String id) {
    return DeskFixtures.request(party.id(), id, "FUNDS_PAYOUT", NOW, "（2025）闽0322执1234号", RequestFacts.none());
  }
}
