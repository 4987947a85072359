package org.enforcementdesk.metrics;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.CallbackOutcome;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.sla.SlaTarget;

/**
 * Random but well-formed histories for the indicator properties: work orders received from January to June 2026
 * that go through a random life (contacts, pauses, urges, escalation, delegation, resolution, evaluation,
 * rectification, reopening, withdrawal), and case streams with contacts, petitions and risk cases. The same seed
 * gives the same history.
 */
final class RandomHistories {

  private static final LocalDateTime ORIGIN = LocalDateTime.of(2026, 1, 1, 0, 0);
  private static final List<Channel> CHANNELS = List.of(Channel.WINDOW, Channel.HOTLINE, Channel.APP, Channel.MINI_PROGRAM);
  private static final List<String> TYPES = List.of("FUNDS_PAYOUT", "SEIZURE_RENEWAL", "PROGRESS_QUERY", "PETITION");
  private static final List<String> CASES = List.of(History.CASE_1, History.CASE_2, "（2025）闽0322执3号");

  private RandomHistories() {}

  static History of(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    History h = new History();
    int orders = random.nextInt(0, 40);
    for (int i = 0; i < orders; i++) {
      order(h, "R-" + i, random);
    }
    for (String caseNumber : CASES) {
      caseStream(h.onCase(caseNumber), random);
    }
    return h;
  }

  private static void order(History h, String id, SplittableRandom random) {
    Clock clock = new Clock(random, random.nextInt(0, 180 * 24 * 60));
    History.Order order =
        h.order(id, clock.now())
            .channel(CHANNELS.get(random.nextInt(CHANNELS.size())))
            .type(TYPES.get(random.nextInt(TYPES.size())));
    if (random.nextInt(4) == 0) {
      order.cause(random.nextBoolean() ? "民间借贷" : "买卖合同纠纷");
    }
    if (random.nextInt(6) == 0) {
      order.notYetFiled();
    } else {
      order.onCase(CASES.get(random.nextInt(CASES.size())));
    }
    if (random.nextInt(10) == 0) {
      order.rejected(clock.later(60));
      return;
    }
    boolean urgent = random.nextInt(5) == 0;
    if (urgent) {
      order.accepted(Urgency.URGENT, History.URGENT);
    } else {
      order.accepted();
    }
    if (random.nextBoolean()) {
      order.assigned(clock.later(30), Tier.OFFICER, "o-" + random.nextInt(1, 4));
    }
    Tier tier = Tier.OFFICER;
    int rounds = 0;
    int nextItem = 1;
    while (true) {
      if (random.nextBoolean()) {
        order.contact(clock.later(600));
      }
      if (random.nextInt(4) == 0) {
        order.urged(clock.later(600));
      }
      if (random.nextInt(6) == 0) {
        order.duplicate(clock.later(600));
      }
      if (random.nextInt(4) == 0) {
        order.breached(clock.later(600), SlaTarget.RESOLUTION, clock.now());
        if (tier != Tier.BUREAU_LEADER) {
          Tier to = tier.next().orElseThrow();
          order.escalated(clock.later(1), tier, to);
          tier = to;
        }
      }
      int path = random.nextInt(10);
      if (path == 0) {
        order.withdrawn(clock.later(3000));
        return;
      }
      if (path <= 2) {
        boolean team = random.nextBoolean();
        order.delegated(clock.later(600), team ? History.TEAM : History.VILLAGE, clock.peek(20_000), random.nextBoolean());
        if (random.nextBoolean()) {
          order.delegationOverdue(clock.later(20_000), team ? History.TEAM : History.VILLAGE, clock.now());
        }
        if (random.nextBoolean()) {
          order.resolved(clock.later(20_000), ResolutionKind.VOLUNTARY_PERFORMANCE);
        } else {
          order.returned(clock.later(20_000));
          if (random.nextInt(5) == 0) {
            order.withdrawn(clock.later(600));
            return;
          }
          order.resolved(clock.later(20_000));
        }
      } else {
        if (random.nextInt(3) == 0) {
          order.paused(clock.later(3000));
          order.resumed(clock.later(10_000));
        }
        order.resolved(clock.later(urgent ? 300 : 15_000));
      }
      boolean calledBack = random.nextBoolean();
      if (calledBack) {
        order.callback(clock.later(3000), CallbackOutcome.values()[random.nextInt(3)]);
      }
      boolean dissatisfied = false;
      boolean evaluated = random.nextInt(3) > 0;
      if (evaluated) {
        Evaluation evaluation = evaluation(random);
        order.evaluated(clock.later(3000), evaluation);
        for (EvaluationAspect aspect : evaluation.dissatisfiedAspects()) {
          dissatisfied = true;
          int item = nextItem++;
          order.rectificationOpened(clock.later(5), item, aspect, Tier.CENTER_DIRECTOR, clock.peek(10_000));
          if (random.nextBoolean()) {
            order.rectificationMeasure(clock.later(8_000), item);
            order.rectificationClosed(clock.later(5_000), item);
          }
        }
      }
      if (dissatisfied && rounds < 2 && random.nextBoolean()) {
        order.reopened(clock.later(600));
        rounds++;
        continue;
      }
      // As the desk's state machine has it: the loop closes only after a callback or an evaluation.
      if (random.nextBoolean() && (calledBack || evaluated)) {
        order.closed(clock.later(600));
      }
      return;
    }
  }

  private static Evaluation evaluation(SplittableRandom random) {
    if (random.nextInt(6) == 0) {
      return Evaluation.declinedBy("");
    }
    Map<EvaluationAspect, Rating> ratings = new EnumMap<>(EvaluationAspect.class);
    for (EvaluationAspect aspect : EvaluationAspect.values()) {
      int r = random.nextInt(12);
      ratings.put(aspect, r == 0 ? Rating.DISSATISFIED : r < 4 ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED);
    }
    return Evaluation.of(ratings, "");
  }

  private static void caseStream(History.Case stream, SplittableRandom random) {
    Clock clock = new Clock(random, random.nextInt(0, 10 * 24 * 60));
    int events = random.nextInt(0, 25);
    boolean open = false;
    for (int i = 0; i < events; i++) {
      int what = random.nextInt(5);
      String at = clock.later(8 * 24 * 60);
      if (what == 0) {
        stream.contact(at, random.nextBoolean() ? ContactKind.VISIT : ContactKind.CALL);
      } else if (what == 1) {
        stream.petition(at, "XF-" + i);
      } else if (what == 2 || !open) {
        stream.risk(at, RiskKind.values()[random.nextInt(4)]);
        open = true;
      } else {
        stream.riskClosed(at);
        open = false;
      }
    }
  }

  /** Moves forward through time by random steps; times as Beijing minute text. */
  private static final class Clock {
    private final SplittableRandom random;
    private LocalDateTime now;

    Clock(SplittableRandom random, int startMinute) {
      this.random = random;
      this.now = ORIGIN.plusMinutes(startMinute);
    }

    String now() {
      return now.toString();
    }

    /** Steps forward up to {@code maxMinutes} (at least one) and returns the new time. */
    String later(int maxMinutes) {
      now = now.plusMinutes(random.nextInt(1, maxMinutes + 1));
      return now.toString();
    }

    /** A time up to {@code maxMinutes} ahead, without moving. */
    String peek(int maxMinutes) {
      return now.plusMinutes(random.nextInt(1, maxMinutes + 1)).toString();
    }
  }
}
