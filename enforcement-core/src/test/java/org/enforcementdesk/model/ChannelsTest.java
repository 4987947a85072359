package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChannelsTest {

  private static final Channel TRIBUNAL = Channel.of("TRIBUNAL_WINDOW", "人民法庭窗口", "people's tribunal window");

  @Test
  void standard_hasTheFourSeedChannels() {
    assertThat(Channels.standard().all())
        .containsExactly(Channel.WINDOW, Channel.HOTLINE, Channel.APP, Channel.MINI_PROGRAM);
  }

  @Test
  void with_courtOwnChannel_isFoundByCode() {
    Channels channels = Channels.standard().with(TRIBUNAL);
    assertThat(channels.byCode("TRIBUNAL_WINDOW")).isEqualTo(TRIBUNAL);
    assertThat(channels.all()).hasSize(5).last().isEqualTo(TRIBUNAL);
    assertThat(Channels.standard().contains("TRIBUNAL_WINDOW")).isFalse();
  }

  @Test
  void with_existingCode_fails() {
    assertThatThrownBy(() -> Channels.standard().with(Channel.of("HOTLINE", "热线", "hotline")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channel code already present: HOTLINE");
  }

  @Test
  void byCode_unknown_listsValidCodes() {
    assertThatThrownBy(() -> Channels.standard().byCode("HOTLNE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown channel code \"HOTLNE\"; valid codes: [WINDOW, HOTLINE, APP, MINI_PROGRAM]");
  }

  @Test
  void channel_equalityIsByCode() {
    assertThat(Channel.of("HOTLINE", "热线", "hotline")).isEqualTo(Channel.HOTLINE);
  }

  @Test
  void channel_lowerCaseCode_fails() {
    assertThatThrownBy(() -> Channel.of("hotline", "热线", "hotline"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("channel code must be")
        .hasMessageContaining("\"hotline\"");
  }
}
