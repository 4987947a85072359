package org.enforcementdesk.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * A party's data key as stored: its own id (stored with every value it seals, so that a value sealed under a key
 * since destroyed reads as erased), the master key that wraps it, and the wrapped bytes.
 *
 * @param id the data key's id; not blank, at most 128 characters
 * @param masterKeyId the {@link KeyProvider}'s name for the master key; not blank, at most 128 characters
 * @param wrapped the wrapped key; not empty
 */
public record WrappedKey(String id, String masterKeyId, byte[] wrapped) {

  /**
   * Checks and copies.
   *
   * @throws IllegalArgumentException if a field is blank, too long or empty
   */
  public WrappedKey {
    requireNonNull(id, "id");
    requireNonNull(masterKeyId, "masterKeyId");
    checkArgument(!id.isBlank() && id.length() <= 128, "a data key id must be 1 to 128 characters");
    checkArgument(!masterKeyId.isBlank() && masterKeyId.length() <= 128, "a master key id must be 1 to 128 characters");
    checkArgument(requireNonNull(wrapped, "wrapped").length > 0, "a wrapped key is not empty");
    wrapped = wrapped.clone();
  }

  /** A copy of the wrapped bytes. */
  @Override
  public byte[] wrapped() {
    return wrapped.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WrappedKey that && id.equals(that.id) && masterKeyId.equals(that.masterKeyId)
        && Arrays.equals(wrapped, that.wrapped);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + Arrays.hashCode(wrapped);
  }

  @Override
  public String toString() {
    return "WrappedKey[" + id + " under " + masterKeyId + "]";
  }
}
