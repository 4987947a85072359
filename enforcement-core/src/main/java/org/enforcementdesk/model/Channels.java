package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The channels a court accepts requests through: the four standard ones and any the court adds. Looking up an
 * unknown code fails with a message that lists the valid ones, so a typo in a host's data never passes silently.
 */
public final class Channels {

  private static final Channels STANDARD =
      new Channels(byCode(java.util.List.of(Channel.WINDOW, Channel.HOTLINE, Channel.APP, Channel.MINI_PROGRAM)));

  private final ImmutableMap<String, Channel> byCode;

  private Channels(ImmutableMap<String, Channel> byCode) {
    this.byCode = byCode;
  }

  /** The four standard channels: window, hotline, app and mini-program. */
  public static Channels standard() {
    return STANDARD;
  }

  /**
   * Returns these channels plus {@code added}.
   *
   * @throws NullPointerException if {@code added} is null
   * @throws IllegalArgumentException if a channel with the same code is already present
   */
  public Channels with(Channel added) {
    requireNonNull(added, "channel");
    checkArgument(!byCode.containsKey(added.code()), "channel code already present: %s", added.code());
    Map<String, Channel> copy = new LinkedHashMap<>(byCode);
    copy.put(added.code(), added);
    return new Channels(ImmutableMap.copyOf(copy));
  }

  /**
   * Returns the channel with this code.
   *
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if no channel has this code; the message lists the valid codes
   */
  public Channel byCode(String code) {
    requireNonNull(code, "channel code");
    Channel channel = byCode.get(code);
    checkArgument(channel != null, "unknown channel code %s; valid codes: %s", LogSafe.quoted(code), byCode.keySet());
    return channel;
  }

  /** Whether a channel has this code. */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** All channels, standard ones first, then in the order they were added. */
  public Collection<Channel> all() {
    return byCode.values();
  }

  private static ImmutableMap<String, Channel> byCode(Collection<Channel> channels) {
    ImmutableMap.Builder<String, Channel> builder = ImmutableMap.builder();
    channels.forEach(c -> builder.put(c.code(), c));
    return builder.buildOrThrow();
  }

  @Override
  public String toString() {
    return "Channels" + byCode.keySet();
  }
}
