package org.enforcementdesk.store;

/** The in-memory ledger passes the personal-data contract. */
class InMemoryPersonalDataTest extends PersonalDataContract {

  @Override
  protected RequestLedger newLedger() {
    return new InMemoryRequestLedger();
  }
}
