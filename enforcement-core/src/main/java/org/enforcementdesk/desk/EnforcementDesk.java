package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.ReadPurpose;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.Assigned;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.CommandRefusedException;
import org.enforcementdesk.order.DeskException;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.Guards;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.Paused;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.Provenance;
import org.enforcementdesk.order.Rejected;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.Withdrawn;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DecisionPolicy;
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
 * the way. docs/desk.md shows the state machine and the permission matrix. The work order's intake and handling are
 * here; {@link #delegation()}, {@link #feedback()} (callback, evaluation, closing), {@link #rectification()}, {@link
 * #cases()} (an enforcement case's own record) and the staff's {@link #queues()} hold the rest.
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
 * <p>This is the staff's desk: its answers are whole work orders, so it refuses parties and resolvers before
 * anything is loaded. They act through {@link #forParty} and {@link #forResolver}, whose answers are views. Every
 * command checks the actor's role before anything is loaded, then ownership and the order's state; every failure is
 * a {@link DeskException} and records nothing. {@link CommandRefusedException}s fail again if sent unchanged; {@link
 * ConcurrencyConflictException} and {@link LedgerUnavailableException} may succeed later. For anyone but staff, a
 * missing order is refused like one not theirs. Thread-safe.
 */
public final class EnforcementDesk {

  private final RequestLedger ledger;
  private final Clock clock;
  private final ResolverDirectory resolvers;
  private final WorkOrders orders;
  private final CommandRunner runner;
  private final Intake intake;
  private final Ticker ticker;
  private final DelegationDesk delegation;
  private final FeedbackDesk feedback;
  private final RectificationDesk rectification;
  private final CaseDesk cases;
  private final WorkQueues queues;
  private final CalendarDesk calendars;
  private final Parking parking;
  private final PersonalDataDesk personalData;
  private final OrderCommands commands;
  private final CourtGate court;
  private final AudienceCommands audiences;
  private final ReadAudit audit;

  EnforcementDesk(DecisionPolicy policy, WorkingCalendar calendar, RequestLedger ledger, Clock clock,
      AcceptanceMode acceptance, ResolverDirectory resolvers, List<WorkingCalendar> earlierCalendars,
      CourtGate court, ReadAudit audit) {
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
    this.resolvers = resolvers;
    this.orders = new WorkOrders(ledger);
    Deadlines deadlines = new Deadlines(calendar);
    Reviews reviews = new Reviews(policy, deadlines);
    this.court = court;
    this.runner = new CommandRunner(ledger, orders, reviews, deadlines, clock, true, court);
    this.intake = new Intake(orders, runner, policy, clock, acceptance);
    this.commands = new OrderCommands(runner);
    this.ticker = new Ticker(ledger, orders, reviews, runner);
    this.delegation = new DelegationDesk(runner, orders, policy, resolvers, audit);
    this.feedback = new FeedbackDesk(runner);
    this.rectification = new RectificationDesk(runner, orders);
    this.cases = new CaseDesk(ledger, clock, orders, runner, audit);
    this.queues = new WorkQueues(orders, court, audit);
    this.calendars = new CalendarDesk(deadlines, ledger, runner, orders, policy, clock, earlierCalendars);
    this.parking = new Parking(ledger, court);
    this.personalData = new PersonalDataDesk(ledger.personalData(), clock, court);
    CommandRunner open = runner.forAudiences();
    this.audiences = new AudienceCommands(orders, new OrderCommands(open), intake.through(open),
        new DelegationDesk(open, orders, policy, resolvers, audit), new FeedbackDesk(open), deadlines, clock, audit);
  }

  /**
   * The desk of one party, for the host's pages and apps that serve them: it offers only what a party may do (submit
   * in their own name, urge, evaluate, withdraw) and answers only with {@link org.enforcementdesk.view.PartyView}s of
   * their own requests. This desk ({@code EnforcementDesk} itself) is the staff's and refuses parties.
   *
   * @throws IllegalArgumentException if the party id is malformed (the rule of {@link Actor#id()})
   */
  public PartyDesk forParty(String partyId) {
    return new PartyDesk(audiences, Actor.party(requireNonNull(partyId, "partyId")));
  }

  /**
   * The desk of one resolver account (the pre-enforcement team, a mediator, a liaison): only what a resolver may do
   * on what is delegated to them now, answered with {@link org.enforcementdesk.view.ResolverView}s.
   *
   * @throws IllegalArgumentException if the actor is not a resolver
   */
  public ResolverDesk forResolver(Actor resolver) {
    requireNonNull(resolver, "resolver");
    if (!resolver.role().isResolver()) {
      throw new IllegalArgumentException("not a resolver: " + resolver);
    }
    return new ResolverDesk(audiences, resolver);
  }

  /** A builder; the policy and the clock are required. */
  public static DeskBuilder builder() {
    return new DeskBuilder();
  }

  /** The working calendar deadlines are counted on now: the one to give the indicators, so both count time alike. */
  public WorkingCalendar calendar() {
    return calendars.current();
  }

  /** Work set aside after repeated failures (due entries, notifications), to see and retry by hand. */
  public Parking parking() {
    return parking;
  }

  /** A party's erasure (PIPL Art. 47) and the holds that defer it. */
  public PersonalDataDesk personalData() {
    return personalData;
  }

  /** The calendar over time: the one in force, those counted on before by version, and the swap to a new notice. */
  public CalendarDesk calendars() {
    return calendars;
  }

  /** The resolvers the desk delegates to, e.g. to find the account for the rules' delegation suggestion. */
  public ResolverDirectory resolvers() {
    return resolvers;
  }

  /** The ledger the desk writes to, e.g. to give the host's dispatcher its outbox. */
  public RequestLedger ledger() {
    return ledger;
  }

  /** Delegated resolution: delegating, returning, and what each resolver holds. */
  public DelegationDesk delegation() {
    return delegation;
  }

  /** After resolution: the satisfaction callback, the party's evaluation, closing and reopening. */
  public FeedbackDesk feedback() {
    return feedback;
  }

  /** Rectification items: measures, verification, and the register of items. */
  public RectificationDesk rectification() {
    return rectification;
  }

  /** An enforcement case's own record: contacts, petitions, risk cases. */
  public CaseDesk cases() {
    return cases;
  }

  /** The staff's work queues: open work orders by tier and by handler. */
  public WorkQueues queues() {
    return queues;
  }

  /**
   * 提交: a request arrives from any channel. The rules decide at once (or at acceptance, with {@link
   * AcceptanceMode#BY_OFFICER}). If the same party already has an unresolved request of the same type on the same
   * case, the new one is linked to it as an urge (kept whole, not lost and not doubled) and the party is told so.
   * Submitting the same request again (same id, same content) returns its order unchanged, so a host may retry.
   *
   * @throws PermissionDeniedException if the actor may not submit here (a party or resolver: see {@link #forParty})
   * @throws InvalidInputException if another request already has this id, or its {@code receivedAt} is before 2000
   *     or more than a day after the desk's clock
   * @throws ConcurrencyConflictException if other writers kept changing the party's open order or its case
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public Submission submit(Request request, Actor actor) {
    return intake.submit(requireNonNull(request, "request"), requireNonNull(actor, "actor"));
  }

  /**
   * 受理: an officer accepts a submitted request; the rules decide its urgency, targets and starting tier.
   *
   * @throws PermissionDeniedException if the actor may not accept
   * @throws IllegalCommandException if the order is not submitted
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder accept(RequestId id, Actor actor) {
    // Reviewed as a petition signal: a threat marked, or urges made, before acceptance had no urgency to review
    // against; now they are acted on (e.g. straight to the bureau leader).
    return runner.run(id, actor, CommandKind.ACCEPT, ReviewSignal.PETITION, (order, now) ->
        intake.acceptance(order.request(), order.caseHistory(), now, actor));
  }

  /**
   * 不予受理: an officer rejects a submitted request, with the reason the party is told.
   *
   * @throws PermissionDeniedException if the actor may not reject
   * @throws IllegalCommandException if the order is not submitted
   * @throws InvalidInputException if the reason is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder reject(RequestId id, Actor actor, String reasonToParty) {
    return runner.runOne(id, actor, CommandKind.REJECT, (order, now) ->
        new Rejected(id, now, actor, reasonToParty));
  }

  /**
   * 分派: hands the order to a tier as a whole.
   *
   * @throws PermissionDeniedException if the actor may not assign
   * @throws IllegalCommandException if the order's state does not allow it
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder assign(RequestId id, Actor actor, Tier tier) {
    return assign(id, actor, tier, Optional.empty());
  }

  /**
   * 分派: hands the order to a named handler at a tier.
   *
   * @throws PermissionDeniedException if the actor may not assign
   * @throws IllegalCommandException if the order's state does not allow it
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder assign(RequestId id, Actor actor, Tier tier, String handlerId) {
    return assign(id, actor, tier, Optional.of(requireNonNull(handlerId, "handlerId")));
  }

  private WorkOrder assign(RequestId id, Actor actor, Tier tier, Optional<String> handlerId) {
    requireNonNull(tier, "tier");
    return runner.runOne(id, actor, CommandKind.ASSIGN, (order, now) ->
        new Assigned(id, now, actor, tier, handlerId));
  }

  /**
   * 记录进展: records a note for the court's own record ({@link NoteAudience#INTERNAL}), never sent to the party; a
   * contact with the party meets the response target.
   *
   * @throws PermissionDeniedException if the actor may not, or does not hold the order
   * @throws IllegalCommandException if the order's state does not allow it
   * @throws InvalidInputException if the note is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder noteProgress(RequestId id, Actor actor, String note, boolean contactWithParty) {
    return noteProgress(id, actor, note, contactWithParty, NoteAudience.INTERNAL);
  }

  /**
   * 记录进展: records progress, saying who the note is for; a contact with the party meets the response target. Only a
   * note for {@link NoteAudience#PARTY} is sent to the party and shown on their page.
   *
   * @throws PermissionDeniedException if the actor may not, or does not hold the order
   * @throws IllegalCommandException if the order's state does not allow it
   * @throws InvalidInputException if the note is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder noteProgress(
      RequestId id, Actor actor, String note, boolean contactWithParty, NoteAudience audience) {
    return commands.noteProgress(id, actor, note, contactWithParty, audience);
  }

  /**
   * 暂停计时: the resolution clock stands still for a typed reason.
   *
   * @throws PermissionDeniedException if the actor may not pause
   * @throws IllegalCommandException if the order is not open
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder pause(RequestId id, Actor actor, PauseReason reason) {
    requireNonNull(reason, "reason");
    return runner.runOne(id, actor, CommandKind.PAUSE, (order, now) -> new Paused(id, now, actor, reason));
  }

  /**
   * 恢复计时: the resolution clock runs again, its deadline moved by the pause.
   *
   * @throws PermissionDeniedException if the actor may not resume
   * @throws IllegalCommandException if the order is not paused
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder resume(RequestId id, Actor actor) {
    return runner.runOne(id, actor, CommandKind.RESUME, (order, now) ->
        new Resumed(id, now, actor, runner.deadlines().resumed(order, now)));
  }

  /**
   * 催办: the party chases the request; the rules review it (a second urge is a repeated-visit risk).
   *
   * @throws PermissionDeniedException if the actor may not urge here (a party urges through {@link #forParty})
   * @throws IllegalCommandException if the order is resolved or ended
   * @throws InvalidInputException if the text is too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder urge(RequestId id, Actor actor, String text) {
    return commands.urge(id, actor, text);
  }

  /**
   * 提级: hands the order one tier up.
   *
   * @throws PermissionDeniedException if the actor may not escalate
   * @throws IllegalCommandException if the order's state does not allow it, or the bureau leader holds it already
   * @throws InvalidInputException if the reason is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder escalate(RequestId id, Actor actor, String reason) {
    return runner.runOne(id, actor, CommandKind.ESCALATE, (order, now) -> new Escalated(
        id, now, actor, order.tier(), Guards.nextTier(order, CommandKind.ESCALATE, actor), reason, Provenance.PERSON));
  }

  /**
   * 调整等级: a director or leader changes the urgency and its targets, counted from the original receipt.
   *
   * @throws PermissionDeniedException if the actor is not a centre director or bureau leader
   * @throws IllegalCommandException if the order is not open or paused
   * @throws InvalidInputException if the reason is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder changeUrgency(RequestId id, Actor actor, Urgency to, SlaTargets targets, String reason) {
    requireNonNull(to, "urgency");
    requireNonNull(targets, "targets");
    return runner.runOne(id, actor, CommandKind.CHANGE_URGENCY, (order, now) ->
        UrgencyChanges.event(order, now, actor, to, targets, reason, Provenance.PERSON, runner.deadlines()));
  }

  /**
   * 标记风险: an officer flags a risk (e.g. the party threatened to petition); the rules review it.
   *
   * @throws PermissionDeniedException if the actor may not flag risks
   * @throws IllegalCommandException if the order's state does not allow it
   * @throws InvalidInputException if the reason is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder flagRisk(RequestId id, Actor actor, RiskKind kind, String reason) {
    requireNonNull(kind, "kind");
    return runner.run(id, actor, CommandKind.FLAG_RISK, ReviewSignal.PETITION, (order, now) ->
        List.of(new RiskFlagged(id, now, actor, new RiskFlag(kind, reason), Provenance.PERSON)));
  }

  /**
   * 办结: the request is resolved by the court's own handling ({@link ResolutionKind#HANDLED}).
   *
   * @throws PermissionDeniedException if the actor may not resolve, or does not hold the order
   * @throws IllegalCommandException if the order is not open, paused or delegated
   * @throws InvalidInputException if the result is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder resolve(RequestId id, Actor actor, String result) {
    return resolve(id, actor, ResolutionKind.HANDLED, result);
  }

  /**
   * 办结: the request is resolved, saying how (a resolver's voluntary performance or settlement counts towards the
   * resolution rates), with the result the party is told; the callback clock starts.
   *
   * @throws PermissionDeniedException if the actor may not resolve, or does not hold the order
   * @throws IllegalCommandException if the order is not open, paused or delegated
   * @throws InvalidInputException if the result is blank or too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder resolve(RequestId id, Actor actor, ResolutionKind how, String result) {
    return commands.resolve(id, actor, how, result);
  }

  /**
   * 撤回: the party withdraws the request, with a reason that may be empty.
   *
   * @throws PermissionDeniedException if the actor may not withdraw here (a party withdraws through {@link
   *     #forParty})
   * @throws IllegalCommandException if the order is resolved or ended
   * @throws InvalidInputException if the reason is too long
   * @throws ConcurrencyConflictException if other writers kept changing the order
   * @throws MissingHolidayDataException if a deadline it counts reaches a year without holiday data, under
   *     {@code MissingYearPolicy.FAIL}
   * @throws LedgerUnavailableException if the ledger failed
   */
  public WorkOrder withdraw(RequestId id, Actor actor, String reason) {
    return commands.withdraw(id, actor, reason);
  }

  /**
   * Raises what has come due by {@code now}: at-risk warnings and breaches, through the decision policy. Call it
   * from the host's scheduler; its cost grows with what is due, not with what is open. A due entry whose processing
   * fails, for any reason, is skipped, recorded, reported in {@link TickReport#failures()} and retried on later ticks
   * (parked after five failures, the centre director told: {@link #parking()}); it never stops the tick.
   *
   * @throws LedgerUnavailableException if the ledger failed reading what is due
   */
  public TickReport tick(Instant now) {
    return ticker.tick(requireNonNull(now, "now"));
  }

  /** {@link #tick(Instant)} at the instant of the desk's own clock, the one its commands are stamped with. */
  public TickReport tick() {
    return tick(clock.instant());
  }

  /**
   * A work order with its history and deadlines: the whole record, for court staff. A party reads through {@link
   * #forParty}, a resolver through {@link #forResolver}. The read is recorded in the audit trail with an unstated
   * purpose; {@link #workOrder(RequestId, Actor, ReadPurpose)} says why.
   *
   * @throws PermissionDeniedException if the viewer is not court staff (checked before anything is read)
   * @throws InvalidInputException if there is no such order, or the desk requires a purpose
   * @throws LedgerUnavailableException if the ledger failed, or could not record the read
   */
  public WorkOrder workOrder(RequestId id, Actor viewer) {
    return workOrder(id, viewer, ReadPurpose.UNSTATED);
  }

  /**
   * A work order, read for a stated purpose, which the audit trail records with the read.
   *
   * @throws PermissionDeniedException if the viewer is not court staff (checked before anything is read)
   * @throws InvalidInputException if there is no such order
   * @throws LedgerUnavailableException if the ledger failed, or could not record the read
   */
  public WorkOrder workOrder(RequestId id, Actor viewer, ReadPurpose purpose) {
    requireNonNull(id, "id");
    requireNonNull(purpose, "purpose");
    Permissions.checkStaffDeskRead(viewer);
    court.check(viewer, "work orders");
    audit.checkPurpose(purpose, "workOrder");
    return audit.order(viewer, "workOrder", id, purpose, orders.loadFor(viewer, null, id));
  }

  /**
   * The work orders on one case, in submission order, for court staff; recorded in the audit trail with an unstated
   * purpose.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public List<WorkOrder> workOrdersOfCase(CaseNumber caseNumber, Actor viewer) {
    return workOrdersOfCase(caseNumber, viewer, ReadPurpose.UNSTATED);
  }

  /**
   * The work orders on one case, read for a stated purpose.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public List<WorkOrder> workOrdersOfCase(CaseNumber caseNumber, Actor viewer, ReadPurpose purpose) {
    requireNonNull(caseNumber, "caseNumber");
    requireNonNull(purpose, "purpose");
    Permissions.checkStaffDeskRead(viewer);
    court.check(viewer, "work orders");
    audit.checkPurpose(purpose, "workOrdersOfCase");
    return audit.orders(viewer, "workOrdersOfCase", caseNumber, purpose, orders.ofCase(caseNumber));
  }

  /**
   * The work orders of one party's requests, in submission order, for court staff; the party reads their own
   * through {@link PartyDesk#requests()}. Recorded in the audit trail with an unstated purpose.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public List<WorkOrder> workOrdersOfParty(String partyId, Actor viewer) {
    return workOrdersOfParty(partyId, viewer, ReadPurpose.UNSTATED);
  }

  /**
   * The work orders of one party's requests, read for a stated purpose.
   *
   * @throws PermissionDeniedException if the viewer is not court staff
   */
  public List<WorkOrder> workOrdersOfParty(String partyId, Actor viewer, ReadPurpose purpose) {
    requireNonNull(partyId, "partyId");
    requireNonNull(purpose, "purpose");
    Permissions.checkStaffDeskRead(viewer);
    court.check(viewer, "work orders");
    audit.checkPurpose(purpose, "workOrdersOfParty");
    return audit.orders(viewer, "workOrdersOfParty", partyId, purpose, orders.ofParty(partyId));
  }
}
