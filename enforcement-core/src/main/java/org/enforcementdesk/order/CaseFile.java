package org.enforcementdesk.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enforcementdesk.model.CaseNumber;

/**
 * What the court recorded on an enforcement case as a whole, folded from the case's own stream: contacts that were
 * not requests, petitions reported by the host (open until concluded), and its risk cases. Immutable; folding the
 * same stream always gives an equal file, and a stream that breaks the rules (an upkeep action or closure with no
 * risk case open, a petition concluded that was never reported) fails loudly as corrupt.
 */
public final class CaseFile {

  private final CaseNumber caseNumber;
  private final ImmutableList<RecordedCaseEvent> history;
  private final ImmutableList<CaseEvent.ContactRecorded> contacts;
  private final ImmutableMap<String, CaseEvent.PetitionReported> openPetitions;
  private final ImmutableList<RiskCase> riskCases;

  private CaseFile(
      CaseNumber caseNumber,
      ImmutableList<RecordedCaseEvent> history,
      ImmutableList<CaseEvent.ContactRecorded> contacts,
      ImmutableMap<String, CaseEvent.PetitionReported> openPetitions,
      ImmutableList<RiskCase> riskCases) {
    this.caseNumber = caseNumber;
    this.history = history;
    this.contacts = contacts;
    this.openPetitions = openPetitions;
    this.riskCases = riskCases;
  }

  /**
   * Folds a case stream.
   *
   * @param caseNumber the case; not null
   * @param events its events, versions 1 to n; empty for a case with no stream yet
   * @throws IllegalStateException if the stream is corrupt
   */
  public static CaseFile fold(CaseNumber caseNumber, List<RecordedCaseEvent> events) {
    requireNonNull(caseNumber, "caseNumber");
    Fold fold = new Fold(caseNumber);
    long expected = 1;
    for (RecordedCaseEvent recorded : events) {
      CaseEvent event = recorded.event();
      if (recorded.version() != expected++ || !event.caseNumber().equals(caseNumber)) {
        throw corrupt(recorded, "out of place in the stream of " + caseNumber);
      }
      try {
        event.accept(fold);
      } catch (IllegalStateException e) {
        throw corrupt(recorded, e.getMessage());
      }
    }
    return new CaseFile(
        caseNumber,
        ImmutableList.copyOf(events),
        ImmutableList.copyOf(fold.contacts),
        ImmutableMap.copyOf(fold.petitions),
        ImmutableList.copyOf(fold.risks));
  }

  /** Each kind of case event's change to the file. */
  private static final class Fold implements CaseEvent.Visitor<Void> {
    private final CaseNumber caseNumber;
    private final List<CaseEvent.ContactRecorded> contacts = new ArrayList<>();
    private final Map<String, CaseEvent.PetitionReported> petitions = new LinkedHashMap<>();
    private final List<RiskCase> risks = new ArrayList<>();

    Fold(CaseNumber caseNumber) {
      this.caseNumber = caseNumber;
    }

    @Override
    public Void contactRecorded(CaseEvent.ContactRecorded e) {
      contacts.add(e);
      return null;
    }

    @Override
    public Void petitionReported(CaseEvent.PetitionReported e) {
      if (petitions.putIfAbsent(e.reference(), e) != null) {
        throw new IllegalStateException("petition " + e.reference() + " reported twice");
      }
      return null;
    }

    @Override
    public Void petitionConcluded(CaseEvent.PetitionConcluded e) {
      if (petitions.remove(e.reference()) == null) {
        throw new IllegalStateException("petition " + e.reference() + " is not open");
      }
      return null;
    }

    @Override
    public Void riskTriggered(CaseEvent.RiskTriggered e) {
      int last = risks.size() - 1;
      if (last >= 0 && risks.get(last).isOpen()) {
        risks.set(last, risks.get(last).plus(e));
      } else {
        risks.add(RiskCase.openedBy(caseNumber, risks.size() + 1, e));
      }
      return null;
    }

    @Override
    public Void riskUpkeepRecorded(CaseEvent.RiskUpkeepRecorded e) {
      int open = openIndex();
      risks.set(open, risks.get(open).plus(e));
      return null;
    }

    @Override
    public Void riskCaseClosed(CaseEvent.RiskCaseClosed e) {
      int open = openIndex();
      risks.set(open, risks.get(open).closedBy(e));
      return null;
    }

    private int openIndex() {
      int last = risks.size() - 1;
      if (last < 0 || !risks.get(last).isOpen()) {
        throw new IllegalStateException("no risk case is open");
      }
      return last;
    }
  }

  private static IllegalStateException corrupt(RecordedCaseEvent recorded, String problem) {
    return new IllegalStateException(
        "corrupt case stream "
            + recorded.event().caseNumber()
            + " at version "
            + recorded.version()
            + " ("
            + recorded.event().kind()
            + "): "
            + problem);
  }

  /**
   * This file with more events after its last; the events are numbered on.
   *
   * @throws IllegalStateException if the longer stream would be corrupt
   */
  public CaseFile plus(List<? extends CaseEvent> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<RecordedCaseEvent> all = new ArrayList<>(history);
    long version = history.size();
    for (CaseEvent event : more) {
      all.add(new RecordedCaseEvent(++version, event));
    }
    return fold(caseNumber, all);
  }

  /** The case. */
  public CaseNumber caseNumber() {
    return caseNumber;
  }

  /** The stream's version: the number of its events. */
  public long version() {
    return history.size();
  }

  /** Every event on the case itself, in order. */
  public ImmutableList<RecordedCaseEvent> history() {
    return history;
  }

  /** Visits and calls that were not requests, oldest first. */
  public ImmutableList<CaseEvent.ContactRecorded> contacts() {
    return contacts;
  }

  /** Contacts in the window {@code (from, to]}. */
  public int contactsBetween(Instant from, Instant to) {
    int count = 0;
    for (CaseEvent.ContactRecorded contact : contacts) {
      if (contact.at().isAfter(from) && !contact.at().isAfter(to)) {
        count++;
      }
    }
    return count;
  }

  /** The petitions reported and not yet concluded, by reference, in the order reported. */
  public ImmutableMap<String, CaseEvent.PetitionReported> openPetitions() {
    return openPetitions;
  }

  /** Every risk case of the enforcement case, oldest first. */
  public ImmutableList<RiskCase> riskCases() {
    return riskCases;
  }

  /** When the case's last risk case was closed, if one was: risk flags raised before it no longer hold. */
  public Optional<Instant> lastRiskClosure() {
    for (int i = riskCases.size() - 1; i >= 0; i--) {
      Optional<Instant> closed = riskCases.get(i).closedAt();
      if (closed.isPresent()) {
        return closed;
      }
    }
    return Optional.empty();
  }

  /** The open risk case, if the case is at risk now. */
  public Optional<RiskCase> openRiskCase() {
    return riskCases.isEmpty() || !riskCases.get(riskCases.size() - 1).isOpen()
        ? Optional.empty()
        : Optional.of(riskCases.get(riskCases.size() - 1));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseFile other && caseNumber.equals(other.caseNumber) && history.equals(other.history);
  }

  @Override
  public int hashCode() {
    return caseNumber.hashCode() * 31 + history.hashCode();
  }

  @Override
  public String toString() {
    return "CaseFile[" + caseNumber + ", v" + version() + ", " + riskCases.size() + " risk case(s)]";
  }
}
