package org.enforcementdesk.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.enforcementdesk.json.Sealer;

/**
 * Personal data encrypted at rest with a key per party: the party's data key is made on its first sealed value,
 * wrapped by the host's {@link KeyProvider} and kept in the {@link PartyKeyStore}; each value is stored as {@code
 * {"cipher": "AES-GCM", "key": "<data key id>", "data": "<base64 nonce, ciphertext, tag>"}}, bound to its party and
 * key. Erasing a party destroys its key, and from then on its values open as erased. An empty text is stored as it
 * is, since nothing in it is personal; a plain string (stored before encryption was switched on) reads as it is.
 *
 * <pre>{@code
 * Sealer sealer = EncryptingSealer.builder()
 *     .keys(hostKeyProvider)
 *     .store(ledgerKeyStore)
 *     .cipher(PersonalDataCipher.sm4Gcm())            // default AES-GCM
 *     .build();
 * EventJson events = EventJson.of(EnforcementJson.defaults(), sealer);
 * }</pre>
 *
 * <p>Unwrapped keys are cached for {@link Builder#cacheFor} (default 5 seconds), so the key provider is not asked on
 * every read. An erasure on this node forgets the key at once; another node sharing the database may open the
 * party's values until its cache entry expires. Thread-safe.
 */
public final class EncryptingSealer implements Sealer {

  /** A data key in the clear, with its id. */
  private record DataKey(String id, byte[] key) {}

  private final PersonalDataCipher cipher;
  private final KeyProvider keys;
  private final PartyKeyStore store;
  private final Cache<String, DataKey> cache;

  private EncryptingSealer(Builder b) {
    this.cipher = b.cipher;
    this.keys = b.keys;
    this.store = b.store;
    this.cache = CacheBuilder.newBuilder().expireAfterWrite(b.cacheFor).maximumSize(b.cacheSize).build();
  }

  /** A builder; the key provider and the key store are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public JsonNode seal(String text, String partyId) {
    requireNonNull(text, "text");
    requireNonNull(partyId, "partyId");
    if (text.isEmpty()) {
      return TextNode.valueOf(text);
    }
    DataKey key = keyFor(partyId);
    byte[] sealed = cipher.encrypt(key.key(), text.getBytes(StandardCharsets.UTF_8), bound(partyId, key.id()));
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    return json.put("cipher", cipher.name()).put("key", key.id()).put("data", Base64.getEncoder().encodeToString(sealed));
  }

  @Override
  public Optional<String> open(JsonNode sealed, String partyId) {
    requireNonNull(sealed, "sealed");
    requireNonNull(partyId, "partyId");
    if (sealed.isTextual()) {
      return Optional.of(sealed.textValue());
    }
    checkArgument(sealed.isObject() && sealed.size() == 3 && sealed.path("cipher").isTextual()
        && sealed.path("key").isTextual() && sealed.path("data").isTextual(),
        "a sealed value is an object of cipher, key and data; found %s", sealed.getNodeType().name());
    checkArgument(sealed.get("cipher").textValue().equals(cipher.name()),
        "the value is sealed with %s; this sealer opens %s", sealed.get("cipher").textValue(), cipher.name());
    String keyId = sealed.get("key").textValue();
    Optional<DataKey> key = keyIfStill(partyId, keyId);
    if (key.isEmpty()) {
      return Optional.empty(); // the key it was sealed with is destroyed: the party was erased
    }
    byte[] data;
    try {
      data = Base64.getDecoder().decode(sealed.get("data").textValue());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a sealed value's data is not base64", e);
    }
    return Optional.of(new String(cipher.decrypt(key.get().key(), data, bound(partyId, keyId)),
        StandardCharsets.UTF_8));
  }

  @Override
  public boolean erasesByDestroyingKeys() {
    return true;
  }

  @Override
  public void forget(String partyId) {
    cache.invalidate(requireNonNull(partyId, "partyId"));
  }

  /** The party's key, made, wrapped and stored if it has none. */
  private DataKey keyFor(String partyId) {
    DataKey cached = cache.getIfPresent(partyId);
    if (cached != null) {
      return cached;
    }
    DataKey key = store.find(partyId).map(this::unwrapped).orElseGet(() -> {
      byte[] fresh = cipher.newKey();
      WrappedKey wrapped = new WrappedKey(UUID.randomUUID().toString(), keys.currentKeyId(), keys.wrap(fresh));
      WrappedKey stored = store.addIfAbsent(partyId, wrapped);
      return stored.equals(wrapped) ? new DataKey(wrapped.id(), fresh) : unwrapped(stored);
    });
    cache.put(partyId, key);
    return key;
  }

  /** The party's key if it is still the one with {@code keyId}; empty if that key was destroyed. */
  private Optional<DataKey> keyIfStill(String partyId, String keyId) {
    DataKey cached = cache.getIfPresent(partyId);
    if (cached != null && cached.id().equals(keyId)) {
      return Optional.of(cached);
    }
    Optional<DataKey> stored = store.find(partyId).map(this::unwrapped);
    stored.ifPresentOrElse(k -> cache.put(partyId, k), () -> cache.invalidate(partyId));
    return stored.filter(k -> k.id().equals(keyId));
  }

  private DataKey unwrapped(WrappedKey wrapped) {
    return new DataKey(wrapped.id(), keys.unwrap(wrapped.masterKeyId(), wrapped.wrapped()));
  }

  private static byte[] bound(String partyId, String keyId) {
    return (partyId + "\n" + keyId).getBytes(StandardCharsets.UTF_8);
  }

  /** The only mutable way to an {@link EncryptingSealer}. */
  public static final class Builder {

    private PersonalDataCipher cipher = PersonalDataCipher.AES_GCM;
    private KeyProvider keys;
    private PartyKeyStore store;
    private Duration cacheFor = Duration.ofSeconds(5);
    private long cacheSize = 10_000;

    private Builder() {}

    /**
     * The cipher; default {@link PersonalDataCipher#AES_GCM}.
     *
     * @param cipher the cipher; not null
     * @return this builder
     */
    public Builder cipher(PersonalDataCipher cipher) {
      this.cipher = requireNonNull(cipher, "cipher");
      return this;
    }

    /**
     * The host's key provider; required.
     *
     * @param keys the provider; not null
     * @return this builder
     */
    public Builder keys(KeyProvider keys) {
      this.keys = requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Where the wrapped keys are kept, usually beside the events ({@code JdbcPartyKeys.of(transactions, court)});
     * required.
     *
     * @param store the key store; not null
     * @return this builder
     */
    public Builder store(PartyKeyStore store) {
      this.store = requireNonNull(store, "store");
      return this;
    }

    /**
     * How long an unwrapped key is kept in memory; default 5 seconds, zero for never. Longer asks the key provider
     * less often; shorter narrows the time another node may still open an erased party's values.
     *
     * @throws IllegalArgumentException if negative or over an hour
     */
    public Builder cacheFor(Duration cacheFor) {
      requireNonNull(cacheFor, "cacheFor");
      checkArgument(!cacheFor.isNegative() && cacheFor.compareTo(Duration.ofHours(1)) <= 0,
          "cacheFor must be between zero and one hour: %s", cacheFor);
      this.cacheFor = cacheFor;
      return this;
    }

    /**
     * The sealer.
     *
     * @throws NullPointerException if the key provider or the key store is missing
     */
    public EncryptingSealer build() {
      requireNonNull(keys, "keys are required: the host's key provider");
      requireNonNull(store, "store is required: where the parties' wrapped keys are kept");
      return new EncryptingSealer(this);
    }
  }
}
