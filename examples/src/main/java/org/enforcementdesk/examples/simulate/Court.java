package org.enforcementdesk.examples.simulate;

import java.util.ArrayList;
import java.util.List;
import org.enforcementdesk.desk.ResolverDirectory;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CourtCode;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.policy.DelegationKind;

/**
 * One simulated basic court: its code (闽0322 for the seed court), its staff, and the resolvers it works with (its
 * pre-enforcement team and the mediation director of every village in the county). Ids carry the court's digits, so
 * a province's figures broken down by handler or resolver keep the courts apart.
 *
 * @param code the court code, e.g. 闽0322
 * @param villages the villages of the county, each with a mediation director listed
 * @param resolvers the court's resolver directory
 */
record Court(CourtCode code, List<String> villages, ResolverDirectory resolvers) {

  /** The seed court's code: Xianyou County People's Court, Putian, Fujian. */
  static final String SEED_COURT_DIGITS = "0322";

  /**
   * The {@code index}-th court of a province: the seed court first, then the other basic courts of Fujian by code.
   *
   * @throws IllegalArgumentException if the province has no more courts to number (a few hundred)
   */
  static Court numbered(int index) {
    String digits = index == 0 ? SEED_COURT_DIGITS : otherDigits(index);
    List<String> villages = new ArrayList<>();
    for (String town : BehaviourModel.TOWNS) {
      for (String village : BehaviourModel.VILLAGES) {
        villages.add(town + village);
      }
    }
    ResolverDirectory.Builder directory =
        ResolverDirectory.builder().add(new DelegationTarget(DelegationKind.PRE_ENFORCEMENT_TEAM, teamId(digits), "执前化解团队"));
    for (int i = 0; i < villages.size(); i++) {
      directory.addVillageMediator(
          villages.get(i),
          new DelegationTarget(
              DelegationKind.VILLAGE_MEDIATOR, digits + "-vm-" + (i + 1), villages.get(i) + "调解主任"));
    }
    return new Court(CourtCode.of("闽", digits), List.copyOf(villages), directory.build());
  }

  private static String otherDigits(int index) {
    // Cities 01-09, counties 02-40 within each: enough codes for a province of a million requests and more.
    int n = index - 1;
    int city = 1 + n / 39;
    int county = 2 + n % 39;
    String digits = String.format(java.util.Locale.ROOT, "%02d%02d", city, county);
    if (city > 9) {
      throw new IllegalArgumentException("a province has at most " + (9 * 39 + 1) + " basic courts here");
    }
    // Skip the seed court's own code: it is court 0.
    return digits.equals(SEED_COURT_DIGITS) ? String.format(java.util.Locale.ROOT, "%02d%02d", city, 41) : digits;
  }

  private static String teamId(String digits) {
    return digits + "-pre-team";
  }

  /** The digits of the court code, e.g. 0322. */
  String digits() {
    return code.digits();
  }

  /** The officer with this number (1-based). */
  Actor officer(int number) {
    return Actor.officer(digits() + "-o-" + number);
  }

  /** The centre director (中心主任). */
  Actor director() {
    return Actor.director(digits() + "-director");
  }

  /** The bureau leader (局领导). */
  Actor bureauLeader() {
    return Actor.bureauLeader(digits() + "-leader");
  }

  /** The account of the pre-enforcement team (执前化解团队), as the resolver acting. */
  Actor actingAs(DelegationTarget target) {
    ActorRole role =
        target.kind() == DelegationKind.PRE_ENFORCEMENT_TEAM ? ActorRole.PRE_ENFORCEMENT_TEAM : ActorRole.EXTERNAL_RESOLVER;
    return Actor.resolver(role, target.resolverId());
  }
}
