package org.enforcementdesk.desk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.List;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.RecordedCaseEvent;
import org.enforcementdesk.store.RequestLedger;

/**
 * {@link LedgerState} widened to what the party's-voice and wider-network commands can also write: every case
 * stream, the open-risk index, and the work-queue and reporting labels. Equal snapshots around a refused command
 * prove it wrote nothing anywhere, not just on the order it named.
 */
record WideLedgerState(
    LedgerState orders,
    ImmutableMap<String, ImmutableList<RecordedCaseEvent>> caseStreams,
    ImmutableMap<String, ImmutableList<RequestId>> labelled,
    ImmutableList<String> riskOpen) {

  /** The ledger as it stands, reading the order streams of {@code ids} and the labels the tests use. */
  static WideLedgerState of(RequestLedger ledger, Collection<RequestId> ids, Collection<String> resolverIds) {
    ImmutableMap.Builder<String, ImmutableList<RecordedCaseEvent>> cases = ImmutableMap.builder();
    ledger.caseNumbers().forEach(c -> cases.put(c.toString(), ImmutableList.copyOf(ledger.readCase(c))));
    ImmutableMap.Builder<String, ImmutableList<RequestId>> labels = ImmutableMap.builder();
    List<String> names = new java.util.ArrayList<>(List.of(Labels.DELEGATED, Labels.RECTIFICATION));
    for (Tier tier : Tier.values()) {
      names.add(Labels.tier(tier));
    }
    resolverIds.forEach(id -> names.add(Labels.resolver(id)));
    for (String name : names) {
      labels.put(name, ImmutableList.copyOf(ledger.workOrdersLabelled(name)));
    }
    return new WideLedgerState(
        LedgerState.of(ledger, ids),
        cases.buildOrThrow(),
        labels.buildOrThrow(),
        ledger.casesLabelled(Labels.RISK_OPEN).stream().map(Object::toString).collect(ImmutableList.toImmutableList()));
  }
}
