package org.enforcementdesk.examples.simulate;

import java.util.SplittableRandom;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;

/**
 * Makes the parties of a court's year: ids unique within the court and year, masked-looking names (林某某), made-up mobile numbers
 * that the library masks wherever it shows them. Nobody real is named.
 */
final class Parties {

  private final String prefix;
  private int issued;

  Parties(Court court, int year) {
    this.prefix = "P-" + court.digits() + "-" + year + "-";
  }

  /** A new party. */
  Party next(PartyRole role, SplittableRandom random, boolean company) {
    issued++;
    String surname = BehaviourModel.SURNAMES.get(random.nextInt(BehaviourModel.SURNAMES.size()));
    String name = company ? "福建" + surname + "某贸易有限公司" : surname + "某某";
    String phone = "13" + random.nextInt(5, 10) + String.valueOf(random.nextLong(10_000_000L, 100_000_000L));
    return Party.of(prefix + issued, role, name).withPhone(phone);
  }
}
