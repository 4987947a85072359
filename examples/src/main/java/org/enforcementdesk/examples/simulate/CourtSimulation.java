package org.enforcementdesk.examples.simulate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.examples.simulate.Arrivals.Arrival;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.notify.NotificationDispatcher;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.store.RequestLedger;

/**
 * One year's requests at one court through a desk and ledger of their own: requests arrive in time order,
 * people act on them as {@link BehaviourModel} says, and the desk is ticked every half hour of simulated time so that
 * warnings, breaches and escalations happen through the desk itself. Notifications go out through a dispatcher at
 * each tick. The run goes on to the end of the report year, so requests of the year before are finished as they
 * would be.
 *
 * <p>A year's requests are about that year's caseload and parties only, so a year run on its own desk makes the same
 * history as it would sharing one: that is what lets the years and courts of a province run side by side.
 */
final class CourtSimulation {

  /** How often the host's scheduler ticks the desk and dispatches notifications, in simulated time. */
  static final Duration TICK = Duration.ofMinutes(30);

  private final Court court;
  private final CourtYear year;
  private final WorkingCalendar calendar;
  private final SimulatedClock clock;
  private final RequestLedger ledger;
  private final Agenda agenda;
  private final Courtroom room;
  private final RequestFactory requests;
  private final Handling handling;
  private final Parties parties;
  private final CountingSink sink;
  private final NotificationDispatcher dispatcher;
  private final LongConsumer progress;
  private final Instant end;

  /**
   * A court ready to run.
   *
   * @param year the year whose requests arrive
   * @param reportYear the year the run goes on to the end of
   * @param progress told of each request as it arrives
   */
  CourtSimulation(
      Court court,
      CourtYear year,
      int reportYear,
      DecisionPolicy policy,
      WorkingCalendar calendar,
      SplittableRandom random,
      RequestLedger ledger,
      LongConsumer progress) {
    this.court = court;
    this.ledger = ledger;
    this.year = year;
    this.calendar = calendar;
    this.progress = progress;
    Instant start = LocalDate.of(year.year(), 1, 1).atStartOfDay(calendar.zone()).toInstant();
    this.end = LocalDate.of(reportYear + 1, 1, 1).atStartOfDay(calendar.zone()).toInstant();
    this.clock = new SimulatedClock(start, calendar.zone());
    this.agenda = new Agenda(clock);
    EnforcementDesk desk =
        EnforcementDesk.builder()
            .policy(policy)
            .calendar(calendar)
            .clock(clock)
            .ledger(ledger)
            .resolvers(court.resolvers())
            .build();
    this.room = new Courtroom(court, desk, agenda, clock, random, new OfficeTime(calendar));
    this.parties = new Parties(court, year.year());
    this.requests = new RequestFactory(court, year.year(), calendar.zone(), parties);
    this.handling = new Handling(room, requests, new CaseWatch(room));
    this.sink = new CountingSink(clock);
    this.dispatcher = new NotificationDispatcher(ledger, sink);
  }

  /** Runs to the end of the report year and returns what the ledger holds. */
  CourtRun run() {
    return runUntil(end);
  }

  /** Runs until {@code stop} (at most the end of the report year), leaving what is planned after it undone. */
  CourtRun runUntil(Instant stop) {
    Instant until = stop.isBefore(end) ? stop : end;
    Caseload caseload = Caseload.of(court, year.year(), year.cases(), room.random, parties);
    List<Arrival> arrivals = Arrivals.of(year.year(), year.requests(), calendar, room.random);
    scheduleArrivals(arrivals.iterator(), caseload);
    agenda.at(clock.instant(), this::tick);
    while (agenda.runNextBefore(until)) {
      // each action schedules what follows from it
    }
    clock.moveTo(until);
    dispatchAll();
    return new CourtRun(ledger, year, room.overtaken(), sink.deliveredIn(year.year()), sink.deliveredIn(year.year() + 1));
  }

  /** One arrival at a time on the agenda, so a year's requests do not all wait in the queue at once. */
  private void scheduleArrivals(Iterator<Arrival> arrivals, Caseload caseload) {
    if (!arrivals.hasNext()) {
      return;
    }
    Arrival next = arrivals.next();
    agenda.at(next.at(), () -> {
      Request request =
          room.chance(BehaviourModel.CASE_NOT_YET_FILED)
              ? requests.notYetFiled(next.at(), next.channel(), room.random)
              : requests.onCase(caseload.draw(room.random), next.at(), next.channel(), room.random);
      handling.arrive(request);
      progress.accept(1);
      scheduleArrivals(arrivals, caseload);
    });
  }

  private void tick() {
    room.desk.tick(clock.instant());
    dispatchAll();
    // Once nothing else is planned (every request has arrived and been seen to the end), ticking on would change
    // nothing: every order still holding a due entry has an action planned for it.
    if (agenda.size() > 0) {
      agenda.at(clock.instant().plus(TICK), this::tick);
    }
  }

  private void dispatchAll() {
    while (dispatcher.dispatch(10_000).delivered() == 10_000) {
      // more were pending than one batch
    }
  }

  /**
   * What a run leaves behind: its ledger, to be read by the indicators and then dropped.
   *
   * @param ledger the history
   * @param year the year whose requests arrived, with its size
   * @param overtaken commands the desk refused because the order had moved on (a check on the behaviour model)
   * @param pushedInYear the notifications delivered in the year, by kind
   * @param pushedInYearAfter the notifications delivered in the year after (the tail of the year before's run)
   */
  record CourtRun(
      RequestLedger ledger,
      CourtYear year,
      long overtaken,
      Map<NotificationKind, Long> pushedInYear,
      Map<NotificationKind, Long> pushedInYearAfter) {}
}
