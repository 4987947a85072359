package org.enforcementdesk.store;

/** The in-memory ledger against the rest of the ledger contract. */
class InMemoryRequestLedgerMoreTest extends RequestLedgerContractMore {

  @Override
  protected RequestLedger newLedger() {
    return new InMemoryRequestLedger();
  }
}
