package org.enforcementdesk.desk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.Striped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.event.CallbackOutcome;
import org.enforcementdesk.desk.event.CaseEvent;
import org.enforcementdesk.desk.event.ContactKind;
import org.enforcementdesk.desk.event.DelegationTarget;
import org.enforcementdesk.desk.event.Provenance;
import org.enforcementdesk.desk.event.ResolutionKind;
import org.enforcementdesk.desk.event.UpkeepKind;
import org.enforcementdesk.desk.event.WorkOrderEvent;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.CaseHistory;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.policy.DelegationTerms;
import org.enforcementdesk.policy.IntakeDecision;
import org.enforcementdesk.policy.IntakeFacts;
import org.enforcementdesk.policy.ReviewSignal;
import org.enforcementdesk.policy.RiskFlag;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaTargets;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.store.RequestLedger;

/**
 * The one service a host calls: every request from any channel becomes a work order that is accepted with its
 * deadlines, handled tier by tier, escalated when late, fed back to the party and called back, and nothing is lost on
 * the way. docs/desk.md shows the state machine and the permission matrix.
 *
 * <pre>{@code
 * EnforcementDesk desk = EnforcementDesk.builder()
 *     .policy(ruleBook)                       // the Drools rule book, or any DecisionPolicy
 *     .calendar(WorkingCalendar.china())
 *     .clock(Clock.system(ZoneId.of("Asia/Shanghai")))   // the host's clock; the library never reads its own
 *     .build();
 * Submission s = desk.submit(request, Actor.officer("o-17"));
 * desk.noteProgress(request.id(), Actor.officer("o-17"), "已电话联系申请人", true);
 * desk.tick(Instant.now(hostClock));          // from the host's scheduler, say every minute
 * }</pre>
 *
 * <p>Every command checks the actor's permission and the order's state first; a denied or illegal command throws
 * ({@link PermissionDeniedException}, {@link IllegalCommandException}) and records nothing, as does bad input
 * ({@link IllegalArgumentException} naming the field). Commands on one work order from several threads serialize
 * through the ledger's optimistic concurrency: the loser reads again and retries. Submissions of one party serialize
 * on the desk, so that copies of a request arriving at once make one order, not several (desks in several processes
 * over one shared ledger do not see each other's submissions). Thread-safe.
 */
public final class EnforcementDesk {

  private final RequestLedger ledger;
  private final DecisionPolicy policy;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final AcceptanceMode acceptance;
  private final ResolverDirectory resolvers;
  private final Orders orders;
  private final CommandRunner runner;
  private final Ticker ticker;
  private final CaseCommands cases;
  private final Striped<Lock> submissions = Striped.lock(64);

  private EnforcementDesk(Builder builder) {
    this.policy = requireNonNull(builder.policy, "policy is required: the rule book that decides");
    this.clock = requireNonNull(builder.clock, "clock is required: the library never reads the system clock");
    this.calendar = builder.calendar;
    this.ledger = builder.ledger;
    this.acceptance = builder.acceptance;
    this.resolvers = builder.resolvers;
    this.orders = new Orders(ledger, calendar);
    this.runner = new CommandRunner(ledger, policy, calendar, clock, orders);
    this.ticker = new Ticker(ledger, orders, runner);
    this.cases = new CaseCommands(ledger, clock, orders, runner);
  }

  /** A builder; the policy and the clock are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The working calendar deadlines count on: the one to give the indicators, so both count time alike. */
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

  // ---- commands -------------------------------------------------------------------------------------------------

  /**
   * 提交: a request arrives from any channel. The rules decide at once (or at acceptance, with {@link
   * AcceptanceMode#BY_OFFICER}). If the same party already has an unresolved request of the same type on the same
   * case, the new one is linked to it as an urge (kept whole, not lost and not doubled) and the party is told so.
   * Submitting the same request again (same id, same content) returns its order unchanged, so a host may retry.
   *
   * @throws PermissionDeniedException if the actor may not submit it (a party in another's name)
   * @throws IllegalArgumentException if another request already has this id
   */
  public Submission submit(Request request, Actor actor) {
    requireNonNull(request, "request");
    requireNonNull(actor, "actor");
    Permissions.checkSubmit(actor, request);
    // Looking for an open duplicate and creating the order are two steps on different streams, which the ledger's
    // version check cannot guard: without the lock, copies arriving at once would each find none and each open one.
    Lock lock = submissions.get(request.requester().id());
    lock.lock();
    try {
      return linkOrCreate(request, actor);
    } finally {
      lock.unlock();
    }
  }

  private Submission linkOrCreate(Request request, Actor actor) {
    for (int attempt = 1; ; attempt++) {
      if (orders.exists(request.id())) {
        WorkOrder existing = orders.load(request.id());
        checkArgument(
            existing.request().equals(request),
            "request id %s is already used by another request; ids must be unique",
            request.id());
        return new Submission(existing, false);
      }
      Optional<WorkOrder> linkedBefore = linkedAsDuplicate(request);
      if (linkedBefore.isPresent()) {
        // A retry of a duplicate already linked as an urge: the same answer again, no second urge.
        return new Submission(linkedBefore.get(), true);
      }
      Optional<WorkOrder> open = openDuplicateOf(request);
      if (open.isPresent()) {
        try {
          WorkOrder linked =
              runner.run(open.get().id(), actor, CommandKind.URGE, ReviewSignal.URGE, (order, now) ->
                  List.of(new WorkOrderEvent.Urged(order.id(), now, actor, request.text(), request)));
          return new Submission(linked, true);
        } catch (IllegalCommandException noLongerOpen) {
          // Resolved or withdrawn since we looked: the request is no duplicate any more, so look again.
          if (attempt == CommandRunner.MAX_ATTEMPTS) {
            throw noLongerOpen;
          }
          continue;
        }
      }
      Instant now = clock.instant();
      CaseHistory history =
          request.caseNumber()
              .map(number -> CaseHistories.of(
                  orders.ofCase(number), orders.caseFile(number), request.receivedAt().toInstant(), request.id()))
              .orElse(new CaseHistory(1, 0, 0));
      List<WorkOrderEvent> events = new ArrayList<>();
      events.add(new WorkOrderEvent.Submitted(request.id(), now, actor, request, history));
      if (acceptance == AcceptanceMode.AUTOMATIC) {
        // Accepted by the rules, not by whoever submitted (a party may not accept): the system is the actor.
        events.addAll(acceptance(request, history, now, Actor.SYSTEM));
      }
      try {
        return new Submission(runner.create(events), false);
      } catch (ConcurrencyConflictException raced) {
        if (attempt == CommandRunner.MAX_ATTEMPTS) {
          throw raced;
        }
      }
    }
  }

  /** 受理: an officer accepts a submitted request; the rules decide its urgency, targets and starting tier. */
  public WorkOrder accept(RequestId id, Actor actor) {
    // Reviewed as a petition signal: a threat marked, or urges made, before acceptance had no urgency to review
    // against; now they are acted on (e.g. straight to the bureau leader).
    return runner.run(id, actor, CommandKind.ACCEPT, ReviewSignal.PETITION, (order, now) ->
        acceptance(order.request(), order.caseHistory(), now, actor));
  }

  /**
   * 不予受理: an officer rejects a submitted request, with the reason the party is told.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public WorkOrder reject(RequestId id, Actor actor, String reasonToParty) {
    return runner.run(id, actor, CommandKind.REJECT, null, (order, now) ->
        List.of(new WorkOrderEvent.Rejected(id, now, actor, reasonToParty)));
  }

  /**
   * 分派: hands the order to a tier and, optionally, a named handler.
   *
   * @param handlerId the handler's id, or null to assign to the tier as a whole
   */
  public WorkOrder assign(RequestId id, Actor actor, Tier tier, String handlerId) {
    requireNonNull(tier, "tier");
    return runner.run(id, actor, CommandKind.ASSIGN, null, (order, now) ->
        List.of(new WorkOrderEvent.Assigned(id, now, actor, tier, handlerId)));
  }

  /**
   * 记录进展: records progress; a contact with the party meets the response target.
   *
   * @throws IllegalArgumentException if the note is blank or too long
   */
  public WorkOrder noteProgress(RequestId id, Actor actor, String note, boolean contactWithParty) {
    return runner.run(id, actor, CommandKind.NOTE_PROGRESS, null, (order, now) ->
        List.of(new WorkOrderEvent.ProgressNoted(id, now, actor, note, contactWithParty)));
  }

  /** 暂停计时: the resolution clock stands still for a typed reason. */
  public WorkOrder pause(RequestId id, Actor actor, PauseReason reason) {
    requireNonNull(reason, "reason");
    return runner.run(id, actor, CommandKind.PAUSE, null, (order, now) ->
        List.of(new WorkOrderEvent.Paused(id, now, actor, reason)));
  }

  /** 恢复计时: the resolution clock runs again. */
  public WorkOrder resume(RequestId id, Actor actor) {
    return runner.run(id, actor, CommandKind.RESUME, null, (order, now) ->
        List.of(new WorkOrderEvent.Resumed(id, now, actor)));
  }

  /** 催办: the party chases the request; the rules review it (a second urge is a repeated-visit risk). */
  public WorkOrder urge(RequestId id, Actor actor, String text) {
    requireNonNull(text, "text");
    return runner.run(id, actor, CommandKind.URGE, ReviewSignal.URGE, (order, now) ->
        List.of(new WorkOrderEvent.Urged(id, now, actor, text, null)));
  }

  /**
   * 提级: hands the order one tier up.
   *
   * @throws IllegalCommandException if it is already with the bureau leader
   */
  public WorkOrder escalate(RequestId id, Actor actor, String reason) {
    return runner.run(id, actor, CommandKind.ESCALATE, null, (order, now) -> {
      Tier to =
          order.tier().next()
              .orElseThrow(() -> new IllegalCommandException(
                  id, order.state(), CommandKind.ESCALATE, actor, "already with the bureau leader"));
      return List.of(new WorkOrderEvent.Escalated(id, now, actor, order.tier(), to, reason, Provenance.PERSON));
    });
  }

  /** 调整等级: a director or leader changes the urgency and its targets, counted from the original receipt. */
  public WorkOrder changeUrgency(RequestId id, Actor actor, Urgency to, SlaTargets targets, String reason) {
    requireNonNull(to, "urgency");
    requireNonNull(targets, "targets");
    return runner.run(id, actor, CommandKind.CHANGE_URGENCY, null, (order, now) ->
        List.of(UrgencyChanges.event(order, now, actor, to, targets, reason, Provenance.PERSON)));
  }

  /** 标记风险: an officer flags a risk (e.g. the party threatened to petition); the rules review it. */
  public WorkOrder flagRisk(RequestId id, Actor actor, RiskKind kind, String reason) {
    RiskFlag flag = new RiskFlag(kind, reason);
    return runner.run(id, actor, CommandKind.FLAG_RISK, ReviewSignal.PETITION, (order, now) ->
        List.of(new WorkOrderEvent.RiskFlagged(id, now, actor, flag, Provenance.PERSON)));
  }

  /**
   * 委派化解: hands the order to a resolver outside the centre, listed in the court's {@link ResolverDirectory}. The
   * delegation gets its own deadline from the rules ({@link DecisionPolicy#delegationTerms}), and the order's
   * resolution clock pauses meanwhile if the rules say so.
   *
   * @throws IllegalArgumentException if the resolver is not listed in the directory
   */
  public WorkOrder delegate(RequestId id, Actor actor, String resolverId, String note) {
    requireNonNull(resolverId, "resolverId");
    return delegate(id, actor, () -> resolvers.require(resolverId), note);
  }

  /**
   * 委派化解: as {@link #delegate(RequestId, Actor, String, String)}, naming the account as the directory lists it.
   *
   * @throws IllegalArgumentException if the directory does not list exactly this account
   */
  public WorkOrder delegate(RequestId id, Actor actor, DelegationTarget target, String note) {
    requireNonNull(target, "target");
    return delegate(id, actor, () -> {
      DelegationTarget listed = resolvers.require(target.resolverId());
      checkArgument(
          listed.equals(target),
          "resolver %s is listed as %s \"%s\", not %s \"%s\"",
          target.resolverId(), listed.kind(), listed.name(), target.kind(), target.name());
      return listed;
    }, note);
  }

  /**
   * Looks the resolver up only once the actor's permission and the order's state are checked, so a refused actor
   * learns nothing of the court's resolver accounts.
   */
  private WorkOrder delegate(RequestId id, Actor actor, Supplier<DelegationTarget> account, String note) {
    return runner.run(id, actor, CommandKind.DELEGATE, null, (order, now) -> {
      DelegationTarget target = account.get();
      DelegationTerms terms = policy.delegationTerms(target.kind());
      OffsetDateTime due = calendar.due(now.atZone(calendar.zone()).toOffsetDateTime(), terms.period()).dueAt();
      return List.of(new WorkOrderEvent.Delegated(
          id, now, actor, target, note == null ? "" : note, due, terms.pausesResolution()));
    });
  }

  /** 退回: a delegation comes back to the centre unresolved, with the reason. */
  public WorkOrder returnDelegation(RequestId id, Actor actor, String reason) {
    return runner.run(id, actor, CommandKind.RETURN_DELEGATION, null, (order, now) ->
        List.of(new WorkOrderEvent.DelegationReturned(id, now, actor, reason)));
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
    return runner.run(id, actor, CommandKind.RESOLVE, null, (order, now) ->
        List.of(new WorkOrderEvent.Resolved(id, now, actor, result, how)));
  }

  /** 回访: the satisfaction callback was made. */
  public WorkOrder recordCallback(RequestId id, Actor actor, CallbackOutcome outcome, String note) {
    requireNonNull(outcome, "outcome");
    return runner.run(id, actor, CommandKind.RECORD_CALLBACK, null, (order, now) ->
        List.of(new WorkOrderEvent.CallbackRecorded(id, now, actor, outcome, note == null ? "" : note)));
  }

  /** 评价: the party's evaluation; the rules review it (a dissatisfied aspect is a negative-feedback risk). */
  public WorkOrder evaluate(RequestId id, Actor actor, Evaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    return runner.run(id, actor, CommandKind.EVALUATE, ReviewSignal.EVALUATION, (order, now) ->
        List.of(new WorkOrderEvent.Evaluated(id, now, actor, evaluation)));
  }

  /** 结单: closes the loop. */
  public WorkOrder close(RequestId id, Actor actor, String remark) {
    return runner.run(id, actor, CommandKind.CLOSE, null, (order, now) ->
        List.of(new WorkOrderEvent.Closed(id, now, actor, remark == null ? "" : remark)));
  }

  /** 撤回: the party withdraws the request. */
  public WorkOrder withdraw(RequestId id, Actor actor, String reason) {
    return runner.run(id, actor, CommandKind.WITHDRAW, null, (order, now) ->
        List.of(new WorkOrderEvent.Withdrawn(id, now, actor, reason == null ? "" : reason)));
  }

  /**
   * 重新办理: reopens an evaluated or closed order after a dissatisfied evaluation.
   *
   * @throws IllegalCommandException if the latest evaluation has no dissatisfied aspect
   */
  public WorkOrder reopen(RequestId id, Actor actor, String reason) {
    return runner.run(id, actor, CommandKind.REOPEN, null, (order, now) -> {
      boolean dissatisfied = order.evaluation().map(e -> !e.dissatisfiedAspects().isEmpty()).orElse(false);
      if (!dissatisfied) {
        throw new IllegalCommandException(
            id, order.state(), CommandKind.REOPEN, actor, "reopening needs a dissatisfied evaluation");
      }
      return List.of(new WorkOrderEvent.Reopened(id, now, actor, reason, Provenance.PERSON));
    });
  }

  // ---- rectification (整改) -----------------------------------------------------------------------------------

  /**
   * 整改措施: records the measure taken for a rectification item (more than one may be recorded).
   *
   * @throws IllegalCommandException if the order has no such item or it is closed
   */
  public WorkOrder recordRectificationMeasure(RequestId id, int item, Actor actor, String measure) {
    return runner.run(id, actor, CommandKind.RECORD_RECTIFICATION_MEASURE, null, (order, now) -> {
      openItem(order, item, actor, CommandKind.RECORD_RECTIFICATION_MEASURE);
      return List.of(new WorkOrderEvent.RectificationMeasureRecorded(id, now, actor, item, measure));
    });
  }

  /**
   * 整改验收: verifies and closes a rectification item; only an item with a recorded measure closes.
   *
   * @throws IllegalCommandException if the order has no such item, it is closed, or it has no measure yet
   */
  public WorkOrder closeRectification(RequestId id, int item, Actor actor, String verification) {
    return runner.run(id, actor, CommandKind.CLOSE_RECTIFICATION, null, (order, now) -> {
      RectificationItem open = openItem(order, item, actor, CommandKind.CLOSE_RECTIFICATION);
      if (open.measures().isEmpty()) {
        throw new IllegalCommandException(
            id, order.state(), CommandKind.CLOSE_RECTIFICATION, actor, "item " + item + " has no measure recorded yet");
      }
      return List.of(new WorkOrderEvent.RectificationClosed(id, now, actor, item, verification));
    });
  }

  private static RectificationItem openItem(WorkOrder order, int item, Actor actor, CommandKind command) {
    RectificationItem found =
        order.rectificationItem(item)
            .orElseThrow(() -> new IllegalCommandException(
                order.id(), order.state(), command, actor, "the order has no rectification item " + item));
    if (found.isClosed()) {
      throw new IllegalCommandException(order.id(), order.state(), command, actor, "item " + item + " is closed");
    }
    return found;
  }

  // ---- the case's own record: contacts, petitions, risk cases -----------------------------------------------------

  /**
   * 来访/来电登记: a party visited or called about a case without making a request. It counts as a visit: the rules
   * review the case's latest order (three visits within 30 days are a repeated-visits risk).
   *
   * @param partyId the host's id of the party
   * @param note what it was about; may be null or empty
   */
  public CaseFile recordContact(CaseNumber caseNumber, Actor actor, ContactKind contact, String partyId, String note) {
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(contact, "contact");
    return cases.run(caseNumber, actor, CommandKind.RECORD_CONTACT, true, (file, now) ->
        new CaseEvent.ContactRecorded(caseNumber, now, actor, contact, partyId, note == null ? "" : note));
  }

  /**
   * 信访登记: the host reports a petition on a case, registered in its own system; it stays open until concluded, and
   * the rules review the case's latest order (an open petition is a risk).
   *
   * @param reference the host's reference, unique among the case's open petitions
   * @throws IllegalCommandException if a petition with this reference is open already
   */
  public CaseFile reportPetition(CaseNumber caseNumber, Actor actor, String reference, String note) {
    requireNonNull(caseNumber, "caseNumber");
    return cases.run(caseNumber, actor, CommandKind.REPORT_PETITION, true, (file, now) -> {
      CaseEvent.PetitionReported event =
          new CaseEvent.PetitionReported(caseNumber, now, actor, reference, note == null ? "" : note);
      if (file.openPetitions().containsKey(event.reference())) {
        throw CaseCommands.refused(caseNumber, CommandKind.REPORT_PETITION, actor,
            "petition " + event.reference() + " is open already");
      }
      return event;
    });
  }

  /**
   * 信访办结: a reported petition was concluded.
   *
   * @throws IllegalCommandException if no open petition has this reference
   */
  public CaseFile concludePetition(CaseNumber caseNumber, Actor actor, String reference, String note) {
    requireNonNull(caseNumber, "caseNumber");
    return cases.run(caseNumber, actor, CommandKind.CONCLUDE_PETITION, false, (file, now) -> {
      CaseEvent.PetitionConcluded event = new CaseEvent.PetitionConcluded(caseNumber, now, actor, reference, note);
      if (!file.openPetitions().containsKey(event.reference())) {
        throw CaseCommands.refused(caseNumber, CommandKind.CONCLUDE_PETITION, actor,
            "no open petition " + event.reference() + "; open: " + file.openPetitions().keySet());
      }
      return event;
    });
  }

  /**
   * 风险维护: records an upkeep action (a callback, a visit, escalated handling) on the case's open risk case.
   * Escalations and callbacks on the case's orders are recorded as upkeep by themselves while it is open.
   *
   * @throws IllegalCommandException if the case has no open risk case
   */
  public CaseFile recordRiskUpkeep(CaseNumber caseNumber, Actor actor, UpkeepKind upkeep, String note) {
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(upkeep, "upkeep");
    return cases.run(caseNumber, actor, CommandKind.RECORD_RISK_UPKEEP, false, (file, now) -> {
      requireOpenRiskCase(file, actor, CommandKind.RECORD_RISK_UPKEEP);
      return new CaseEvent.RiskUpkeepRecorded(caseNumber, now, actor, upkeep, note);
    });
  }

  /**
   * 风险销号: a centre director or bureau leader closes the case's open risk case, with the reason. A later trigger
   * opens a new risk case.
   *
   * @throws PermissionDeniedException if the actor is not a centre director or bureau leader
   * @throws IllegalCommandException if the case has no open risk case
   * @throws IllegalArgumentException if the reason is blank
   */
  public CaseFile closeRiskCase(CaseNumber caseNumber, Actor actor, String reason) {
    requireNonNull(caseNumber, "caseNumber");
    return cases.run(caseNumber, actor, CommandKind.CLOSE_RISK_CASE, false, (file, now) -> {
      requireOpenRiskCase(file, actor, CommandKind.CLOSE_RISK_CASE);
      return new CaseEvent.RiskCaseClosed(caseNumber, now, actor, reason);
    });
  }

  private static void requireOpenRiskCase(CaseFile file, Actor actor, CommandKind command) {
    if (file.openRiskCase().isEmpty()) {
      throw CaseCommands.refused(file.caseNumber(), command, actor, "the case has no open risk case");
    }
  }

  /**
   * Raises what has come due by {@code now}: at-risk warnings and breaches, through the decision policy. Call it
   * from the host's scheduler; its cost grows with what is due, not with what is open.
   */
  public TickReport tick(Instant now) {
    requireNonNull(now, "now");
    return ticker.tick(now);
  }

  /** {@link #tick(Instant)} at the instant of the desk's own clock, the one its commands are stamped with. */
  public TickReport tick() {
    return tick(clock.instant());
  }

  // ---- queries --------------------------------------------------------------------------------------------------

  /**
   * A work order with its history and deadlines, as {@code viewer} may see it.
   *
   * @throws IllegalArgumentException if there is no such order and the viewer is court staff
   * @throws PermissionDeniedException if the viewer may not see it (or, not being staff, there is no such order)
   */
  public WorkOrder workOrder(RequestId id, Actor viewer) {
    requireNonNull(viewer, "viewer");
    WorkOrder order = orders.loadFor(viewer, null, requireNonNull(id, "id"));
    Permissions.checkRead(viewer, order);
    return order;
  }

  /** The requests on one case that {@code viewer} may see, in submission order. */
  public List<WorkOrder> requestsOfCase(CaseNumber caseNumber, Actor viewer) {
    requireNonNull(viewer, "viewer");
    return visible(orders.ofCase(requireNonNull(caseNumber, "caseNumber")), viewer);
  }

  /** The requests of one party that {@code viewer} may see, in submission order. */
  public List<WorkOrder> requestsOfParty(String partyId, Actor viewer) {
    requireNonNull(viewer, "viewer");
    return visible(orders.ofParty(requireNonNull(partyId, "partyId")), viewer);
  }

  /**
   * The unresolved orders a tier is handling (submitted, open, paused or delegated), oldest first; read from the
   * ledger's index, not by scanning.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public List<WorkOrder> openOrders(Tier tier, Actor viewer) {
    requireNonNull(tier, "tier");
    checkStaff(viewer, "the open orders of a tier");
    return orders.labelled(Labels.tier(tier));
  }

  /**
   * The unresolved orders assigned to one handler, oldest first.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public List<WorkOrder> openOrdersOfHandler(String handlerId, Actor viewer) {
    requireNonNull(handlerId, "handlerId");
    checkStaff(viewer, "the open orders of a handler");
    return orders.labelled(Labels.handler(handlerId));
  }

  /**
   * The orders delegated to a resolver now: what the resolver's own account shows them.
   *
   * @throws PermissionDeniedException if the viewer is neither court staff nor that resolver
   */
  public List<WorkOrder> delegatedTo(String resolverId, Actor viewer) {
    requireNonNull(resolverId, "resolverId");
    requireNonNull(viewer, "viewer");
    if (!viewer.role().isCourtStaff() && !(viewer.role().isResolver() && viewer.id().equals(resolverId))) {
      throw new PermissionDeniedException(viewer, "the delegations of " + resolverId, "only staff and that resolver may");
    }
    return visible(orders.labelled(Labels.resolver(resolverId)), viewer);
  }

  private static void checkStaff(Actor viewer, String what) {
    requireNonNull(viewer, "viewer");
    if (!viewer.role().isCourtStaff()) {
      throw new PermissionDeniedException(viewer, what, "only court staff see work queues");
    }
  }

  /**
   * A case's own record: contacts, petitions and risk cases.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public CaseFile caseFile(CaseNumber caseNumber, Actor viewer) {
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(viewer, "viewer");
    Permissions.checkCaseRead(viewer, "case " + caseNumber);
    return orders.caseFile(caseNumber);
  }

  /**
   * The risk cases open now, in the order their cases first came under risk; read from the ledger's index.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public List<RiskCase> openRiskCases(Actor viewer) {
    requireNonNull(viewer, "viewer");
    Permissions.checkCaseRead(viewer, "the open risk cases");
    return orders.casesLabelled(CaseSide.RISK_OPEN).stream()
        .flatMap(file -> file.openRiskCase().stream())
        .toList();
  }

  /**
   * The rectification items matching a query, by order then item number.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public List<RectificationItem> rectificationItems(RectificationQuery query, Actor viewer) {
    requireNonNull(query, "query");
    requireNonNull(viewer, "viewer");
    Permissions.checkCaseRead(viewer, "the rectification items");
    return orders.labelled(Labels.RECTIFICATION).stream()
        .flatMap(order -> order.rectificationItems().stream())
        .filter(query::matches)
        .toList();
  }

  /**
   * Every delegation so far with how it ended, by order: what the resolution rates of delegated cases count.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public List<Delegation> delegations(Actor viewer) {
    requireNonNull(viewer, "viewer");
    Permissions.checkCaseRead(viewer, "the delegations");
    return orders.labelled(Labels.DELEGATED).stream().flatMap(order -> order.delegations().stream()).toList();
  }

  /** When one of an order's targets is due, as the desk computes it; a convenience over {@link WorkOrder#due}. */
  public Optional<OffsetDateTime> due(RequestId id, Actor viewer, org.enforcementdesk.sla.SlaTarget target) {
    return workOrder(id, viewer).due(target);
  }

  private static List<WorkOrder> visible(List<WorkOrder> all, Actor viewer) {
    return all.stream().filter(order -> Permissions.owns(viewer, order)).toList();
  }

  // ---- intake ---------------------------------------------------------------------------------------------------

  private List<WorkOrderEvent> acceptance(Request request, CaseHistory history, Instant now, Actor actor) {
    IntakeDecision decision = policy.intake(new IntakeFacts(request, history));
    OffsetDateTime received = request.receivedAt();
    OffsetDateTime responseDue = calendar.due(received, decision.targets().response()).dueAt();
    OffsetDateTime resolutionDue = calendar.due(received, decision.targets().resolution()).dueAt();
    Optional<OffsetDateTime> limit = decision.resolutionLimit();
    if (limit.isPresent() && limit.get().isBefore(resolutionDue)) {
      resolutionDue = limit.get().atZoneSameInstant(calendar.zone()).toOffsetDateTime();
    }
    return List.of(
        new WorkOrderEvent.Accepted(request.id(), now, actor, decision, responseDue, resolutionDue),
        new WorkOrderEvent.Assigned(request.id(), now, actor, decision.startTier(), null));
  }

  /**
   * The order this request was linked to as a duplicate earlier, if it was.
   *
   * @throws IllegalArgumentException if a different request was linked under the same id
   */
  private Optional<WorkOrder> linkedAsDuplicate(Request request) {
    for (WorkOrder order : orders.ofParty(request.requester().id())) {
      for (var recorded : order.history()) {
        if (recorded.event() instanceof WorkOrderEvent.Urged urged
            && urged.duplicate().filter(d -> d.id().equals(request.id())).isPresent()) {
          checkArgument(
              urged.duplicate().get().equals(request),
              "request id %s is already used by another request; ids must be unique",
              request.id());
          return Optional.of(order);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<WorkOrder> openDuplicateOf(Request request) {
    if (request.caseNumber().isEmpty()) {
      return Optional.empty();
    }
    return orders.ofParty(request.requester().id()).stream()
        .filter(order -> order.state().isUnresolved())
        .filter(order -> order.request().caseNumber().equals(request.caseNumber()))
        .filter(order -> order.request().type().equals(request.type()))
        .findFirst();
  }

  /** Collects the desk's collaborators; the policy and the clock are required. */
  public static final class Builder {
    private DecisionPolicy policy;
    private WorkingCalendar calendar = WorkingCalendar.china();
    private RequestLedger ledger;
    private Clock clock;
    private AcceptanceMode acceptance = AcceptanceMode.AUTOMATIC;
    private ResolverDirectory resolvers = ResolverDirectory.empty();

    private Builder() {}

    /** The rule book that decides; required. */
    public Builder policy(DecisionPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /** The working calendar deadlines count on; default {@link WorkingCalendar#china()}. */
    public Builder calendar(WorkingCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
      return this;
    }

    /** Where work orders are kept; default a new {@link InMemoryRequestLedger}. */
    public Builder ledger(RequestLedger ledger) {
      this.ledger = requireNonNull(ledger, "ledger");
      return this;
    }

    /** The host's clock, which stamps every command; required (the library never reads the system clock). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** How submitted requests are accepted; default {@link AcceptanceMode#AUTOMATIC}. */
    public Builder acceptance(AcceptanceMode acceptance) {
      this.acceptance = requireNonNull(acceptance, "acceptance");
      return this;
    }

    /** The resolvers the court delegates to; default {@link ResolverDirectory#empty()}, which refuses every delegation. */
    public Builder resolvers(ResolverDirectory resolvers) {
      this.resolvers = requireNonNull(resolvers, "resolvers");
      return this;
    }

    /**
     * Returns the desk.
     *
     * @throws NullPointerException if the policy or the clock is missing
     */
    public EnforcementDesk build() {
      if (ledger == null) {
        ledger = new InMemoryRequestLedger();
      }
      return new EnforcementDesk(this);
    }
  }
}
