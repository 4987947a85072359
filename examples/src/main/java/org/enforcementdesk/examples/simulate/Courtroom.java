package org.enforcementdesk.examples.simulate;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.PartyDesk;
import org.enforcementdesk.desk.ResolverDesk;
import org.enforcementdesk.desk.Submission;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.IllegalCommandException;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.view.PartySubmission;
import org.enforcementdesk.view.PartyView;
import org.enforcementdesk.view.ResolverView;

/**
 * What every behaviour of one simulated court shares: the court, its desk, its agenda, its clock and its one seeded
 * random (drawn from in the agenda's order only, so the same seed gives the same history).
 */
final class Courtroom {

  final Court court;
  final EnforcementDesk desk;
  final Agenda agenda;
  final SimulatedClock clock;
  final SplittableRandom random;
  final OfficeTime time;
  private long movedOn;

  Courtroom(
      Court court, EnforcementDesk desk, Agenda agenda, SimulatedClock clock, SplittableRandom random, OfficeTime time) {
    this.court = court;
    this.desk = desk;
    this.agenda = agenda;
    this.clock = clock;
    this.random = random;
    this.time = time;
  }

  Instant now() {
    return clock.instant();
  }

  /** Whether an event with probability {@code p} happens. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A number drawn evenly from [{@code low}, {@code high}). */
  double between(double low, double high) {
    return low + random.nextDouble() * (high - low);
  }

  /** A centre officer on duty. */
  Actor anyOfficer() {
    return court.officer(1 + random.nextInt(BehaviourModel.OFFICERS));
  }

  /** The staff member who holds the order now: its named officer, or the director or leader of its tier. */
  Actor holderOf(WorkOrder order) {
    switch (order.tier()) {
      case CENTER_DIRECTOR:
        return court.director();
      case BUREAU_LEADER:
        return court.bureauLeader();
      default:
        return order.handlerId().map(Actor::officer).orElseGet(this::anyOfficer);
    }
  }

  /** The order as staff see it now. */
  WorkOrder order(RequestId id) {
    return desk.workOrder(id, court.director());
  }

  /**
   * Submits as the request came in: a party's own through their desk, as the court's app would; the centre's
   * screens then read the whole order.
   */
  Submission submit(Request request, Actor submitter) {
    if (submitter.role() != ActorRole.PARTY) {
      return desk.submit(request, submitter);
    }
    PartySubmission submitted = desk.forParty(submitter.id()).submit(request);
    return new Submission(order(submitted.request().id()), submitted.linkedToOpenOrder());
  }

  /** A party's command, through their own desk; the answer is the whole order as the centre reads it next. */
  WorkOrder asParty(Actor party, RequestId id, Function<PartyDesk, PartyView> command) {
    command.apply(desk.forParty(party.id()));
    return order(id);
  }

  /** A resolver's command, through their own desk; the answer is the whole order as the centre reads it next. */
  WorkOrder asResolver(Actor resolver, RequestId id, Function<ResolverDesk, ResolverView> command) {
    command.apply(desk.forResolver(resolver));
    return order(id);
  }

  /**
   * Runs a command that the order's course may have overtaken (a party withdrew before the officer resolved, say):
   * the desk refuses it and records nothing, as it would a real officer's late click.
   */
  <T> T unlessOvertaken(Supplier<T> command) {
    try {
      return command.get();
    } catch (IllegalCommandException overtaken) {
      movedOn++;
      return null;
    }
  }

  /** Commands the desk refused because the order had moved on: a sign of how the behaviour fits the desk. */
  long overtaken() {
    return movedOn;
  }
}
