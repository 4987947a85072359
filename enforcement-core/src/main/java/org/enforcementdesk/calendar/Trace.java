package org.enforcementdesk.calendar;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the derivation of a deadline while {@link DeadlineCounter} counts. Deadlines are computed with {@link #OFF},
 * whose every method returns at once, so the hot path builds no text; {@link Deadline#derivation()} repeats the count
 * with a trace that is on. One counting routine thus serves both, and the derivation cannot drift from the result.
 */
final class Trace {

  static final Trace OFF = new Trace(null);

  private static final String ART_201 = "民法典 Art. 201";
  private static final String ART_203 = "民法典 Art. 203";

  private final WorkingCalendar calendar;
  private final ImmutableList.Builder<DerivationStep> steps = ImmutableList.builder();
  // Provisional years already introduced by a step of their own.
  private final Set<Integer> announced = new HashSet<>();

  private Trace(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /** A trace that records every step, in the calendar's zone. */
  static Trace recording(WorkingCalendar calendar) {
    return new Trace(calendar);
  }

  ImmutableList<DerivationStep> steps() {
    return steps.build();
  }

  void received(Instant start, Period period) {
    if (calendar == null) {
      return;
    }
    String rule;
    switch (period.kind()) {
      case NATURAL_HOURS:
        rule = "runs from that exact moment, nights, weekends and holidays included (" + ART_201 + ")";
        break;
      case WORKING_HOURS:
        rule = "counts office time only, skipping lunch breaks, nights, weekends, holidays and closures";
        break;
      default:
        rule = "the day of receipt does not count, counting starts the next day (" + ART_201 + ")";
    }
    add(start, "received at " + time(start) + "; " + period + ": " + rule);
  }

  void skipped(LocalDate date) {
    if (calendar != null) {
      announce(date);
      steps.add(new DerivationStep(date, "skipped: " + calendar.note(date)));
    }
  }

  void countingStarts(Instant opening) {
    if (calendar != null) {
      add(opening, "received outside office hours: counting starts at the next opening, " + time(opening));
    }
  }

  void officeTimeCounted(LocalDate date, OfficeWindow window, Instant from, Instant to, Duration sum, Duration of) {
    if (calendar != null) {
      announce(date);
      String counted = localTime(from) + "-" + localTime(to) + " (" + Texts.duration(Duration.between(from, to)) + ")";
      String total = Texts.duration(sum) + " of " + Texts.duration(of);
      String remark = remark(date);
      String day = remark.isEmpty() ? "" : " of a " + remark;
      String text = "office window " + window + day + ": counted " + counted + ", total " + total;
      steps.add(new DerivationStep(date, text));
    }
  }

  void usedUp(Instant due, OfficeWindow window, boolean atWindowEnd) {
    if (calendar == null) {
      return;
    }
    add(
        due,
        atWindowEnd
            ? "due at " + time(due) + ": used up exactly at the end of office window " + window
                + ", so due then, not at the next opening"
            : "due at " + time(due) + ", when the office time is used up");
  }

  void workingDayCounted(LocalDate date, int count, int of) {
    if (calendar != null) {
      announce(date);
      String day = remark(date);
      steps.add(new DerivationStep(date, "working day " + count + " of " + of + (day.isEmpty() ? "" : ": " + day)));
    }
  }

  void lastNaturalDay(LocalDate date, int days) {
    if (calendar == null) {
      return;
    }
    announce(date);
    DayNote note = calendar.note(date);
    String text = "day " + days + " of " + days + " after the day of receipt";
    steps.add(
        new DerivationStep(
            date,
            note.isWorking()
                ? text + ", a " + note
                : text + ", not a working day (" + note + "): the period ends on the next working day (" + ART_203
                    + ")"));
  }

  void dueAtClose(Instant due) {
    if (calendar != null) {
      String rule = " (" + ART_203 + ": the last day ends when business stops)";
      add(due, "due at close of office hours, " + time(due) + rule);
    }
  }

  void dueAfter(Instant due, Period period) {
    if (calendar != null) {
      add(due, "due at " + time(due) + ", " + period + " after receipt");
    }
  }

  /** What is worth saying about a working day: empty for a plain weekday, else e.g. "make-up working day (调休)". */
  private String remark(LocalDate date) {
    DayNote note = calendar.note(date);
    return note.isRemarkable() ? note.toString() : "";
  }

  /**
   * Before the first step in a provisional year, a step that says so: which year, which rule its holidays come from,
   * and that only the notice can set its make-up working days.
   */
  private void announce(LocalDate date) {
    int year = date.getYear();
    if (calendar.basis(year) == YearBasis.PROVISIONAL && announced.add(year)) {
      steps.add(new DerivationStep(date, year + " is provisional: no State Council notice for " + year
          + " is loaded, so its holidays are those of " + calendar.sourceOf(year)
          + ": Art. 2 holidays, Art. 6 make-up rest days (补假) for those on a Saturday or Sunday,"
          + " and no make-up working days (调休), which only the notice sets; the date may move when it is published"));
    }
  }

  private void add(Instant instant, String text) {
    steps.add(new DerivationStep(calendar.dateOf(instant), text));
  }

  private String time(Instant instant) {
    OffsetDateTime t = calendar.inZone(instant);
    return t.toLocalTime() + " (" + t.getOffset() + ")";
  }

  private String localTime(Instant instant) {
    return calendar.inZone(instant).toLocalTime().toString();
  }
}
