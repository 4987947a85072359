package org.enforcementdesk.benchmarks;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.enforcementdesk.calendar.Period;
import org.enforcementdesk.calendar.PeriodKind;

/**
 * Starts and periods of one kind whose deadlines span up to 60 days: starts at whole minutes (what the naive oracle
 * can walk) from January 2024 to the end of September 2026, so every deadline stays inside the shipped holiday data;
 * periods up to 1,440 natural hours, 280 working hours (about 40 working days of office time), 40 working days or 60
 * natural days.
 */
final class DeadlineInputs {

  private final OffsetDateTime[] starts;
  private final Period[] periods;

  DeadlineInputs(PeriodKind kind, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    OffsetDateTime first = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
    long minutes = Duration.between(first, first.withYear(2026).withMonth(10)).toMinutes();
    starts = new OffsetDateTime[size];
    periods = new Period[size];
    for (int i = 0; i < size; i++) {
      starts[i] = first.plusMinutes(random.nextLong(minutes));
      periods[i] =
          switch (kind) {
            case NATURAL_HOURS -> Period.naturalHours(random.nextLong(1, 60 * 24 + 1));
            case WORKING_HOURS -> Period.workingHours(random.nextLong(1, 281));
            case WORKING_DAYS -> Period.workingDays(random.nextInt(1, 41));
            case NATURAL_DAYS -> Period.naturalDays(random.nextInt(1, 61));
          };
    }
  }

  int size() {
    return starts.length;
  }

  OffsetDateTime start(int i) {
    return starts[i];
  }

  Period period(int i) {
    return periods[i];
  }
}
