package org.enforcementdesk.store;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The in-memory ledger's label index: for each label, the streams that carry it, in the order the streams began (by
 * their sequence number), so that listing a label costs what it returns and a ledger rebuilt from the same streams
 * lists them alike.
 *
 * <p>Not thread-safe: {@link InMemoryRequestLedger}'s lock guards every access.
 *
 * @param <K> the stream's key: a request id or a case number
 */
final class LabelIndex<K> {

  private final Map<String, TreeMap<Integer, K>> byLabel = new HashMap<>();

  /** Moves a stream from its old labels to its new ones; labels it keeps are left alone. */
  void relabel(int sequence, K key, Set<String> old, Set<String> replacement) {
    for (String label : old) {
      if (!replacement.contains(label)) {
        TreeMap<Integer, K> streams = byLabel.get(label);
        streams.remove(sequence);
        if (streams.isEmpty()) {
          byLabel.remove(label);
        }
      }
    }
    for (String label : replacement) {
      if (!old.contains(label)) {
        byLabel.computeIfAbsent(label, l -> new TreeMap<>()).put(sequence, key);
      }
    }
  }

  /** The streams with {@code label}, in the order they began. */
  ImmutableList<K> labelled(String label) {
    TreeMap<Integer, K> streams = byLabel.get(label);
    return streams == null ? ImmutableList.of() : ImmutableList.copyOf(streams.values());
  }
}
