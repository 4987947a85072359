package org.enforcementdesk.examples.simulate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.EnforcementCaseType;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;

/**
 * The enforcement cases a court has in a year: filed that year or in the two before, with their causes, amounts,
 * villages and parties. Requests are drawn from it by each case's activity, so a few cases come back again and
 * again. Its size is the host's count of enforcement cases, the denominator of the case-visit ratio (案访比).
 */
final class Caseload {

  private static final List<String> LIVELIHOOD_MARKS = List.of("劳动报酬", "人身损害", "交通事故", "抚养费", "赡养费", "扶养费");

  private final List<EnforcementCase> cases;
  private final int[] cumulativeActivity;

  private Caseload(List<EnforcementCase> cases) {
    this.cases = List.copyOf(cases);
    this.cumulativeActivity = new int[cases.size()];
    int sum = 0;
    for (int i = 0; i < cases.size(); i++) {
      sum += cases.get(i).activity();
      cumulativeActivity[i] = sum;
    }
  }

  /**
   * The court's cases in {@code year}: {@code size} of them, numbered within the court from serials that do not
   * collide with another year's (each year has its own block).
   */
  static Caseload of(Court court, int year, int size, SplittableRandom random, Parties parties) {
    List<EnforcementCase> cases = new ArrayList<>(size);
    int[] serials = {0, 0, 0};
    for (int i = 0; i < size; i++) {
      double filed = random.nextDouble();
      int age = filed < 0.55 ? 0 : filed < 0.85 ? 1 : 2;
      serials[age] += 1 + random.nextInt(3);
      // Each simulated year numbers its cases in its own block of serials, so two years never share a case.
      int serial = (year % 4) * 200_000 + serials[age];
      EnforcementCaseType type = caseType(random);
      CaseNumber number = CaseNumber.of(year - age, court.code(), type, serial);
      String cause = BehaviourModel.CAUSES.draw(random);
      boolean livelihood = LIVELIHOOD_MARKS.stream().anyMatch(cause::contains);
      BigDecimal amount = amount(random, livelihood);
      String village =
          random.nextDouble() < BehaviourModel.CASE_IN_LISTED_VILLAGE
              ? court.villages().get(random.nextInt(court.villages().size()))
              : null;
      Party applicant = parties.next(PartyRole.APPLICANT, random, false);
      Party respondent = parties.next(PartyRole.RESPONDENT, random, random.nextDouble() < 0.25);
      cases.add(
          new EnforcementCase(
              number, cause, amount, village, applicant, respondent, BehaviourModel.CASE_ACTIVITY.draw(random)));
    }
    return new Caseload(cases);
  }

  private static EnforcementCaseType caseType(SplittableRandom random) {
    double x = random.nextDouble();
    return EnforcementCaseType.fromCode(x < 0.88 ? "执" : x < 0.96 ? "执恢" : "执保");
  }

  /** Livelihood cases are mostly small; other amounts spread from a few thousand yuan to a few million. */
  static BigDecimal amount(SplittableRandom random, boolean livelihood) {
    long yuan =
        livelihood && random.nextDouble() < BehaviourModel.LIVELIHOOD_SMALL_AMOUNT
            ? random.nextLong(2_000, 50_001)
            : Math.round(Math.exp(random.nextDouble(Math.log(5_000), Math.log(5_000_000))));
    return BigDecimal.valueOf(yuan * 100 + random.nextInt(100), 2);
  }

  /** The case a request is about, drawn by activity. */
  EnforcementCase draw(SplittableRandom random) {
    int x = random.nextInt(cumulativeActivity[cumulativeActivity.length - 1]);
    int low = 0;
    int high = cumulativeActivity.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulativeActivity[mid] > x) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return cases.get(low);
  }

  /** How many cases: the host's enforcement-case count for the year. */
  int size() {
    return cases.size();
  }
}
