package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.enforcementdesk.calendar.CountedDeadline;
import org.enforcementdesk.calendar.Deadline;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.calendar.YearBasis;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.DeadlineRevised;
import org.enforcementdesk.order.Labels;
import org.enforcementdesk.order.OrderDeadline;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.sla.RecordedClock;
import org.enforcementdesk.store.RequestLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's working calendar over time: the one in force, every one it has counted on (by version, so that a
 * deadline's derivation is always read from the calendar that counted it), and the swap to a calendar that has
 * gained a year's State Council notice, which revises every open order's provisional deadlines.
 *
 * <pre>{@code
 * WorkingCalendar next = WorkingCalendar.builder()
 *     .holidays(HolidayTable.china().extendedWith(HolidayTable.fromFile(Path.of("holidays-2027.yaml"))))
 *     .build();
 * CalendarSwap swap = desk.calendars().use(next);   // validated, then atomic; the old one serves if it fails
 * swap.changed();                                   // deadlines that moved, their parties and handlers told
 * }</pre>
 *
 * <p>On several host nodes, hand the new calendar to each: a revision is recorded once per deadline, and a node that
 * revises later finds nothing left to do. Thread-safe.
 */
public final class CalendarDesk {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarDesk.class);

  private final Deadlines deadlines;
  private final RequestLedger ledger;
  private final CommandRunner runner;
  private final WorkOrders orders;
  private final DecisionPolicy policy;
  private final Clock clock;
  private final Map<String, WorkingCalendar> known = new ConcurrentHashMap<>();
  private final Object swapping = new Object();

  CalendarDesk(Deadlines deadlines, RequestLedger ledger, CommandRunner runner, WorkOrders orders, DecisionPolicy policy,
      Clock clock, List<WorkingCalendar> earlier) {
    this.deadlines = deadlines;
    this.ledger = ledger;
    this.runner = runner;
    this.orders = orders;
    this.policy = policy;
    this.clock = clock;
    earlier.forEach(c -> known.put(c.version(), c));
    known.put(deadlines.calendar().version(), deadlines.calendar());
  }

  /**
   * The calendar deadlines are counted on now.
   *
   * @return the calendar, not null
   */
  public WorkingCalendar current() {
    return deadlines.calendar();
  }

  /**
   * The calendar of a version ({@link CountedDeadline#calendarVersion()}): one this desk has counted on since it was
   * built, or one given to its builder as counted on before ({@code DeskBuilder.earlierCalendars}).
   *
   * @param version a calendar's version, not null
   * @return the calendar, or empty if this desk does not know it
   */
  public Optional<WorkingCalendar> ofVersion(String version) {
    return Optional.ofNullable(known.get(requireNonNull(version, "version")));
  }

  /**
   * The derivation of one of an order's deadlines in force, read from the calendar of the version that counted it,
   * never from the current one: each day counted or skipped and why, which year was provisional and by which rule.
   * A deadline kept as told after a revision is explained by the count that gave the told date.
   *
   * @param order the work order, as a query gave it to the viewer; not null
   * @param deadline one of {@code order.deadlinesInForce()}; not null
   * @return the derivation, or a line saying the calendar of that version is not known to this desk; not null
   */
  public String explain(WorkOrder order, OrderDeadline deadline) {
    requireNonNull(order, "order");
    requireNonNull(deadline, "deadline");
    CountedDeadline recorded = deadline.deadline();
    Optional<WorkingCalendar> calendar = ofVersion(recorded.calendarVersion());
    if (calendar.isEmpty()) {
      return "due " + recorded.at() + ", counted on calendar " + recorded.calendarVersion()
          + ", which this desk does not hold: give it to DeskBuilder.earlierCalendars to see the derivation";
    }
    Deadline base = switch (deadline.kind()) {
      case DELEGATION -> {
        var pending = order.delegations().get(order.delegations().size() - 1);
        yield calendar.get().due(pending.delegatedAt(), pending.period());
      }
      case RECTIFICATION -> {
        var item = order.rectificationItem(deadline.item()).orElseThrow();
        yield calendar.get().due(item.openedAt(), item.within());
      }
      default -> {
        RecordedClock clock = order.clock(deadline.kind().clock().orElseThrow()).orElseThrow();
        yield calendar.get().due(clock.startedAt(), clock.period());
      }
    };
    String text = base.explain();
    if (!base.dueAt().isEqual(recorded.at())) {
      text += "\n  in force: " + recorded.at() + " (pauses credited, a hard limit, or a revision kept as told)";
    }
    return text;
  }

  /**
   * Puts {@code next} in force and revises every open work order's provisional deadlines on it. First every
   * revision is worked out on {@code next} without writing anything; only if all succeed does the swap happen,
   * atomically between commands, and the revisions are recorded: a changed deadline as a {@link DeadlineRevised}
   * event, its party and handler told, its due entries moved. A later date replaces the provisional one; an earlier
   * one is kept as told or adopted, as the rule book says ({@link DecisionPolicy#earlierStatutoryDeadline()}).
   * Breached clocks stay breached, warnings already sent are not sent again, and orders in a final state never change.
   * Calling it again with the same calendar revises nothing more.
   *
   * @param next the calendar with the new year's notice; not null
   * @return what the swap did; not null
   * @throws NullPointerException if {@code next} is null
   * @throws IllegalArgumentException if {@code next} counts in another zone, or has no notice for a year the current
   *     calendar has one for (it would make that year provisional again), or a revision cannot be counted on it (a
   *     year it refuses under {@code MissingYearPolicy.FAIL}); the current calendar keeps serving and nothing is
   *     recorded
   */
  public CalendarSwap use(WorkingCalendar next) {
    requireNonNull(next, "next");
    synchronized (swapping) {
      WorkingCalendar current = deadlines.calendar();
      validate(current, next);
      Instant now = clock.instant();
      String reason = "holiday data in force: " + next.holidays() + " (calendar " + next.version() + ")";
      List<RequestId> provisional = orders.labelledIds(Labels.PROVISIONAL);
      // The dry run: every revision counted on the new calendar before anything changes.
      for (RequestId id : provisional) {
        orders.find(id).ifPresent(order -> dryRun(order, next, now, reason));
      }
      known.put(next.version(), next);
      deadlines.swap(next);
      // Once across the court's nodes; a node that finds another revising leaves it to that one.
      CalendarSwap swap = ledger.exclusively("calendar-revision", () -> reviseAll(current, next, reason))
          .orElseGet(() -> {
            LOG.info("calendar {} in force; another node is revising the provisional deadlines", next.version());
            return CalendarSwap.between(current.version(), next.version());
          });
      LOG.info("calendar {} replaced {}: {}", next.version(), current.version(), swap);
      return swap;
    }
  }

  private CalendarSwap reviseAll(WorkingCalendar current, WorkingCalendar next, String reason) {
    // Asked again: an order a command counted on the old calendar just before the swap is among them now.
    CalendarSwap swap = CalendarSwap.between(current.version(), next.version());
    for (RequestId id : orders.labelledIds(Labels.PROVISIONAL)) {
      swap = swap.plus(revise(id, reason));
    }
    return swap;
  }

  private static void validate(WorkingCalendar current, WorkingCalendar next) {
    if (!next.zone().equals(current.zone())) {
      throw new IllegalArgumentException("the new calendar counts in " + next.zone() + ", the desk's in "
          + current.zone() + ": a zone change would move every deadline; build the calendar in " + current.zone());
    }
    SortedSet<Integer> lost = new TreeSet<>(current.holidays().years());
    lost.removeAll(next.holidays().years());
    lost.removeIf(year -> isNoticed(next, year));
    if (!lost.isEmpty()) {
      throw new IllegalArgumentException("the new calendar (" + next.holidays() + ") has no notice for " + lost
          + ", which the desk's calendar (" + current.holidays() + ") has: extend the table in force with"
          + " HolidayTable.extendedWith rather than replace it");
    }
  }

  private static boolean isNoticed(WorkingCalendar calendar, int year) {
    try {
      return calendar.basis(year) == YearBasis.NOTICE;
    } catch (IllegalStateException missing) {
      return false; // a calendar that refuses the year has no notice for it either
    }
  }

  private void dryRun(WorkOrder order, WorkingCalendar next, Instant now, String reason) {
    try {
      Revisions.of(order, next, policy.earlierStatutoryDeadline(), now, reason);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the new calendar cannot count the deadlines of work order " + order.id()
          + ": " + Failures.describe(e) + "; the desk keeps its calendar " + deadlines.calendar().version(), e);
    }
  }

  /** Records one order's revisions on the calendar now in force; a failure is logged and counted, never thrown. */
  private CalendarSwap revise(RequestId id, String reason) {
    try {
      return runner.attempt(() -> {
        Optional<WorkOrder> found = orders.find(id);
        if (found.isEmpty()) {
          return CalendarSwap.NOTHING;
        }
        WorkOrder order = found.get();
        Instant now = clock.instant();
        List<DeadlineRevised> events =
            Revisions.of(order, deadlines.calendar(), policy.earlierStatutoryDeadline(), now, reason);
        if (events.isEmpty()) {
          return CalendarSwap.NOTHING;
        }
        runner.commit(Commit.of(order, now, new ArrayList<WorkOrderEvent>(events)));
        return CalendarSwap.of(ImmutableList.copyOf(events));
      });
    } catch (RuntimeException e) {
      LOG.error("work order {}: its provisional deadlines could not be revised; calling use() again retries it", id,
          Failures.masked(e));
      return CalendarSwap.FAILED_ONE;
    }
  }
}
