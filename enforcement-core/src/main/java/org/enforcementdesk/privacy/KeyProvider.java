package org.enforcementdesk.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The host's side of personal-data encryption: it wraps and unwraps each party's data key with a master key the
 * library never sees, typically in the court's key-management system or a cipher machine (密码机). Master keys are
 * named, so that a host can rotate: new data keys are wrapped with {@link #currentKeyId()}, old ones still unwrap
 * under the name they were wrapped with.
 *
 * <pre>{@code
 * KeyProvider keys = new KeyProvider() {               // the host's KMS client
 *   public String currentKeyId() { return kms.currentKeyName(); }
 *   public byte[] wrap(byte[] dataKey) { return kms.encrypt(currentKeyId(), dataKey); }
 *   public byte[] unwrap(String keyId, byte[] wrapped) { return kms.decrypt(keyId, wrapped); }
 * };
 * KeyProvider forTests = KeyProvider.ofMasterKeys("k1", Map.of("k1", thirtyTwoBytes));
 * }</pre>
 *
 * <p>Implementations must be thread-safe. The library caches unwrapped data keys briefly ({@link
 * EncryptingSealer.Builder#cacheFor}), so a KMS is not called on every read.
 */
public interface KeyProvider {

  /** The name of the master key new data keys are wrapped with. */
  String currentKeyId();

  /**
   * Wraps a data key with the current master key.
   *
   * @param dataKey the key; not null
   * @return the wrapped key, to be stored beside the party's data
   */
  byte[] wrap(byte[] dataKey);

  /**
   * Unwraps a data key.
   *
   * @param keyId the master key it was wrapped with
   * @param wrapped what {@link #wrap} gave
   * @return the data key
   * @throws IllegalArgumentException if the master key is unknown or the wrapped key does not open
   */
  byte[] unwrap(String keyId, byte[] wrapped);

  /**
   * Master keys the host holds itself (from its secret store), wrapping with AES-256-GCM: for hosts without a KMS,
   * and for tests.
   *
   * @param currentKeyId the key new data keys are wrapped with; one of {@code keys}
   * @param keys every master key by name, 32 bytes each
   * @return the provider
   * @throws IllegalArgumentException if the current key is not among them or a key is not 32 bytes
   */
  static KeyProvider ofMasterKeys(String currentKeyId, Map<String, byte[]> keys) {
    requireNonNull(currentKeyId, "currentKeyId");
    ImmutableMap<String, byte[]> copy = ImmutableMap.copyOf(keys);
    checkArgument(copy.containsKey(currentKeyId), "the current master key \"%s\" is not among the keys %s",
        currentKeyId, copy.keySet());
    copy.forEach((id, key) -> checkArgument(key.length == 32, "master key \"%s\" has %s bytes; AES-256 needs 32",
        id, key.length));
    return new KeyProvider() {
      @Override
      public String currentKeyId() {
        return currentKeyId;
      }

      @Override
      public byte[] wrap(byte[] dataKey) {
        return PersonalDataCipher.AES_GCM.encrypt(copy.get(currentKeyId), dataKey, bound(currentKeyId));
      }

      @Override
      public byte[] unwrap(String keyId, byte[] wrapped) {
        byte[] master = copy.get(keyId);
        checkArgument(master != null, "no master key named \"%s\"", keyId);
        return PersonalDataCipher.AES_GCM.decrypt(master, wrapped, bound(keyId));
      }

      private byte[] bound(String keyId) {
        return ("enforcement-desk data key under " + keyId).getBytes(StandardCharsets.UTF_8);
      }
    };
  }
}
