package org.enforcementdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.desk.DeskFixtures.OFFICER;

import org.enforcementdesk.order.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A time of receipt no court could have is refused at submission, naming the field, and records nothing. */
class ImplausibleReceiptTest {

  private final DeskFixtures f = new DeskFixtures("2026-03-02T09:00+08:00", AcceptanceMode.BY_OFFICER);

  @Test
  void before2000_isRefused() {
    assertThatThrownBy(() -> f.desk.submit(DeskFixtures.request("R-1", "FUNDS_PAYOUT", "1999-12-31T09:00+08:00"), OFFICER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("receivedAt 1999-12-31T09:00+08:00 is before 2000")
        .hasMessageContaining("nothing was recorded");
    assertThat(f.ledger.size()).isZero();
  }

  @Test
  void moreThanADayAheadOfTheDesksClock_isRefused_aDayAheadIsNot() {
    assertThatThrownBy(() -> f.desk.submit(DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2026-03-03T09:01+08:00"), OFFICER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("receivedAt 2026-03-03T09:01+08:00 is more than a day after the desk's clock (2026-03-02T01:00:00Z)");
    assertThat(f.ledger.size()).isZero();

    f.desk.submit(DeskFixtures.request("R-2", "FUNDS_PAYOUT", "2026-03-03T09:00+08:00"), OFFICER);
    assertThat(f.ledger.size()).isEqualTo(1);
  }

  @Test
  void aPartysOwnDesk_refusesItToo() {
    assertThatThrownBy(() -> f.desk.forParty(DeskFixtures.PARTY.id())
        .submit(DeskFixtures.request("R-1", "FUNDS_PAYOUT", "2036-03-02T09:00+08:00")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("more than a day after");
  }
}
