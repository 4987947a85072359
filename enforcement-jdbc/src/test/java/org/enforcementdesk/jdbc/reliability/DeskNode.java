package org.enforcementdesk.jdbc.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.Submission;
import org.enforcementdesk.jdbc.JdbcRequestLedger;
import org.enforcementdesk.jdbc.Transactions;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channels;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.NotificationDispatcher;
import org.enforcementdesk.notify.NotificationSink;
import org.enforcementdesk.policy.ReviewDecision;
import org.enforcementdesk.policy.ReviewFacts;
import org.enforcementdesk.testing.ForwardingPolicy;
import org.enforcementdesk.testing.MutableClock;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A host node in a JVM of its own, for the crash and two-node tests: a desk over the PostgreSQL ledger under mixed
 * load (submissions that are duplicates across nodes, progress notes, ticks, dispatches), which writes a line to its
 * acknowledgement file after each command returns and to its sink file for each raw delivery, before the dispatcher
 * marks it delivered. A kill point makes it stop dead at a chosen moment and say so on stdout, for the parent to
 * kill it there:
 *
 * <ul>
 *   <li>{@code after-delivery}: the third notification was delivered, not yet marked delivered;
 *   <li>{@code in-lease}: the tick holds a due entry's lease and is reviewing it;
 *   <li>{@code none}: runs to the end and prints {@code DONE}.
 * </ul>
 *
 * <p>Arguments: jdbc-url court node first-request request-count groups kill-point out-dir.
 */
public final class DeskNode {

  static final String STARTED = "STARTED";
  static final String AT_POINT = "AT-POINT";
  static final String DONE = "DONE";
  public static final Actor OFFICER = Actor.officer("o-17");

  private DeskNode() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String court = args[1];
    String node = args[2];
    int first = Integer.parseInt(args[3]);
    int count = Integer.parseInt(args[4]);
    int groups = Integer.parseInt(args[5]);
    String killPoint = args[6];
    Path out = Path.of(args[7]);
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    JdbcRequestLedger ledger = JdbcRequestLedger.builder().transactions(Transactions.of(dataSource)).court(court)
        .node(node).lease(Duration.ofSeconds(2)).dueJudgedByTheTick().build();
    MutableClock clock = new MutableClock("2026-03-02T09:00+08:00");
    ForwardingPolicy policy = new ForwardingPolicy() {
      @Override
      public ReviewDecision review(ReviewFacts facts) {
        if (killPoint.equals("in-lease")) {
          stopHere(stdout);
        }
        return super.review(facts);
      }
    };
    EnforcementDesk desk = EnforcementDesk.builder().policy(policy).clock(clock).ledger(ledger).build();
    Path acks = out.resolve(node + ".acks");
    Path sinkFile = out.resolve(node + ".sink");
    AtomicInteger delivered = new AtomicInteger();
    NotificationSink sink = n -> {
      append(sinkFile, n.idempotencyKey());
      if (killPoint.equals("after-delivery") && delivered.incrementAndGet() == 3) {
        stopHere(stdout);
      }
    };
    NotificationDispatcher dispatcher = new NotificationDispatcher(ledger, sink);
    stdout.println(STARTED);

    for (int i = first; i < first + count; i++) {
      int group = i % groups;
      Submission s = desk.submit(request(node + "-" + i, group), OFFICER);
      RequestId id = s.workOrder().id();
      append(acks, "SUBMIT " + node + "-" + i + " " + id.value() + " " + s.workOrder().version());
      if (i % 3 == 0 && !s.linkedToOpenOrder()) {
        long version = desk.noteProgress(id, OFFICER, "已电话联系申请人", true).version();
        append(acks, "NOTE " + id.value() + " " + version);
      }
      if (i % 5 == 4) {
        clock.advance(Duration.ofHours(20));
        desk.tick();
        dispatcher.dispatch(20);
      }
    }
    clock.advance(Duration.ofDays(12));
    drain(desk, ledger, dispatcher, clock);
    stdout.println(DONE);
  }

  /**
   * Ticks and dispatches until nothing is due and nothing is pending. Work a killed node claimed is skipped until its
   * lease lapses, so this waits for that rather than stopping at the first empty claim.
   */
  private static void drain(EnforcementDesk desk, JdbcRequestLedger ledger, NotificationDispatcher dispatcher,
      MutableClock clock) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      desk.tick();
      dispatcher.dispatch(100);
      if (ledger.dueBefore(clock.instant(), 1).isEmpty() && ledger.pending(1).isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("work still due or pending after a minute");
      }
      Thread.sleep(200);
    }
  }

  /** A request of duplicate group {@code group}: same party, type and case as every other of the group. */
  public static Request request(String id, int group) {
    return Request.builder()
        .id(RequestId.of(id))
        .caseNumber(CaseNumber.parse("（2025）闽0322执" + (500 + group) + "号"))
        .channel(Channels.standard().byCode("HOTLINE"))
        .type(TaxonomyFile.defaults().type("FUNDS_PAYOUT"))
        .receivedAt(OffsetDateTime.parse("2026-03-02T09:00+08:00"))
        .requester(Party.of("P-" + group, PartyRole.APPLICANT, "张三").withPhone("13800000000"))
        .text("请尽快发放案款")
        .facts(RequestFacts.none())
        .build();
  }

  /** Says it is at the kill point, then waits to be killed. */
  private static void stopHere(PrintStream stdout) {
    stdout.println(AT_POINT);
    try {
      Thread.sleep(Duration.ofMinutes(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("was not killed at the kill point");
  }

  /** One line, written through to the kernel before returning, so a SIGKILL after it cannot lose it. */
  private static synchronized void append(Path file, String line) {
    try {
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
