package org.enforcementdesk.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.WorkOrderEvent;

/**
 * The stored format of events: every work-order and case event to and from a {@link StoredEvent} (its kind's stable
 * name, a schema version, JSON). The names come from the events' own {@code kind()}, never from Java classes, so a
 * renamed class reads old rows. When a kind's JSON changes, its version goes up and an upcaster turns the old JSON
 * into the new before reading: a ledger never rewrites what it stored. The golden files in the tests hold every
 * kind's current form, so a change to it fails until it is versioned.
 *
 * <pre>{@code
 * EventJson events = EventJson.of(EnforcementJson.defaults(), Sealer.PLAIN);
 * StoredEvent stored = events.write(event, order.request().requester().id());
 * WorkOrderEvent back = events.read(stored, partyId);   // equal to event
 * }</pre>
 *
 * <p>Personal data (names, numbers, the party's texts and the notes on them) goes through the {@link Sealer}, keyed
 * by the party it belongs to. Immutable and thread-safe.
 */
public final class EventJson {

  /**
   * The schema version of each kind whose stored form has changed since its first; every other kind is at version 1.
   * Raising a kind's version comes with its upcaster in {@link #UPCASTERS} and a new golden file.
   */
  private static final ImmutableMap<String, Integer> CURRENT = ImmutableMap.of("ProgressNoted", 2);

  /**
   * For each kind, the step from each older version to the next. ProgressNoted 1 to 2: notes began to say who they
   * are for; every note stored before was sent to the party, so it reads as meant for them.
   */
  private static final ImmutableMap<String, ImmutableMap<Integer, UnaryOperator<ObjectNode>>> UPCASTERS =
      ImmutableMap.of("ProgressNoted", ImmutableMap.of(1, json -> json.put("audience", NoteAudience.PARTY.name())));

  private final EnforcementJson base;
  private final ObjectMapper mapper;
  private final Sealer sealer;
  private final WorkOrderEventJson orders;
  private final CaseEventJson cases;
  private final ImmutableMap<String, Integer> current;
  private final ImmutableMap<String, ImmutableMap<Integer, UnaryOperator<ObjectNode>>> upcasters;

  /** A format with these versions and upcasters: the library's own, or a test's that plays a later release. */
  EventJson(EnforcementJson base, Sealer sealer, ImmutableMap<String, Integer> current,
      ImmutableMap<String, ImmutableMap<Integer, UnaryOperator<ObjectNode>>> upcasters) {
    this.base = base;
    this.mapper = base.mapper();
    this.sealer = sealer;
    this.orders = new WorkOrderEventJson(base.taxonomy(), base.channels(), mapper);
    this.cases = new CaseEventJson(sealer);
    this.current = current;
    this.upcasters = upcasters;
  }

  /**
   * The stored format with this taxonomy and channels (requests name their codes) and this way of holding personal
   * data.
   *
   * @param base the court's taxonomy and channels; not null
   * @param sealer how personal data is stored; not null
   * @return the format, not null
   */
  public static EventJson of(EnforcementJson base, Sealer sealer) {
    return new EventJson(requireNonNull(base, "base"), requireNonNull(sealer, "sealer"), CURRENT, UPCASTERS);
  }

  /**
   * The schema version this format writes for an event kind, and the version reading upgrades to.
   *
   * @param type the event kind
   * @return the version, positive
   */
  public int currentVersion(String type) {
    return current.getOrDefault(requireNonNull(type, "type"), 1);
  }

  /** How this format stores personal data: what a ledger asks when it erases a party. */
  public Sealer sealer() {
    return sealer;
  }

  /**
   * A work-order event in its stored form.
   *
   * @param event the event; not null
   * @param partyId the id of the party whose request the order is (its requester): the key personal data is sealed
   *     with; not null
   * @return the stored event, not null
   */
  public StoredEvent write(WorkOrderEvent event, String partyId) {
    requireNonNull(event, "event");
    requireNonNull(partyId, "partyId");
    return stored(event.kind(), orders.write(event, sealer, partyId));
  }

  /**
   * A work-order event back from its stored form, upgraded to the current version first.
   *
   * @param stored the stored event; not null
   * @param partyId the id of the order's requester; not null
   * @return the event, not null
   * @throws JsonInputException if the type is unknown, the version has no way up to the current one, or the JSON does
   *     not read (naming the path)
   */
  public WorkOrderEvent read(StoredEvent stored, String partyId) {
    requireNonNull(partyId, "partyId");
    NodeReader json = upgraded(stored);
    WorkOrderEvent event = orders.read(stored.type(), json, sealer, partyId);
    if (event == null) {
      throw json.error("unknown work-order event type \"" + stored.type() + "\"; expected one of "
          + new TreeSet<>(orders.types()));
    }
    return event;
  }

  /**
   * A case event in its stored form; a contact's note is sealed for the party who came.
   *
   * @param event the event; not null
   * @return the stored event, not null
   */
  public StoredEvent write(CaseEvent event) {
    requireNonNull(event, "event");
    return stored(event.kind(), cases.write(event, sealer));
  }

  /**
   * A case event back from its stored form.
   *
   * @param stored the stored event; not null
   * @return the event, not null
   * @throws JsonInputException as {@link #read(StoredEvent, String)}
   */
  public CaseEvent readCase(StoredEvent stored) {
    NodeReader json = upgraded(stored);
    CaseEvent event = cases.read(stored.type(), json);
    if (event == null) {
      throw json.error("unknown case event type \"" + stored.type() + "\"; expected one of "
          + new TreeSet<>(cases.types()));
    }
    return event;
  }

  private StoredEvent stored(String type, ObjectNode json) {
    try {
      return new StoredEvent(type, currentVersion(type), mapper.writeValueAsString(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an event's JSON tree did not write: " + type, e);
    }
  }

  /** The stored JSON, parsed and upgraded to the current version of its type. */
  private NodeReader upgraded(StoredEvent stored) {
    requireNonNull(stored, "stored");
    String source = stored.type() + " v" + stored.schemaVersion();
    // Parsed as requests are: a stored payload holds personal data, which a refusal must not repeat.
    JsonNode tree = JsonText.parse(mapper, stored.payload(), source);
    if (!tree.isObject()) {
      throw new JsonInputException(source, "$", "expected an object, found " + NodeReader.describe(tree));
    }
    int current = currentVersion(stored.type());
    if (stored.schemaVersion() > current) {
      throw new JsonInputException(source, "$", "written by a newer version of the library (schema "
          + stored.schemaVersion() + "; this one reads up to " + current + ")");
    }
    ObjectNode json = (ObjectNode) tree;
    for (int version = stored.schemaVersion(); version < current; version++) {
      UnaryOperator<ObjectNode> step = upcasters.getOrDefault(stored.type(), ImmutableMap.of()).get(version);
      if (step == null) {
        throw new JsonInputException(source, "$", "no upcaster from schema " + version + " to " + (version + 1));
      }
      json = step.apply(json);
    }
    return NodeReader.root(json, source, "$");
  }
}
