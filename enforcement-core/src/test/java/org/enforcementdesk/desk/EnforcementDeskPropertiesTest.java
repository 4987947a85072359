package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.FreeText;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.Transitions;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.sla.PauseKind;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaTargets;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.FixedPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the desk over random command sequences: three orders (a funds payout, a petition that starts with the
 * bureau leader, an urgent seizure renewal with a hard limit), random commands with plausible and implausible
 * arguments, by actors who may and may not issue them, with ticks, on a clock that moves through 2026's working
 * hours. An oracle predicts each step's outcome from the order as it stands (denied, illegal, bad input, or
 * accepted); the desk must agree, a refused step must leave the ledger exactly as it was, and after every sequence
 * every order must keep {@link DeskInvariants}.
 */
class EnforcementDeskPropertiesTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.china();
  private static final String CASE_A = "（2025）闽0322执1234号";
  private static final String CASE_B = "（2025）闽0322执5678号";

  /** Every command on an existing order; a step's move indexes this, or the ticks, or the legal commands. */
  private static final List<CommandKind> COMMANDS =
      Arrays.stream(CommandKind.values()).filter(c -> c != CommandKind.SUBMIT && c.isInStateMachine()).toList();

  /** Moves from {@code TICK} to {@code LEGAL} (exclusive) tick; a few, so that crossings happen mid-sequence. */
  private static final int TICK = COMMANDS.size();

  private static final int LEGAL = TICK + 3;

  /** The actors a step may pick; indexes past the end mean "someone who may issue it". */
  private static final List<Actor> ACTORS =
      List.of(
          DeskFixtures.PARTY,
          DeskFixtures.OTHER_PARTY,
          DeskFixtures.OFFICER,
          DeskFixtures.DIRECTOR,
          DeskFixtures.LEADER,
          DeskDriver.MEDIATOR,
          DeskDriver.TEAM,
          Actor.resolver(ActorRole.EXTERNAL_RESOLVER, "vm-yuanzhuang"),
          Actor.SYSTEM);

  private static final int PERMITTED_ACTOR_PICKS = 9;

  private static final DelegationTarget TO_OTHER_MEDIATOR =
      new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-yuanzhuang", "园庄村调解主任");

  /**
   * One step of a sequence, as raw choices the step interprets against the order as it stands.
   *
   * @param order which of the three orders
   * @param move below {@code TICK}: that command; below {@code LEGAL}: a tick; above: the n-th command legal in the
   *     order's state, so that sequences get deep into the loop instead of stalling at the first illegal command
   * @param actor an index into {@code ACTORS}, or past it for an actor who may issue the command
   * @param variant picks the arguments; 0 is a bad one where the command takes text
   * @param minutes working minutes the clock moves before the step
   */
  record Step(int order, int move, int actor, int variant, int minutes) {}

  private static final Gen<Step> STEPS =
      integers().between(0, 2)
          .zip(
              integers().between(0, LEGAL + TICK - 1),
              integers().between(0, ACTORS.size() + PERMITTED_ACTOR_PICKS - 1),
              integers().between(0, 9),
              integers().between(0, 180),
              Step::new);

  /** What the oracle expects of a step. */
  enum Outcome {
    DONE,
    DENIED,
    ILLEGAL,
    BAD_INPUT
  }

  private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
  private final Map<CommandKind, Integer> done = new EnumMap<>(CommandKind.class);
  private final Map<WorkOrderState, Integer> statesReached = new EnumMap<>(WorkOrderState.class);
  private TickReport ticked = TickReport.NOTHING;

  @Test
  void randomSequences_keepTheInvariants_andRefusedCommandsChangeNothing() {
    qt().withFixedSeed(4_2026L)
        .withExamples(200)
        .withShrinkCycles(200)
        .forAll(booleans().all(), integers().between(0, 240), lists().of(STEPS).ofSizeBetween(30, 60))
        .checkAssert((byOfficer, startDay, steps) -> new Run(byOfficer, startDay).play(steps));

    // The sequences must really have gone everywhere, or the laws above were checked on too little.
    assertThat(statesReached.keySet()).containsExactlyInAnyOrder(WorkOrderState.values());
    assertThat(done.keySet()).containsExactlyInAnyOrderElementsOf(COMMANDS);
    assertThat(outcomes.keySet()).containsExactlyInAnyOrder(Outcome.values());
    assertThat(ticked.warnings()).isPositive();
    assertThat(ticked.breaches()).isPositive();
    assertThat(ticked.escalations()).isPositive();
  }

  /** One sequence on a fresh desk. */
  private final class Run {
    private final MutableClock clock;
    private final InMemoryRequestLedger ledger = new InMemoryRequestLedger();
    private final EnforcementDesk desk;
    private final List<RequestId> ids = List.of(RequestId.of("R-1"), RequestId.of("R-2"), RequestId.of("R-3"));

    Run(boolean byOfficer, int startDay) {
      LocalDate day = LocalDate.of(2026, 1, 5).plusDays(startDay);
      Instant start = day.atTime(LocalTime.of(9, 0)).atZone(CALENDAR.zone()).toInstant();
      clock = new MutableClock(CALENDAR.nextOpening(start).plusMinutes(30).toString());
      desk =
          EnforcementDesk.builder()
              .policy(new FixedPolicy())
              .resolvers(DeskFixtures.RESOLVERS)
              .clock(clock)
              .ledger(ledger)
              .acceptance(byOfficer ? AcceptanceMode.BY_OFFICER : AcceptanceMode.AUTOMATIC)
              .build();
      String now = clock.instant().atZone(CALENDAR.zone()).toOffsetDateTime().toString();
      RequestFacts lapsing = RequestFacts.builder().seizureExpiresOn(day.plusDays(5)).build();
      submit(DeskFixtures.request("P-778", "R-1", "FUNDS_PAYOUT", now, CASE_A, RequestFacts.none()));
      submit(DeskFixtures.request("P-999", "R-2", "PETITION", now, CASE_A, RequestFacts.none()));
      submit(DeskFixtures.request("P-778", "R-3", "SEIZURE_RENEWAL", now, CASE_B, lapsing));
    }

    private void submit(Request request) {
      WorkOrder order = AnyActor.submit(desk, request, Actor.party(request.requester().id())).workOrder();
      statesReached.merge(order.state(), 1, Integer::sum);
    }

    void play(List<Step> steps) {
      for (Step step : steps) {
        clock.set(CALENDAR.plusWorkingTime(clock.instant(), Duration.ofMinutes(step.minutes())).toString());
        if (step.move() >= TICK && step.move() < LEGAL) {
          tick();
        } else {
          command(step);
        }
      }
      Map<RequestId, WorkOrder> orders = DeskInvariants.assertHold(ledger, ids, CALENDAR);
      for (WorkOrder order : orders.values()) {
        assertThat(order.history()).allSatisfy(r -> assertThat(r.event().at()).isBeforeOrEqualTo(clock.instant()));
      }
    }

    private void tick() {
      LedgerState before = LedgerState.of(ledger, ids);
      TickReport report = desk.tick(clock.instant());
      ticked = ticked.plus(report);
      // A tick leaves nothing due before its instant, only the system writes in it, and it reports what it wrote.
      assertThat(ledger.dueBefore(clock.instant(), 1)).isEmpty();
      List<WorkOrderEvent> written = new ArrayList<>();
      for (RequestId id : ids) {
        List<RecordedEvent> stream = ledger.read(id);
        stream.subList((int) before.version(id), stream.size()).forEach(r -> written.add(r.event()));
      }
      assertThat(written).allSatisfy(e -> assertThat(e.actor()).isEqualTo(Actor.SYSTEM));
      assertThat(written).filteredOn(SlaWarned.class::isInstance).hasSize(report.warnings());
      assertThat(written).filteredOn(SlaBreached.class::isInstance).hasSize(report.breaches());
      assertThat(written).filteredOn(Escalated.class::isInstance).hasSize(report.escalations());
      assertThat(report.warnings() + report.breaches()).isEqualTo(report.dueEntries());
    }

    private void command(Step step) {
      RequestId id = ids.get(step.order());
      WorkOrder before = AnyActor.workOrder(desk, id, DeskFixtures.LEADER);
      CommandKind command = commandOf(step, before.state());
      Actor actor = actorOf(step, command, before);
      boolean badInput = isBadInput(command, step.variant());
      Outcome expected = expect(before, command, actor, badInput);
      LedgerState ledgerBefore = LedgerState.of(ledger, ids);
      String what = command + " by " + actor + " on " + before + " (variant " + step.variant() + ")";

      Outcome actual;
      WorkOrder after = null;
      try {
        after = issue(desk, command, id, actor, step.variant());
        actual = Outcome.DONE;
      } catch (PermissionDeniedException e) {
        actual = Outcome.DENIED;
      } catch (IllegalCommandException e) {
        assertThat(e.state()).contains(before.state());
        assertThat(e.getMessage()).contains(before.state().name(), command.name(), actor.toString());
        actual = Outcome.ILLEGAL;
      } catch (InvalidInputException e) {
        actual = Outcome.BAD_INPUT;
      }
      assertThat(actual).as(what).isEqualTo(expected);
      outcomes.merge(actual, 1, Integer::sum);

      if (actual != Outcome.DONE) {
        assertThat(LedgerState.of(ledger, ids)).as("nothing recorded by refused %s", what).isEqualTo(ledgerBefore);
        return;
      }
      done.merge(command, 1, Integer::sum);
      statesReached.merge(after.state(), 1, Integer::sum);
      // Replay equals fold: what the command returned is what its stored stream folds to.
      DeskInvariants.assertSameOrder(WorkOrder.fold(ledger.read(id)), after, what);
      assertThat(after.state()).as(what).isEqualTo(Transitions.next(before.state(), command).orElseThrow());
      assertThat(after.history().subList(0, (int) before.version())).as("append only: %s", what)
          .isEqualTo(before.history());
      var first = after.history().get((int) before.version()).event();
      assertThat(first.actor()).isEqualTo(actor);
      assertThat(first.at()).isEqualTo(clock.instant());
      // The outbox only grows, and other orders are untouched.
      List<Notification> pending = ledger.pending(Integer.MAX_VALUE);
      assertThat(pending.subList(0, ledgerBefore.pending().size())).isEqualTo(ledgerBefore.pending());
      for (RequestId other : ids) {
        if (!other.equals(id)) {
          assertThat(ledger.read(other)).isEqualTo(ledgerBefore.streams().get(other));
        }
      }
    }

    private CommandKind commandOf(Step step, WorkOrderState state) {
      if (step.move() < TICK) {
        return COMMANDS.get(step.move());
      }
      // Ending an order (withdraw, reject) is left to the plain moves, or most orders would end before going deep.
      List<CommandKind> legal =
          Transitions.table().row(state).keySet().stream()
              .filter(c -> c != CommandKind.WITHDRAW && c != CommandKind.REJECT)
              .sorted()
              .toList();
      return legal.isEmpty() ? COMMANDS.get(step.move() % TICK) : legal.get(step.move() % legal.size());
    }

    /**
     * The picked actor, or someone likely to be allowed: the order's party, the resolver it was last delegated to
     * (who may since have lost it), or staff.
     */
    private Actor actorOf(Step step, CommandKind command, WorkOrder order) {
      if (step.actor() < ACTORS.size()) {
        return ACTORS.get(step.actor());
      }
      Actor owner = Actor.party(order.request().requester().id());
      if (Permissions.roleMay(ActorRole.PARTY, command) && step.variant() % 2 == 0) {
        return owner;
      }
      Optional<DelegationTarget> lastDelegated =
          order.history().reverse().stream()
              .map(RecordedEvent::event)
              .filter(Delegated.class::isInstance)
              .map(e -> ((Delegated) e).target())
              .findFirst();
      if (lastDelegated.isPresent()
          && Permissions.roleMay(ActorRole.EXTERNAL_RESOLVER, command)
          && (order.state() == WorkOrderState.DELEGATED || step.variant() % 2 == 1)) {
        DelegationTarget target = lastDelegated.get();
        ActorRole role =
            target.kind() == DelegationKind.PRE_ENFORCEMENT_TEAM
                ? ActorRole.PRE_ENFORCEMENT_TEAM
                : ActorRole.EXTERNAL_RESOLVER;
        return Actor.resolver(role, target.resolverId());
      }
      List<Actor> staff = List.of(DeskFixtures.OFFICER, DeskFixtures.DIRECTOR, DeskFixtures.LEADER);
      Actor pick = staff.get(step.variant() % 3);
      return Permissions.roleMay(pick.role(), command) ? pick : DeskFixtures.LEADER;
    }
  }

  /**
   * The oracle, in the order the desk checks: the role, the actor's hold on the order (written out here, not taken
   * from {@link Permissions#owns}), the state, the command's own precondition, and last the text arguments.
   */
  private static Outcome expect(WorkOrder order, CommandKind command, Actor actor, boolean badInput) {
    if (!Permissions.roleMay(actor.role(), command) || !mayActOn(actor, order)) {
      return Outcome.DENIED;
    }
    if (!Transitions.allows(order.state(), command)) {
      return Outcome.ILLEGAL;
    }
    if (command == CommandKind.ESCALATE && order.tier() == Tier.BUREAU_LEADER) {
      return Outcome.ILLEGAL;
    }
    if (command == CommandKind.REOPEN
        && order.evaluation().map(e -> e.dissatisfiedAspects().isEmpty()).orElse(true)) {
      return Outcome.ILLEGAL;
    }
    return badInput ? Outcome.BAD_INPUT : Outcome.DONE;
  }

  private static boolean mayActOn(Actor actor, WorkOrder order) {
    return switch (actor.role()) {
      case OFFICER, CENTER_DIRECTOR, BUREAU_LEADER -> true;
      case PARTY -> order.request().requester().id().equals(actor.id());
      case PRE_ENFORCEMENT_TEAM, EXTERNAL_RESOLVER ->
          order.state() == WorkOrderState.DELEGATED
              && order.delegation().orElseThrow().resolverId().equals(actor.id())
              && (order.delegation().orElseThrow().kind() == DelegationKind.PRE_ENFORCEMENT_TEAM)
                  == (actor.role() == ActorRole.PRE_ENFORCEMENT_TEAM);
      case SYSTEM -> false;
    };
  }

  /** Variant 0 is a blank text (and for progress notes variant 1 a note that is too long) where a command takes one. */
  private static boolean isBadInput(CommandKind command, int variant) {
    return switch (command) {
      case REJECT, ESCALATE, CHANGE_URGENCY, FLAG_RISK, RETURN_DELEGATION, RESOLVE, REOPEN -> variant == 0;
      case NOTE_PROGRESS -> variant <= 1;
      default -> false;
    };
  }

  private static String text(int variant, String text) {
    return variant == 0 ? "   " : text;
  }

  /** Issues a command with the arguments {@code variant} picks. */
  private static WorkOrder issue(EnforcementDesk desk, CommandKind command, RequestId id, Actor actor, int variant) {
    return switch (command) {
      case SUBMIT -> throw new IllegalArgumentException("not a step");
      case ACCEPT -> desk.accept(id, actor);
      case REJECT -> desk.reject(id, actor, text(variant, "不属于执行事项"));
      case ASSIGN ->
          variant < 5
              ? desk.assign(id, actor, Tier.values()[variant % 3])
              : desk.assign(id, actor, Tier.values()[variant % 3], "o-" + variant);
      case NOTE_PROGRESS ->
          AnyActor.noteProgress(desk, 
              id, actor, variant == 1 ? "进".repeat(FreeText.MAX_LENGTH + 1) : text(variant, "已电话联系申请人"), variant % 2 == 0);
      case PAUSE ->
          desk.pause(
              id,
              actor,
              variant >= 8 ? PauseReason.other("等待鉴定结论") : PauseReason.of(PauseKind.values()[variant % 3]));
      case RESUME -> desk.resume(id, actor);
      case URGE -> AnyActor.urge(desk, id, actor, variant == 0 ? "" : "第" + variant + "次催办");
      case ESCALATE -> desk.escalate(id, actor, text(variant, "需上级协调"));
      case CHANGE_URGENCY -> {
        Urgency to = Urgency.values()[variant % 3];
        SlaTargets targets =
            switch (to) {
              case URGENT -> FixedPolicy.URGENT;
              case PRIORITY -> DeskDriver.PRIORITY_TARGETS;
              case NORMAL -> FixedPolicy.DEFAULT;
            };
        yield desk.changeUrgency(id, actor, to, targets, text(variant, "情况变化"));
      }
      case FLAG_RISK -> desk.flagRisk(id, actor, RiskKind.values()[variant % 4], text(variant, "当事人情绪激动"));
      case DELEGATE -> {
        DelegationTarget target =
            variant < 4 ? DeskDriver.TO_MEDIATOR : variant < 7 ? DeskDriver.TO_TEAM : TO_OTHER_MEDIATOR;
        yield desk.delegation().delegate(id, actor, target, variant % 2 == 0 ? "" : "请协助化解");
      }
      case RETURN_DELEGATION -> AnyActor.returnDelegation(desk, id, actor, text(variant, "无法联系被执行人"));
      case RESOLVE -> AnyActor.resolve(desk, id, actor, text(variant, "已办结"));
      case RECORD_CALLBACK ->
          desk.feedback().recordCallback(id, actor, CallbackOutcome.values()[variant % 3], variant % 2 == 0 ? "" : "已回访");
      case EVALUATE -> AnyActor.evaluate(desk, id, actor, evaluation(variant));
      case CLOSE -> desk.feedback().close(id, actor, variant % 2 == 0 ? "" : "闭环");
      case WITHDRAW -> AnyActor.withdraw(desk, id, actor, variant % 2 == 0 ? "" : "已和解");
      case REOPEN -> desk.feedback().reopen(id, actor, text(variant, "重新办理"));
      case RECORD_RECTIFICATION_MEASURE, CLOSE_RECTIFICATION, RECORD_CONTACT, REPORT_PETITION, CONCLUDE_PETITION,
          RECORD_RISK_UPKEEP, CLOSE_RISK_CASE -> throw new IllegalArgumentException("not a step: " + command);
    };
  }

  private static Evaluation evaluation(int variant) {
    if (variant <= 2) {
      return DeskDriver.DISSATISFIED;
    }
    if (variant <= 5) {
      return Evaluation.all(Rating.SATISFIED, "满意");
    }
    return variant <= 7 ? Evaluation.all(Rating.BASICALLY_SATISFIED, "") : Evaluation.declinedBy("不愿评价");
  }
}
