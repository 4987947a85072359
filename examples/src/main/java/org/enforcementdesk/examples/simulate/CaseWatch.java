package org.enforcementdesk.examples.simulate;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.order.ContactKind;
import org.enforcementdesk.order.RiskCase;
import org.enforcementdesk.order.UpkeepKind;

/**
 * What happens on a case as a whole: visits and calls that are not requests, petitions registered in the host's
 * system, and the risk cases the rules open, which the centre director keeps up and, often, closes (化解).
 */
final class CaseWatch {

  private final Courtroom room;
  private int petitions;
  /** Risk cases already taken in hand, by case and opening instant. Only asked, never iterated. */
  private final Set<String> tracked = new HashSet<>();

  CaseWatch(Courtroom room) {
    this.room = room;
  }

  /** Plans the visits and petitions a new request's case will see. */
  void plan(Request request) {
    if (request.caseNumber().isEmpty()) {
      return;
    }
    CaseNumber number = request.caseNumber().get();
    String partyId = request.requester().id();
    if (room.chance(BehaviourModel.CONTACT_NOT_A_REQUEST)) {
      ContactKind kind = room.chance(0.5) ? ContactKind.VISIT : ContactKind.CALL;
      Instant at = room.time.someWorkingDaysAfter(room.now(), 1, 30, room.random);
      room.agenda.at(at, () -> {
        room.desk.cases().recordContact(number, room.anyOfficer(), kind, partyId, "询问案件情况");
        check(number);
      });
    }
    if (room.chance(BehaviourModel.PETITION_REPORTED)) {
      String reference = "XF-" + room.court.digits() + "-" + (++petitions);
      Instant at = room.time.someWorkingDaysAfter(room.now(), 2, 20, room.random);
      room.agenda.at(at, () -> {
        room.desk.cases().reportPetition(number, room.anyOfficer(), reference, "当事人到信访部门反映执行问题");
        check(number);
        Instant concluded = room.time.someWorkingDaysAfter(room.now(), 20, 45, room.random);
        room.agenda.at(concluded, () ->
            room.unlessOvertaken(() -> room.desk.cases().concludePetition(number, room.anyOfficer(), reference, "已答复办结")));
      });
    }
  }

  /** After anything the rules review on a case (a request, an urge, an evaluation, a threat): a risk case to take up? */
  void afterActivity(Request request) {
    request.caseNumber().ifPresent(this::check);
  }

  private void check(CaseNumber number) {
    Actor director = room.court.director();
    RiskCase risk = room.desk.cases().caseFile(number, director).openRiskCase().orElse(null);
    if (risk == null || !tracked.add(number + "@" + risk.openedAt())) {
      return;
    }
    Instant upkeep = room.time.someWorkingDaysAfter(room.now(), 0.5, 3, room.random);
    room.agenda.at(upkeep, () -> room.unlessOvertaken(() ->
        room.desk.cases().recordRiskUpkeep(number, director, UpkeepKind.CALLBACK, "主任回访当事人，了解诉求")));
    if (room.chance(BehaviourModel.RISK_CASE_CLOSED)) {
      Instant closeAt =
          room.time.someWorkingDaysAfter(
              room.now(), BehaviourModel.RISK_CASE_WORKING_DAYS_MIN, BehaviourModel.RISK_CASE_WORKING_DAYS_MAX, room.random);
      room.agenda.at(closeAt, () -> room.unlessOvertaken(() ->
          room.desk.cases().closeRiskCase(number, director, "诉求已化解，风险解除")));
    }
  }
}
