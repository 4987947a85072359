package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.policy.DecisionPolicy;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.store.RequestLedger;

/**
 * Collects an {@link EnforcementDesk}'s collaborators: the only mutable way to a desk. The policy and the clock are
 * required; a builder may be reused, and each {@link #build()} without a ledger of its own gets a new one.
 */
public final class DeskBuilder {

  private DecisionPolicy policy;
  private WorkingCalendar calendar = WorkingCalendar.china();
  private RequestLedger ledger;
  private Clock clock;
  private AcceptanceMode acceptance = AcceptanceMode.AUTOMATIC;
  private ResolverDirectory resolvers = ResolverDirectory.empty();
  private final List<WorkingCalendar> earlierCalendars = new ArrayList<>();
  private CourtGate court = CourtGate.SINGLE_COURT;
  private boolean readPurposeRequired;

  DeskBuilder() {}

  /** The rule book that decides; required. */
  public DeskBuilder policy(DecisionPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
    return this;
  }

  /** The working calendar deadlines are counted on; default {@link WorkingCalendar#china()}. */
  public DeskBuilder calendar(WorkingCalendar calendar) {
    this.calendar = requireNonNull(calendar, "calendar");
    return this;
  }

  /**
   * Calendars the ledger's deadlines were counted on before this desk was built (say, before a restart, the one
   * in force until the last notice was loaded), so that {@code desk.calendars().explain} shows their derivations.
   */
  public DeskBuilder earlierCalendars(WorkingCalendar... calendars) {
    for (WorkingCalendar c : calendars) {
      earlierCalendars.add(requireNonNull(c, "calendar"));
    }
    return this;
  }

  /** Where work orders are kept; default a new {@link InMemoryRequestLedger} for each desk built. */
  public DeskBuilder ledger(RequestLedger ledger) {
    this.ledger = requireNonNull(ledger, "ledger");
    return this;
  }

  /** The host's clock, which stamps every command; required (the library never reads the system clock). */
  public DeskBuilder clock(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
    return this;
  }

  /** How submitted requests are accepted; default {@link AcceptanceMode#AUTOMATIC}. */
  public DeskBuilder acceptance(AcceptanceMode acceptance) {
    this.acceptance = requireNonNull(acceptance, "acceptance");
    return this;
  }

  /** The resolvers the court delegates to; default {@link ResolverDirectory#empty()}, which refuses every delegation. */
  public DeskBuilder resolvers(ResolverDirectory resolvers) {
    this.resolvers = requireNonNull(resolvers, "resolvers");
    return this;
  }

  /**
   * The court this desk serves, and the host's directory of staff accounts: staff of another court (or of none the
   * directory knows) are refused every command and query, before anything is read. For a database that serves
   * many courts, give each court's desk its own ledger ({@code JdbcRequestLedger.builder().court(court)}) and this.
   * Default: a desk of one court, whose every staff account is its own.
   *
   * @param court the court, as the ledger names it (e.g. {@code FJ-0322}); not blank
   * @param staff which court each staff account belongs to; not null
   * @throws IllegalArgumentException if the court is blank
   */
  public DeskBuilder court(String court, StaffDirectory staff) {
    requireNonNull(court, "court");
    if (court.isBlank()) {
      throw new IllegalArgumentException("court must not be blank");
    }
    this.court = new CourtGate(Optional.of(court), requireNonNull(staff, "staff"));
    return this;
  }

  /**
   * Requires a {@link org.enforcementdesk.model.ReadPurpose} on every query that shows staff a party's personal
   * data: the forms without one are then refused with {@link org.enforcementdesk.order.InvalidInputException}
   * before anything is read. Default: a read without a purpose is recorded as {@code ReadPurpose.UNSTATED}.
   */
  public DeskBuilder requireReadPurpose() {
    this.readPurposeRequired = true;
    return this;
  }

  /**
   * Returns the desk.
   *
   * @throws NullPointerException if the policy or the clock is missing
   */
  public EnforcementDesk build() {
    requireNonNull(policy, "policy is required: the rule book that decides");
    requireNonNull(clock, "clock is required: the library never reads the system clock");
    // A ledger made here belongs to this desk alone: a second build() must not share the first desk's orders.
    RequestLedger own = ledger != null ? ledger : new InMemoryRequestLedger();
    ReadAudit audit = new ReadAudit(own, clock, readPurposeRequired);
    return new EnforcementDesk(
        policy, calendar, own, clock, acceptance, resolvers, List.copyOf(earlierCalendars), court, audit);
  }
}
