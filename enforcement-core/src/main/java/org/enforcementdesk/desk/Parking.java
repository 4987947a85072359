package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.notify.ParkedNotification;
import org.enforcementdesk.order.DueEntry;
import org.enforcementdesk.store.DueEntryFailure;
import org.enforcementdesk.store.RequestLedger;

/**
 * Work the desk set aside after it kept failing, so that it never held up the rest: due entries the tick parked
 * (their escalations wait) and notifications the dispatcher parked (their messages wait). The centre director is
 * told of each as it is parked; here the centre director or the bureau leader sees them and, once the cause is fixed,
 * retries them by hand. Everything lives in the ledger, so it survives a restart.
 *
 * <pre>{@code
 * for (DueEntryFailure f : desk.parking().dueEntries(director)) {
 *   log(f.entry(), f.error());               // which order, what came due, why it failed
 * }
 * desk.parking().retry(entry, director);     // the next tick processes it again
 * }</pre>
 */
public final class Parking {

  private final RequestLedger ledger;
  private final CourtGate court;

  Parking(RequestLedger ledger, CourtGate court) {
    this.court = court;
    this.ledger = ledger;
  }

  /**
   * Every due entry the tick has failed on: those waiting for their automatic retry, and those parked.
   *
   * @param actor the centre director or the bureau leader; not null
   * @return the failures, in due order, not null
   * @throws PermissionDeniedException if the actor does not lead the centre
   */
  public List<DueEntryFailure> dueEntries(Actor actor) {
    Permissions.checkLeader(actor, "parked due entries");
    court.check(actor, "parked due entries");
    return ledger.dueEntryFailures();
  }

  /**
   * Retries a failed or parked due entry: its failure is forgotten, so the next tick processes it (and, if it fails
   * again, starts counting afresh).
   *
   * @param entry the entry, as {@link #dueEntries} lists it; not null
   * @param actor the centre director or the bureau leader; not null
   * @return true if it had failed; false if there was nothing to retry
   * @throws PermissionDeniedException if the actor does not lead the centre
   */
  public boolean retry(DueEntry entry, Actor actor) {
    requireNonNull(entry, "entry");
    Permissions.checkLeader(actor, "parked due entries");
    court.check(actor, "parked due entries");
    return ledger.clearDueEntryFailure(entry);
  }

  /**
   * The notifications the dispatcher parked.
   *
   * @param actor the centre director or the bureau leader; not null
   * @return the parked notifications, oldest first, not null
   * @throws PermissionDeniedException if the actor does not lead the centre
   */
  public List<ParkedNotification> notifications(Actor actor) {
    Permissions.checkLeader(actor, "parked notifications");
    court.check(actor, "parked notifications");
    return ledger.parked();
  }

  /**
   * Puts a parked notification back in the outbox, its failures forgotten: the next dispatch offers it again.
   *
   * @param idempotencyKey the notification's key; not null
   * @param actor the centre director or the bureau leader; not null
   * @return true if it was parked
   * @throws PermissionDeniedException if the actor does not lead the centre
   */
  public boolean retryNotification(String idempotencyKey, Actor actor) {
    requireNonNull(idempotencyKey, "idempotencyKey");
    Permissions.checkLeader(actor, "parked notifications");
    court.check(actor, "parked notifications");
    return ledger.unpark(idempotencyKey);
  }
}
