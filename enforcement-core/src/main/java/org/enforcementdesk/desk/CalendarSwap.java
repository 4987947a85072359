package org.enforcementdesk.desk;

import java.util.List;
import org.enforcementdesk.order.DeadlineRevised;

/**
 * What putting a new calendar in force did ({@link CalendarDesk#use}).
 *
 * @param from the version of the calendar replaced
 * @param to the version of the calendar now in force
 * @param ordersRevised work orders that recorded at least one revision
 * @param changed deadlines whose date moved (a later statutory date, or an earlier one adopted): their parties and
 *     handlers were told
 * @param keptAsTold deadlines whose statutory date came out earlier and that kept the date the party was told
 * @param confirmed deadlines whose date stood, now counted with the notice
 * @param failed work orders whose revision failed (logged; calling {@code use} again retries them)
 */
public record CalendarSwap(
    String from, String to, int ordersRevised, int changed, int keptAsTold, int confirmed, int failed) {

  static final CalendarSwap NOTHING = new CalendarSwap("", "", 0, 0, 0, 0, 0);
  static final CalendarSwap FAILED_ONE = new CalendarSwap("", "", 0, 0, 0, 0, 1);

  static CalendarSwap between(String from, String to) {
    return new CalendarSwap(from, to, 0, 0, 0, 0, 0);
  }

  /** One order's revisions. */
  static CalendarSwap of(List<DeadlineRevised> events) {
    int changed = 0;
    int kept = 0;
    int confirmed = 0;
    for (DeadlineRevised e : events) {
      switch (e.outcome()) {
        case LATER_REPLACES, EARLIER_ADOPTED -> changed++;
        case EARLIER_KEPT_AS_TOLD -> kept++;
        case CONFIRMED -> confirmed++;
      }
    }
    return new CalendarSwap("", "", events.isEmpty() ? 0 : 1, changed, kept, confirmed, 0);
  }

  CalendarSwap plus(CalendarSwap other) {
    return new CalendarSwap(from, to, ordersRevised + other.ordersRevised, changed + other.changed,
        keptAsTold + other.keptAsTold, confirmed + other.confirmed, failed + other.failed);
  }
}
