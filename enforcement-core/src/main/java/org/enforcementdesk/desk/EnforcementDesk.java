package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.CommandRefusedException;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.DeskException;
import org.enforcementdesk.order.Guards;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.DelegationTerms;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.sla.SlaTargets;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.LedgerUnavailableException;
import org.enforcementdesk.store.RequestLedger;

/**
 * The one service a host calls: every request from any channel becomes a work order that is accepted with its
 * deadlines, handled tier by tier, escalated when late, fed back to the party and called back, and nothing is lost on
 * the way. docs/desk.md shows the state machine and the permission matrix; {@link #cases()} holds the commands on an
 * enforcement case's own record.
 *
 * <pre>{@code
 * EnforcementDesk desk = EnforcementDesk.builder()
 *     .policy(ruleBook)                              // the Drools rule book, or any DecisionPolicy
 *     .calendar(WorkingCalendar.china())
 *     .clock(Clock.system(ZoneId.of("Asia/Shanghai")))   // the host's clock; the library never reads its own
 *     .build();
 * Submission s = desk.submit(request, Actor.officer("o-17"));
 * desk.noteProgress(request.id(), Actor.officer("o-17"), "已电话联系申请人", true);
 * desk.tick();                                       // from the host's scheduler, say every minute
 * }</pre>
 *
 * <p>Every command checks the actor's role before anything is loaded, then ownership and the order's state. Each
 * failure is a {@link DeskException}, and a failed command records nothing:
 *
 * <ul>
 *   <li>{@link PermissionDeniedException}: the actor may not (for anyone but staff, a missing order is refused alike);
 *   <li>{@link IllegalCommandException}: the order's state does not allow it;
 *   <li>{@link InvalidInputException}: bad input, naming the field;
 *   <li>{@link ConcurrencyConflictException}: other writers kept changing the order; the desk retried, then gave up;
 *   <li>{@link LedgerUnavailableException}: the ledger failed; the command may be sent again once it is back.
 * </ul>
 *
 * <p>The first three are {@link CommandRefusedException}s: sending the command unchanged fails again. Submissions of
 * one party serialize on the desk, so that copies of a request arriving at once make one order. Thread-safe.
 */
public final class EnforcementDesk {

  private final RequestLedger ledger;
  private final DecisionPolicy policy;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final ResolverDirectory resolvers;
  private final WorkOrders orders;
  private final CommandRunner runner;
  private final Intake intake;
  private final Ticker ticker;
  private final CaseDesk cases;
  private final WorkQueues queues;

  EnforcementDesk(
      DecisionPolicy policy,
      WorkingCalendar calendar,
      RequestLedger ledger,
      Clock clock,
      AcceptanceMode acceptance,
      ResolverDirectory resolvers) {
    this.policy = policy;
    this.calendar = calendar;
    this.ledger = ledger;
    this.clock = clock;
    this.resolvers = resolvers;
    this.orders = new WorkOrders(ledger);
    Deadlines deadlines = new Deadlines(calendar);
    Reviews reviews = new Reviews(policy, deadlines);
    this.runner = new CommandRunner(ledger, orders, reviews, deadlines, clock);
    this.intake = new Intake(orders, runner, policy, clock, acceptance);
    this.ticker = new Ticker(ledger, orders, reviews, runner);
    this.cases = new CaseDesk(ledger, clock, orders, runner);
    this.queues = new WorkQueues(orders);
  }

  /** A builder; the policy and the clock are required. */
  public static DeskBuilder builder() {
    return new DeskBuilder();
  }

  /** The working calendar deadlines are counted on: the one to give the indicators, so both count time alike. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The resolvers the desk delegates to, e.g. to find the account for the rules' delegation suggestion. */
  public ResolverDirectory resolvers() {
    return resolvers;
  }

  /** The ledger the desk writes to, e.g. to give the host's dispatcher its outbox. */
  public RequestLedger ledger() {
    return ledger;
  }

  /** The commands and queries on an enforcement case's own record: contacts, petitions, risk cases. */
  public CaseDesk cases() {
    return cases;
  }

  /** The staff's work queues and registers: open orders by tier, handler and resolver, items, delegations. */
  public WorkQueues queues() {
    return queues;
  }

  // ---- commands: each throws the DeskExceptions of the class documentation, and those named ------------------

  /**
   * 提交: a request arrives from any channel. The rules decide at once (or at acceptance, with {@link
   * AcceptanceMode#BY_OFFICER}). If the same party already has an unresolved request of the same type on the same
   * case, the new one is linked to it as an urge (kept whole, not lost and not doubled) and the party is told so.
   * Submitting the same request again (same id, same content) returns its order unchanged, so a host may retry.
   *
   * @throws PermissionDeniedException if the actor may not submit it (a party in another's name)
   * @throws InvalidInputException if another request already has this id
   */
  public Submission submit(Request request, Actor actor) {
    return intake.submit(requireNonNull(request, "request"), requireNonNull(actor, "actor"));
  }

  /** 受理: an officer accepts a submitted request; the rules decide its urgency, targets and starting tier. */
  public WorkOrder accept(RequestId id, Actor actor) {
    // Reviewed as a petition signal: a threat marked, or urges made, before acceptance had no urgency to review
    // against; now they are acted on (e.g. straight to the bureau leader).
    return runner.run(id, actor, CommandKind.ACCEPT, ReviewSignal.PETITION, (order, now) ->
        intake.acceptance(order.request(), order.caseHistory(), now, actor));
  }

  /** 不予受理: an officer rejects a submitted request, with the reason the party is told; not blank. */
  public WorkOrder reject(RequestId id, Actor actor, String reasonToParty) {
    return step(id, actor, CommandKind.REJECT, (order, now) -> new WorkOrderEvent.Rejected(id, now, actor, reasonToParty));
  }

  /** 分派: hands the order to a tier as a whole. */
  public WorkOrder assign(RequestId id, Actor actor, Tier tier) {
    return assign(id, actor, tier, Optional.empty());
  }

  /** 分派: hands the order to a named handler at a tier. */
  public WorkOrder assign(RequestId id, Actor actor, Tier tier, String handlerId) {
    return assign(id, actor, tier, Optional.of(requireNonNull(handlerId, "handlerId")));
  }

  private WorkOrder assign(RequestId id, Actor actor, Tier tier, Optional<String> handlerId) {
    requireNonNull(tier, "tier");
    return step(id, actor, CommandKind.ASSIGN, (order, now) -> new WorkOrderEvent.Assigned(id, now, actor, tier, handlerId));
  }

  /** 记录进展: records progress (not blank); a contact with the party meets the response target. */
  public WorkOrder noteProgress(RequestId id, Actor actor, String note, boolean contactWithParty) {
    return step(id, actor, CommandKind.NOTE_PROGRESS, (order, now) ->
        new WorkOrderEvent.ProgressNoted(id, now, actor, note, contactWithParty));
  }

  /** 暂停计时: the resolution clock stands still for a typed reason. */
  public WorkOrder pause(RequestId id, Actor actor, PauseReason reason) {
    requireNonNull(reason, "reason");
    return step(id, actor, CommandKind.PAUSE, (order, now) -> new WorkOrderEvent.Paused(id, now, actor, reason));
  }

  /** 恢复计时: the resolution clock runs again, its deadline moved by the pause. */
  public WorkOrder resume(RequestId id, Actor actor) {
    return step(id, actor, CommandKind.RESUME, (order, now) ->
        new WorkOrderEvent.Resumed(id, now, actor, runner.deadlines().resumed(order, now)));
  }

  /** 催办: the party chases the request; the rules review it (a second urge is a repeated-visit risk). */
  public WorkOrder urge(RequestId id, Actor actor, String text) {
    requireNonNull(text, "text");
    return runner.run(id, actor, CommandKind.URGE, ReviewSignal.URGE, (order, now) ->
        List.of(new WorkOrderEvent.Urged(id, now, actor, text, Optional.empty())));
  }

  /** 提级: hands the order one tier up; {@link IllegalCommandException} if the bureau leader holds it already. */
  public WorkOrder escalate(RequestId id, Actor actor, String reason) {
    return step(id, actor, CommandKind.ESCALATE, (order, now) -> new WorkOrderEvent.Escalated(
        id, now, actor, order.tier(), Guards.nextTier(order, CommandKind.ESCALATE, actor), reason, Provenance.PERSON));
  }

  /** 调整等级: a director or leader changes the urgency and its targets, counted from the original receipt. */
  public WorkOrder changeUrgency(RequestId id, Actor actor, Urgency to, SlaTargets targets, String reason) {
    requireNonNull(to, "urgency");
    requireNonNull(targets, "targets");
    return step(id, actor, CommandKind.CHANGE_URGENCY, (order, now) ->
        UrgencyChanges.event(order, now, actor, to, targets, reason, Provenance.PERSON, runner.deadlines()));
  }

  /** 标记风险: an officer flags a risk (e.g. the party threatened to petition); the rules review it. */
  public WorkOrder flagRisk(RequestId id, Actor actor, RiskKind kind, String reason) {
    requireNonNull(kind, "kind");
    return runner.run(id, actor, CommandKind.FLAG_RISK, ReviewSignal.PETITION, (order, now) ->
        List.of(new WorkOrderEvent.RiskFlagged(id, now, actor, new RiskFlag(kind, reason), Provenance.PERSON)));
  }

  /**
   * 委派化解: hands the order to a resolver listed in the court's {@link ResolverDirectory}, with instructions (may be
   * empty). The delegation's deadline and whether the order's clock pauses come from {@link
   * DecisionPolicy#delegationTerms}. The resolver is looked up only after the actor's permission and the order's
   * state pass, so a refused actor learns nothing of the court's accounts.
   *
   * @throws InvalidInputException if the directory lists no such resolver
   */
  public WorkOrder delegate(RequestId id, Actor actor, String resolverId, String note) {
    requireNonNull(resolverId, "resolverId");
    return delegate(id, actor, () -> resolvers.require(resolverId), note);
  }

  /**
   * 委派化解: as {@link #delegate(RequestId, Actor, String, String)}, naming the account as the directory lists it.
   *
   * @throws InvalidInputException if the directory does not list exactly this account
   */
  public WorkOrder delegate(RequestId id, Actor actor, DelegationTarget target, String note) {
    requireNonNull(target, "target");
    return delegate(id, actor, () -> resolvers.requireListed(target), note);
  }

  private WorkOrder delegate(RequestId id, Actor actor, Supplier<DelegationTarget> account, String note) {
    requireNonNull(note, "note");
    return step(id, actor, CommandKind.DELEGATE, (order, now) -> {
      DelegationTarget target = account.get();
      DelegationTerms terms = policy.delegationTerms(target.kind());
      return new WorkOrderEvent.Delegated(
          id, now, actor, target, note, runner.deadlines().after(now, terms.period()), terms.pausesResolution());
    });
  }

  /** 退回: a delegation comes back to the centre unresolved, with the reason; a clock it paused runs again. */
  public WorkOrder returnDelegation(RequestId id, Actor actor, String reason) {
    return step(id, actor, CommandKind.RETURN_DELEGATION, (order, now) ->
        new WorkOrderEvent.DelegationReturned(id, now, actor, reason, runner.deadlines().returned(order, now)));
  }

  /** 办结: the request is resolved by the court's own handling, with the result the party is told. */
  public WorkOrder resolve(RequestId id, Actor actor, String result) {
    return resolve(id, actor, ResolutionKind.HANDLED, result);
  }

  /**
   * 办结: the request is resolved, saying how (a resolver's voluntary performance or settlement counts towards the
   * resolution rates), with the result the party is told; the callback clock starts.
   */
  public WorkOrder resolve(RequestId id, Actor actor, ResolutionKind how, String result) {
    requireNonNull(how, "how");
    Deadlines deadlines = runner.deadlines();
    return step(id, actor, CommandKind.RESOLVE, (order, now) -> new WorkOrderEvent.Resolved(
        id, now, actor, result, how, deadlines.stopped(order, now), deadlines.callback(order, now)));
  }

  /** 回访: the satisfaction callback was made; the note may be empty. */
  public WorkOrder recordCallback(RequestId id, Actor actor, CallbackOutcome outcome, String note) {
    requireNonNull(outcome, "outcome");
    return step(id, actor, CommandKind.RECORD_CALLBACK, (order, now) ->
        new WorkOrderEvent.CallbackRecorded(id, now, actor, outcome, note));
  }

  /**
   * 评价: the party's evaluation; the rules review it (a dissatisfied aspect is a negative-feedback risk), and each
   * dissatisfied aspect opens a rectification item.
   */
  public WorkOrder evaluate(RequestId id, Actor actor, Evaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    return runner.run(id, actor, CommandKind.EVALUATE, ReviewSignal.EVALUATION, (order, now) ->
        List.of(new WorkOrderEvent.Evaluated(id, now, actor, evaluation)));
  }

  /** 结单: closes the loop, with a remark that may be empty. */
  public WorkOrder close(RequestId id, Actor actor, String remark) {
    return step(id, actor, CommandKind.CLOSE, (order, now) -> new WorkOrderEvent.Closed(id, now, actor, remark));
  }

  /** 撤回: the party withdraws the request, with a reason that may be empty. */
  public WorkOrder withdraw(RequestId id, Actor actor, String reason) {
    return step(id, actor, CommandKind.WITHDRAW, (order, now) -> new WorkOrderEvent.Withdrawn(id, now, actor, reason,
        order.clock(SlaTarget.RESOLUTION).map(clock -> runner.deadlines().stopped(order, now))));
  }

  /** 重新办理: reopens an evaluated or closed order after a dissatisfied evaluation of the current round. */
  public WorkOrder reopen(RequestId id, Actor actor, String reason) {
    return step(id, actor, CommandKind.REOPEN, (order, now) -> {
      Guards.dissatisfied(order, CommandKind.REOPEN, actor);
      return new WorkOrderEvent.Reopened(
          id, now, actor, reason, Provenance.PERSON, runner.deadlines().reopened(order, now));
    });
  }

  /**
   * 整改措施: records the measure taken for a rectification item (more than one may be recorded).
   *
   * @throws IllegalCommandException if the order has no such item or it is closed
   */
  public WorkOrder recordRectificationMeasure(RequestId id, int item, Actor actor, String measure) {
    CommandKind command = CommandKind.RECORD_RECTIFICATION_MEASURE;
    return step(id, actor, command, (order, now) -> {
      Guards.openItem(order, item, command, actor);
      return new WorkOrderEvent.RectificationMeasureRecorded(id, now, actor, item, measure);
    });
  }

  /**
   * 整改验收: verifies and closes a rectification item; only an item with a recorded measure closes.
   *
   * @throws IllegalCommandException if the order has no such item, it is closed, or it has no measure yet
   */
  public WorkOrder closeRectification(RequestId id, int item, Actor actor, String verification) {
    CommandKind command = CommandKind.CLOSE_RECTIFICATION;
    return step(id, actor, command, (order, now) -> {
      Guards.closableItem(order, item, command, actor);
      return new WorkOrderEvent.RectificationClosed(id, now, actor, item, verification);
    });
  }

  private WorkOrder step(RequestId id, Actor actor, CommandKind command, OneEvent event) {
    return runner.run(id, actor, command, null, (order, now) -> List.of(event.of(order, now)));
  }

  /** A command that records one event, without a review. */
  @FunctionalInterface
  private interface OneEvent {
    WorkOrderEvent of(WorkOrder order, Instant now);
  }

  /**
   * Raises what has come due by {@code now}: at-risk warnings and breaches, through the decision policy. Call it
   * from the host's scheduler; its cost grows with what is due, not with what is open.
   *
   * @throws LedgerUnavailableException if the ledger failed
   */
  public TickReport tick(Instant now) {
    return ticker.tick(requireNonNull(now, "now"));
  }

  /** {@link #tick(Instant)} at the instant of the desk's own clock, the one its commands are stamped with. */
  public TickReport tick() {
    return tick(clock.instant());
  }

  // ---- queries: each throws PermissionDeniedException for a viewer who may not see, LedgerUnavailableException ---

  /** A work order with its history and deadlines, as {@code viewer} may see it. */
  public WorkOrder workOrder(RequestId id, Actor viewer) {
    requireNonNull(id, "id");
    requireNonNull(viewer, "viewer");
    WorkOrder order = orders.loadFor(viewer, null, id);
    Permissions.checkRead(viewer, order);
    return order;
  }

  /** The work orders on one case that {@code viewer} may see, in submission order. */
  public List<WorkOrder> workOrdersOfCase(CaseNumber caseNumber, Actor viewer) {
    requireNonNull(viewer, "viewer");
    return visible(orders.ofCase(requireNonNull(caseNumber, "caseNumber")), viewer);
  }

  /** The work orders of one party's requests that {@code viewer} may see, in submission order. */
  public List<WorkOrder> workOrdersOfParty(String partyId, Actor viewer) {
    requireNonNull(viewer, "viewer");
    return visible(orders.ofParty(requireNonNull(partyId, "partyId")), viewer);
  }

  static List<WorkOrder> visible(List<WorkOrder> all, Actor viewer) {
    return all.stream().filter(order -> Permissions.owns(viewer, order)).toList();
  }
}
