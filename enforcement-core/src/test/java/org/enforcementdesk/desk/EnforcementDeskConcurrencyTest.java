package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.desk.DeskFixtures.DIRECTOR;
import static org.enforcementdesk.desk.DeskFixtures.LEADER;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.Assigned;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.Delegated;
import org.enforcementdesk.order.DelegationReturned;
import org.enforcementdesk.order.Escalated;
import org.enforcementdesk.order.Evaluated;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.Paused;
import org.enforcementdesk.order.ProgressNoted;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.Reopened;
import org.enforcementdesk.order.Resolved;
import org.enforcementdesk.order.Resumed;
import org.enforcementdesk.order.RiskFlagged;
import org.enforcementdesk.order.SlaBreached;
import org.enforcementdesk.order.SlaWarned;
import org.enforcementdesk.order.Urged;
import org.enforcementdesk.order.UrgencyChanged;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.order.WorkOrderState;
import org.enforcementdesk.sla.PauseReason;
import org.enforcementdesk.sla.SlaTarget;
import org.enforcementdesk.store.ConcurrencyConflictException;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.testing.FixedPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Six clerks at once on four shared orders, with a scheduler moving the clock and ticking beside them. Every command
 * that carries text carries a token unique to it, so the final ledger can be checked against what each clerk was
 * told: every success recorded exactly once, every failure not at all. The checks are on the final state, never on
 * timing; the waits only keep a broken desk from hanging the build.
 */
class EnforcementDeskConcurrencyTest {

  private static final int CLERKS = 6;
  private static final int COMMANDS_PER_CLERK = 200;
  private static final int TICKS = 60;
  private static final Pattern TOKEN = Pattern.compile("t\\d+-\\d+");
  private static final WorkingCalendar CALENDAR = WorkingCalendar.china();

  /** The orders, each with the party who owns it: two parties, four request types, one case. */
  private static final Map<RequestId, Actor> OWNERS =
      Map.of(
          RequestId.of("R-1"), DeskFixtures.PARTY,
          RequestId.of("R-2"), DeskFixtures.OTHER_PARTY,
          RequestId.of("R-3"), DeskFixtures.PARTY,
          RequestId.of("R-4"), DeskFixtures.OTHER_PARTY);

  private static final List<RequestId> IDS = OWNERS.keySet().stream().sorted().toList();

  /** The commands the clerks issue, as often as they appear here: mostly work on open orders, now and then a loop. */
  private static final List<CommandKind> MIX = mix();

  /** What became of one command. */
  enum Outcome {
    DONE,
    ILLEGAL,
    DENIED,
    LOST_RACE
  }

  /**
   * One command a clerk issued.
   *
   * @param token the unique text it carried, or null for a resume
   * @param returned the order the desk returned, when done
   */
  record Attempt(RequestId id, CommandKind command, String token, Outcome outcome, WorkOrder returned) {}

  private final ExecutorService pool = Executors.newFixedThreadPool(CLERKS + 1);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("pool stopped").isTrue();
  }

  @Test
  void mixedCommandsAndTicks_onSharedOrders_recordEverySuccessOnceAndNothingElse() throws Exception {
    DeskFixtures f = new DeskFixtures("2026-03-02T09:30+08:00");
    List<String> types = List.of("FUNDS_PAYOUT", "PROGRESS_QUERY", "PROPERTY_LEAD", "PETITION");
    for (int i = 0; i < IDS.size(); i++) {
      RequestId id = IDS.get(i);
      Actor owner = OWNERS.get(id);
      AnyActor.submit(f.desk, 
          DeskFixtures.request(
              owner.id(), id.value(), types.get(i), "2026-03-02T09:00+08:00", "（2025）闽0322执1234号",
              RequestFacts.none()),
          owner);
    }

    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Attempt>>> clerks = new ArrayList<>();
    for (int c = 0; c < CLERKS; c++) {
      clerks.add(pool.submit(clerk(c, f, start)));
    }
    Future<Integer> scheduler = pool.submit(scheduler(f, start));
    start.countDown();
    List<Attempt> attempts = new ArrayList<>();
    for (Future<List<Attempt>> clerk : clerks) {
      attempts.addAll(clerk.get(2, TimeUnit.MINUTES));
    }
    scheduler.get(2, TimeUnit.MINUTES);

    assertThat(attempts).hasSize(CLERKS * COMMANDS_PER_CLERK);
    assertThat(attempts).filteredOn(a -> a.outcome() == Outcome.DONE).isNotEmpty();
    Map<RequestId, WorkOrder> orders = DeskInvariants.assertHold(f.ledger, IDS, CALENDAR);
    assertEverySuccessRecordedOnceAndNothingElse(attempts, orders);
    assertEveryReturnedOrderIsAPrefixOfItsStream(attempts, orders);
    assertNoClockCrossingRecordedTwice(orders);
  }

  @Test
  void submit_sameRequestUnderSeveralIdsAtOnce_makesOneOrderAndLinksTheRestAsUrges() throws Exception {
    // A party on the app and on the hotline at the same moment: one order, and every other submission kept on it.
    for (int round = 0; round < 30; round++) {
      DeskFixtures f = new DeskFixtures("2026-03-03T10:00+08:00");
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Submission>> futures = new ArrayList<>();
      for (int c = 0; c < CLERKS; c++) {
        String id = "R-" + c;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return AnyActor.submit(f.desk, 
                      DeskFixtures.request(id, "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), DeskFixtures.PARTY);
                }));
      }
      start.countDown();
      List<Submission> submissions = new ArrayList<>();
      for (Future<Submission> future : futures) {
        submissions.add(future.get(1, TimeUnit.MINUTES));
      }

      assertThat(f.ledger.size()).as("orders after round %s", round).isEqualTo(1);
      assertThat(submissions).filteredOn(s -> !s.linkedToOpenOrder()).hasSize(1);
      RequestId created = submissions.stream().filter(s -> !s.linkedToOpenOrder()).findFirst().orElseThrow()
          .workOrder().id();
      WorkOrder order = AnyActor.workOrder(f.desk, created, OFFICER);
      List<RequestId> linked =
          order.history().stream()
              .map(RecordedEvent::event)
              .filter(Urged.class::isInstance)
              .map(e -> ((Urged) e).duplicate().orElseThrow().id())
              .toList();
      List<RequestId> others =
          submissions.stream().map(s -> s.workOrder().id()).filter(id -> !id.equals(created)).toList();
      assertThat(others).as("every linked submission returns the one order").isEmpty();
      assertThat(linked).hasSize(CLERKS - 1).doesNotHaveDuplicates().doesNotContain(created);
      DeskInvariants.assertHold(f.ledger, List.of(created), CALENDAR);
    }
  }

  @Test
  void submit_duplicateWhoseOpenOrderIsResolvedMeanwhile_becomesAnOrderOfItsOwn() {
    // The desk finds R-1 open and links R-2 to it as an urge; between that look and the urge an officer resolves
    // The ledger decorator makes that interleaving certain instead of rare.
    InterleavingLedger ledger = new InterleavingLedger(new InMemoryRequestLedger());
    EnforcementDesk desk =
        EnforcementDesk.builder()
            .policy(new FixedPolicy())
            .resolvers(DeskFixtures.RESOLVERS)
            .clock(new MutableClock("2026-03-03T10:00+08:00"))
            .ledger(ledger)
            .build();
    RequestId first = RequestId.of("R-1");
    AnyActor.submit(desk, DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), DeskFixtures.PARTY);
    ledger.afterNextReadOf(first, () -> AnyActor.resolve(desk, first, OFFICER, "案款已发放"));

    Submission second =
        AnyActor.submit(desk, DeskFixtures.request("R-2", "FUNDS_PAYOUT", "2026-03-03T09:30+08:00"), DeskFixtures.PARTY);

    assertThat(second.linkedToOpenOrder()).isFalse();
    assertThat(second.workOrder().id()).isEqualTo(RequestId.of("R-2"));
    assertThat(AnyActor.workOrder(desk, first, OFFICER).state()).isEqualTo(WorkOrderState.RESOLVED);
    assertThat(AnyActor.workOrder(desk, first, OFFICER).urgeCount()).isZero();
    DeskInvariants.assertHold(ledger, List.of(first, RequestId.of("R-2")), CALENDAR);
  }

  /** A clerk issuing mixed commands as fast as the desk lets them, each with its own token. */
  private static Callable<List<Attempt>> clerk(int clerk, DeskFixtures f, CountDownLatch start) {
    return () -> {
      SplittableRandom random = new SplittableRandom(7_000L + clerk);
      List<Attempt> attempts = new ArrayList<>(COMMANDS_PER_CLERK);
      start.await();
      for (int i = 0; i < COMMANDS_PER_CLERK; i++) {
        RequestId id = IDS.get(random.nextInt(IDS.size()));
        CommandKind command = MIX.get(random.nextInt(MIX.size()));
        String token = command == CommandKind.RESUME ? null : "t" + clerk + "-" + i;
        Outcome outcome;
        WorkOrder returned = null;
        try {
          returned = issue(f.desk, command, id, token, random);
          outcome = Outcome.DONE;
        } catch (IllegalCommandException e) {
          outcome = Outcome.ILLEGAL; // another clerk moved the order on: expected
        } catch (PermissionDeniedException e) {
          outcome = Outcome.DENIED; // the resolver lost the order to a return meanwhile: expected
        } catch (ConcurrencyConflictException e) {
          outcome = Outcome.LOST_RACE; // lost every retry: the desk gives up and records nothing
        }
        attempts.add(new Attempt(id, command, token, outcome, returned));
      }
      return attempts;
    };
  }

  /** The host's scheduler: moves the clock (the only writer of it) and ticks, so crossings race the clerks. */
  private static Callable<Integer> scheduler(DeskFixtures f, CountDownLatch start) {
    return () -> {
      start.await();
      int lost = 0;
      for (int i = 0; i < TICKS; i++) {
        f.clock.advance(Duration.ofHours(3));
        try {
          f.desk.tick(f.clock.instant());
        } catch (ConcurrencyConflictException e) {
          lost++; // the next tick takes up what this one could not record
        }
      }
      f.desk.tick(f.clock.instant());
      return lost;
    };
  }

  private static WorkOrder issue(
      EnforcementDesk desk, CommandKind command, RequestId id, String token, SplittableRandom random) {
    return switch (command) {
      case URGE -> AnyActor.urge(desk, id, OWNERS.get(id), token);
      case NOTE_PROGRESS -> AnyActor.noteProgress(desk, id, OFFICER, token, random.nextBoolean());
      case PAUSE -> desk.pause(id, OFFICER, PauseReason.other(token));
      case RESUME -> desk.resume(id, OFFICER);
      case ESCALATE -> desk.escalate(id, DIRECTOR, token);
      case ASSIGN -> desk.assign(id, DIRECTOR, Tier.values()[random.nextInt(3)], token);
      case FLAG_RISK -> desk.flagRisk(id, OFFICER, RiskKind.values()[random.nextInt(4)], token);
      case CHANGE_URGENCY -> desk.changeUrgency(id, LEADER, Urgency.PRIORITY, DeskDriver.PRIORITY_TARGETS, token);
      case DELEGATE -> desk.delegation().delegate(id, OFFICER, DeskDriver.TO_MEDIATOR, token);
      case RETURN_DELEGATION -> AnyActor.returnDelegation(desk, id, DeskDriver.MEDIATOR, token);
      case RESOLVE -> AnyActor.resolve(desk, id, OFFICER, token);
      case EVALUATE -> AnyActor.evaluate(desk, id, OWNERS.get(id), Evaluation.of(DeskDriver.DISSATISFIED.ratings(), token));
      case REOPEN -> desk.feedback().reopen(id, LEADER, token);
      default -> throw new IllegalArgumentException("not in the mix: " + command);
    };
  }

  private static void assertEverySuccessRecordedOnceAndNothingElse(
      List<Attempt> attempts, Map<RequestId, WorkOrder> orders) {
    Map<String, List<String>> recorded = new HashMap<>(); // token -> where it was recorded, as "id kind"
    Map<RequestId, Long> resumes = new HashMap<>();
    for (WorkOrder order : orders.values()) {
      for (RecordedEvent r : order.history()) {
        String where = order.id() + " " + r.event().kind();
        tokenOf(r.event()).ifPresent(t -> recorded.computeIfAbsent(t, any -> new ArrayList<>()).add(where));
        if (r.event() instanceof Resumed) {
          resumes.merge(order.id(), 1L, Long::sum);
        }
      }
    }
    Map<String, String> expected = new HashMap<>();
    Map<RequestId, Long> resumesDone = new HashMap<>();
    for (Attempt a : attempts) {
      if (a.outcome() != Outcome.DONE) {
        if (a.token() != null) {
          assertThat(recorded).as("a failed command left no trace").doesNotContainKey(a.token());
        }
      } else if (a.token() == null) {
        resumesDone.merge(a.id(), 1L, Long::sum);
      } else {
        expected.put(a.token(), a.id() + " " + eventKindOf(a.command()));
      }
    }
    // Each success once, on its own order, as the event of its own command; nothing that was not a success.
    assertThat(recorded.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    recorded.forEach((token, where) -> assertThat(where).as(token).containsExactly(expected.get(token)));
    assertThat(resumes).isEqualTo(resumesDone);
  }

  /** The token a person's command wrote into the event, if any; the rules' and the clock's events carry none. */
  private static Optional<String> tokenOf(WorkOrderEvent event) {
    if (event.actor().equals(Actor.SYSTEM)) {
      return Optional.empty();
    }
    String text = null;
    if (event instanceof Urged e) {
      text = e.text();
    } else if (event instanceof ProgressNoted e) {
      text = e.note();
    } else if (event instanceof Paused e) {
      text = e.reason().note();
    } else if (event instanceof Escalated e) {
      text = e.reason();
    } else if (event instanceof Assigned e) {
      text = e.handlerId().orElse(null);
    } else if (event instanceof RiskFlagged e) {
      text = e.flag().reason();
    } else if (event instanceof UrgencyChanged e) {
      text = e.reason();
    } else if (event instanceof Delegated e) {
      text = e.note();
    } else if (event instanceof DelegationReturned e) {
      text = e.reason();
    } else if (event instanceof Resolved e) {
      text = e.result();
    } else if (event instanceof Evaluated e) {
      text = e.evaluation().comment();
    } else if (event instanceof Reopened e) {
      text = e.reason();
    }
    return Optional.ofNullable(text).filter(t -> TOKEN.matcher(t).matches());
  }

  private static String eventKindOf(CommandKind command) {
    return switch (command) {
      case URGE -> "Urged";
      case NOTE_PROGRESS -> "ProgressNoted";
      case PAUSE -> "Paused";
      case ESCALATE -> "Escalated";
      case ASSIGN -> "Assigned";
      case FLAG_RISK -> "RiskFlagged";
      case CHANGE_URGENCY -> "UrgencyChanged";
      case DELEGATE -> "Delegated";
      case RETURN_DELEGATION -> "DelegationReturned";
      case RESOLVE -> "Resolved";
      case EVALUATE -> "Evaluated";
      case REOPEN -> "Reopened";
      default -> throw new IllegalArgumentException("no token: " + command);
    };
  }

  /** What each clerk was told is what the ledger holds: the returned order is its stream up to its version. */
  private static void assertEveryReturnedOrderIsAPrefixOfItsStream(
      List<Attempt> attempts, Map<RequestId, WorkOrder> orders) {
    for (Attempt a : attempts) {
      if (a.outcome() == Outcome.DONE) {
        List<RecordedEvent> stream = orders.get(a.id()).history();
        assertThat(a.returned().version()).isLessThanOrEqualTo(stream.size());
        WorkOrder replayed = WorkOrder.fold(stream.subList(0, (int) a.returned().version()));
        DeskInvariants.assertSameOrder(replayed, a.returned(), a.command() + " " + a.token());
      }
    }
  }

  /**
   * A tick racing commands and other ticks records each crossing once per promise: a resolution crossing again only
   * after a change of urgency or a reopening renewed the promise, a callback crossing only after a reopening.
   */
  private static void assertNoClockCrossingRecordedTwice(Map<RequestId, WorkOrder> orders) {
    for (WorkOrder order : orders.values()) {
      Set<String> crossed = new HashSet<>();
      for (RecordedEvent r : order.history()) {
        WorkOrderEvent event = r.event();
        if (event instanceof SlaWarned e) {
          assertThat(crossed.add("warned " + e.target())).as("%s v%s", order.id(), r.version()).isTrue();
        } else if (event instanceof SlaBreached e) {
          assertThat(crossed.add("breached " + e.target())).as("%s v%s", order.id(), r.version()).isTrue();
        } else if (event instanceof UrgencyChanged) {
          renew(crossed, EnumSet.of(SlaTarget.RESOLUTION));
        } else if (event instanceof Reopened) {
          renew(crossed, EnumSet.of(SlaTarget.RESOLUTION, SlaTarget.CALLBACK));
        }
      }
    }
  }

  private static void renew(Set<String> crossed, Set<SlaTarget> targets) {
    targets.forEach(t -> {
      crossed.remove("warned " + t);
      crossed.remove("breached " + t);
    });
  }

  private static List<CommandKind> mix() {
    List<CommandKind> mix = new ArrayList<>();
    for (CommandKind command :
        List.of(
            CommandKind.URGE, CommandKind.NOTE_PROGRESS, CommandKind.PAUSE, CommandKind.RESUME, CommandKind.ESCALATE,
            CommandKind.ASSIGN, CommandKind.FLAG_RISK, CommandKind.CHANGE_URGENCY, CommandKind.DELEGATE,
            CommandKind.RETURN_DELEGATION)) {
      for (int i = 0; i < 5; i++) {
        mix.add(command);
      }
    }
    mix.add(CommandKind.RESOLVE);
    mix.addAll(List.of(CommandKind.EVALUATE, CommandKind.EVALUATE, CommandKind.REOPEN, CommandKind.REOPEN));
    return List.copyOf(mix);
  }
}
