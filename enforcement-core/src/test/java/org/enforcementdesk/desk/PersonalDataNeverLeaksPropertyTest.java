package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Rating;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationTemplates;
import org.enforcementdesk.order.DeskException;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.RecordedEvent;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.view.ResolverView;
import org.junit.jupiter.api.Test;

/**
 * A month of a desk whose every text carries personal data in the forms people type it (mobiles bare, hyphenated,
 * spaced and with +86; landlines; 18- and 15-character identity numbers; a party whose id is their phone number):
 * no rendered notification, no {@code toString} of an event, order or notification, no party's or resolver's view
 * and no refusal's message holds one whole. The one exception is by design: the party's phone in the view of the
 * resolver who must call them.
 */
class PersonalDataNeverLeaksPropertyTest {

  /** The numbers, as typed. Each one's digits must never appear whole anywhere checked. */
  private static final List<String> TYPED = List.of(
      "13911112222", "139-1111-3333", "139 1111 4444", "+86 139 1111 5555", "+8613911116666",
      "0591-87654321", "（0591）8765 4322", "350322199001011234", "35032219900101123X", "350322900101123");

  private static final String[] TEMPLATES = {
    "已电话联系当事人%s，告知办理进度", "被执行人电话：%s，称下周付款", "请联系%s核实", "身份证号%s，已核对", "%s"
  };

  private static final CaseNumber CASE = CaseNumber.parse("（2025）闽0322执1234号");
  private static final NotificationTemplates RENDER = NotificationTemplates.defaults();

  @Test
  void aMonthOfTextsWithPersonalData_leavesNoneWholeOutsideTheStaffsRecord() {
    qt().withExamples(12).forAll(longs().all()).checkAssert(seed -> new Month(seed).run().check());
  }

  /** One month of one desk, driven by one seed. */
  private static final class Month {
    final SplittableRandom random;
    final DeskFixtures f = new DeskFixtures("2026-03-02T09:00+08:00", AcceptanceMode.BY_OFFICER);
    final List<String> exposed = new ArrayList<>();
    final List<RequestId> ids = new ArrayList<>();
    final List<Actor> parties = List.of(Actor.party("13912345678"), Actor.party("P-2"), Actor.party("350322199001011234"));

    Month(long seed) {
      this.random = new SplittableRandom(seed);
    }

    Month run() {
      for (int day = 0; day < 30; day++) {
        for (int i = 0; i < 3; i++) {
          step();
        }
        f.clock.advance(Duration.ofHours(8));
        f.desk.tick();
        f.clock.advance(Duration.ofHours(16));
      }
      return this;
    }

    private String typed() {
      String number = TYPED.get(random.nextInt(TYPED.size()));
      return String.format(Locale.ROOT, TEMPLATES[random.nextInt(TEMPLATES.length)], number);
    }

    private void step() {
      int what = ids.isEmpty() ? 0 : random.nextInt(10);
      RequestId id = ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
      Actor party = parties.get(random.nextInt(parties.size()));
      switch (what) {
        case 0 -> attempt(() -> submit(party));
        case 1 -> attempt(() -> f.desk.accept(id, OFFICER));
        case 2 -> attempt(() -> f.desk.noteProgress(id, OFFICER, typed(), random.nextBoolean(),
            random.nextBoolean() ? NoteAudience.PARTY : NoteAudience.INTERNAL));
        case 3 -> attempt(() -> f.desk.forParty(party.id()).urge(id, typed()));
        case 4 -> attempt(() -> f.desk.flagRisk(id, OFFICER, RiskKind.PETITION_THREATENED, typed()));
        case 5 -> attempt(() -> f.desk.delegation().delegate(id, OFFICER, DeskDriver.TO_MEDIATOR, typed()));
        case 6 -> attempt(() -> f.desk.forResolver(DeskDriver.MEDIATOR).noteProgress(id, typed(), false));
        case 7 -> attempt(() -> f.desk.resolve(id, OFFICER, typed()));
        case 8 -> attempt(() -> f.desk.forParty(party.id()).evaluate(id, Evaluation.all(Rating.SATISFIED, typed())));
        default -> attempt(() -> f.desk.reject(id, OFFICER, typed()));
      }
    }

    private Object submit(Actor party) {
      RequestId id = RequestId.of("R-" + (ids.size() + 1));
      Request request = Request.builder()
          .id(id)
          .caseNumber(CASE)
          .channel(Channel.APP)
          .type(TaxonomyFile.defaults().type(random.nextBoolean() ? "FUNDS_PAYOUT" : "CHASE_PROGRESS"))
          .receivedAt(OffsetDateTime.ofInstant(f.clock.instant(), ZoneOffset.ofHours(8)))
          .requester(Party.of(party.id(), PartyRole.APPLICANT, "李四").withPhone("13700009999").withIdNumber("350322198801011111"))
          .text(typed())
          .build();
      ids.add(id);
      return f.desk.forParty(party.id()).submit(request);
    }

    /** Runs a command; a refusal's message is something a host shows or logs, so it is checked too. */
    private void attempt(Supplier<?> command) {
      try {
        command.get();
      } catch (DeskException | IllegalArgumentException refused) {
        exposed.add(refused.getMessage());
      }
    }

    void check() {
      for (Notification n : f.ledger.pending(100_000)) {
        exposed.add(RENDER.render(n));
        exposed.add(n.toString());
        exposed.addAll(n.values().values());
      }
      for (RequestId id : f.ledger.workOrderIds()) {
        for (RecordedEvent recorded : f.ledger.read(id)) {
          exposed.add(recorded.toString());
        }
      }
      for (RequestId id : f.ledger.workOrderIds()) {
        WorkOrder order = f.desk.workOrder(id, OFFICER);
        exposed.add(order.toString());
        Actor requester = Actor.party(order.request().requester().id());
        exposed.addAll(AudienceViewsTest.textsOf(f.desk.forParty(requester.id()).request(id)));
      }
      for (ResolverView view : f.desk.forResolver(DeskDriver.MEDIATOR).delegations()) {
        ResolverView withoutTheContact = new ResolverView(view.id(), view.caseNumber(), view.type(), view.receivedAt(),
            view.text(), view.partyName(), view.partyRole(), Optional.empty(), view.village(),
            view.causeOfAction(), view.amountAtStake(), view.instructions(), view.delegatedAt(), view.due(),
            view.overdue(), view.pending());
        exposed.addAll(AudienceViewsTest.textsOf(withoutTheContact));
        exposed.add(view.toString());
      }
      for (String text : exposed) {
        String digits = text.replaceAll("[\\s+()（）-]", "");
        for (String number : numbers()) {
          assertThat(digits).as("a whole number in: %s", text).doesNotContain(number);
        }
      }
    }

    private List<String> numbers() {
      List<String> numbers = new ArrayList<>();
      for (String typed : TYPED) {
        String digits = typed.replaceAll("[\\s+()（）-]", "");
        numbers.add(digits.startsWith("86") ? digits.substring(2) : digits);
      }
      numbers.add("13912345678");
      numbers.add("350322199001011234");
      numbers.add("13700009999");
      numbers.add("350322198801011111");
      return numbers;
    }
  }
}
