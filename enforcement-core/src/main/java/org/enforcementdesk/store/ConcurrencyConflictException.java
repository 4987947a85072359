package org.enforcementdesk.store;

import java.util.Optional;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.DeskException;

/**
 * A stale write: the work order (or the enforcement case's own stream) changed since the writer read it. Nothing was
 * written; read the stream again and retry the command. The desk does so by itself a few times; a command that still
 * meets a conflict then reports this, and may be sent again later.
 */
public final class ConcurrencyConflictException extends DeskException {

  private static final long serialVersionUID = 1L;

  private final transient RequestId requestId;
  private final long expectedVersion;
  private final long actualVersion;

  /** A conflict on {@code requestId}: the writer expected one version, the stream is at another. */
  public ConcurrencyConflictException(RequestId requestId, long expectedVersion, long actualVersion) {
    this(stale("work order " + requestId, expectedVersion, actualVersion), requestId, expectedVersion, actualVersion);
  }

  /**
   * A new order that would duplicate {@code holder}, an unresolved order of the same party, type and case written
   * meanwhile (on another node, say): the writer should read again and link to it.
   */
  public static ConcurrencyConflictException duplicateOf(RequestId requestId, RequestId holder) {
    return new ConcurrencyConflictException("work order " + requestId + " would duplicate the open order " + holder
        + " (same party, type and case)", requestId, 0, 0);
  }

  /** A conflict on the case stream of {@code caseNumber}. */
  public ConcurrencyConflictException(CaseNumber caseNumber, long expectedVersion, long actualVersion) {
    this(stale("case " + caseNumber, expectedVersion, actualVersion), null, expectedVersion, actualVersion);
  }

  private static String stale(String stream, long expectedVersion, long actualVersion) {
    return stream + " is at version " + actualVersion + ", not " + expectedVersion + " as the writer read it";
  }

  private ConcurrencyConflictException(String problem, RequestId requestId, long expectedVersion, long actualVersion) {
    super(problem + "; nothing was written");
    this.requestId = requestId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The work order; empty when the conflict was on a case stream. */
  public Optional<RequestId> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** {@return true: the stream has moved on, and the command may succeed on the stream as it is now} */
  @Override
  public boolean isRetryable() {
    return true;
  }

  /** The version the writer expected. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version the stream was at. */
  public long actualVersion() {
    return actualVersion;
  }
}
