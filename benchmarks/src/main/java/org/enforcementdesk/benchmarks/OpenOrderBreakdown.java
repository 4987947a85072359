package org.enforcementdesk.benchmarks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.notify.NotificationDispatcher;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.util.Multiset;

/**
 * What an open work order keeps, class by class: opens orders in a fresh desk, delivers their notifications, and
 * prints the ledger's object graph (JOL) grouped by class, largest first. Where {@link OpenOrderFootprintBenchmark}
 * says how much, this says what.
 *
 * <pre>
 * java -Djol.magicFieldOffset=true -cp benchmarks/target/benchmarks.jar \
 *     org.enforcementdesk.benchmarks.OpenOrderBreakdown 10000
 * </pre>
 *
 * <p>{@code -Djol.magicFieldOffset=true} lets JOL read the fields of records on JDK 17.
 */
public final class OpenOrderBreakdown {

  private OpenOrderBreakdown() {}

  /**
   * Prints the breakdown.
   *
   * @param args the number of orders (default 10,000)
   */
  public static void main(String[] args) {
    int orders = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    EnforcementDesk desk = Desks.desk(Desks.ruleBook(), Instant.parse("2026-04-01T01:00:00Z"));
    Desks.fill(desk, orders, OffsetDateTime.parse("2026-04-01T09:00+08:00"), 60 * 24 * 20, 20261126L);
    NotificationDispatcher dispatcher = new NotificationDispatcher(desk.ledger(), notification -> { });
    while (dispatcher.dispatch(10_000).delivered() > 0) {
      // until the outbox is empty
    }
    GraphLayout graph = GraphLayout.parseInstance(desk.ledger());
    System.out.printf("%d orders, %d bytes per order%n", orders, graph.totalSize() / orders);
    System.out.println("bytes/order  count/order  class");
    Multiset<Class<?>> sizes = graph.getClassSizes();
    Multiset<Class<?>> counts = graph.getClassCounts();
    graph.getClasses().stream()
        .sorted(Comparator.comparingLong((Class<?> c) -> sizes.count(c)).reversed())
        .limit(30)
        .forEach(
            c ->
                System.out.printf(
                    "%11d  %11.2f  %s%n",
                    sizes.count(c) / orders,
                    (double) counts.count(c) / orders,
                    c.getName()));
  }
}
