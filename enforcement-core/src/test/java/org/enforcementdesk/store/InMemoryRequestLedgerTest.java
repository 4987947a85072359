package org.enforcementdesk.store;

/** The in-memory ledger against the ledger contract. */
class InMemoryRequestLedgerTest extends RequestLedgerContract {

  @Override
  protected RequestLedger newLedger() {
    return new InMemoryRequestLedger();
  }
}
