package org.enforcementdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeHoursTest {

  private static final OfficeHours WINTER = OfficeHours.parse("08:00-12:00, 14:30-17:30");

  @Test
  void parse_fujianWinterHours_givesTwoWindowsOpeningClosingAndTotal() {
    assertThat(WINTER.windows())
        .containsExactly(
            OfficeWindow.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
            OfficeWindow.of(LocalTime.of(14, 30), LocalTime.of(17, 30)));
    assertThat(WINTER.opening()).isEqualTo(LocalTime.of(8, 0));
    assertThat(WINTER.closing()).isEqualTo(LocalTime.of(17, 30));
    assertThat(WINTER.total()).isEqualTo(Duration.ofHours(7));
    assertThat(WINTER).hasToString("08:00-12:00, 14:30-17:30").isEqualTo(OfficeHours.parse(WINTER.toString()));
  }

  @ParameterizedTest
  @CsvSource({
    "07:59:59, false",
    "08:00,    true",
    "11:59:59, true",
    "12:00,    false", // half-open: the office is closed at a window's end
    "14:29,    false",
    "14:30,    true",
    "17:30,    false",
  })
  void contains_timesAroundTheWindows_isHalfOpen(LocalTime time, boolean open) {
    assertThat(WINTER.contains(time)).isEqualTo(open);
  }

  @Test
  void of_windowsTouching_isAllowed() {
    OfficeHours touching = OfficeHours.parse("08:00-12:00, 12:00-13:00");
    assertThat(touching.total()).isEqualTo(Duration.ofHours(5));
  }

  @Test
  void of_overlappingOrUnsortedWindows_throwsNamingBoth() {
    assertThatThrownBy(() -> OfficeHours.parse("08:00-12:00, 11:00-13:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("office windows must be sorted and not overlap: 08:00-12:00 then 11:00-13:00");
    assertThatThrownBy(() -> OfficeHours.parse("14:30-17:30, 08:00-12:00"))
        .hasMessage("office windows must be sorted and not overlap: 14:30-17:30 then 08:00-12:00");
  }

  @Test
  void of_noWindow_throws() {
    assertThatThrownBy(() -> OfficeHours.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("office hours need at least one window");
  }

  @Test
  void window_endNotAfterStart_throwsNamingIt() {
    assertThatThrownBy(() -> OfficeWindow.of(LocalTime.of(12, 0), LocalTime.of(12, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("office window must end after it starts: 12:00-12:00");
  }

  @Test
  void window_badText_throwsQuotingIt() {
    assertThatThrownBy(() -> OfficeWindow.parse("8-12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("office window must read like 08:00-12:00: \"8-12\"");
    assertThatThrownBy(() -> OfficeWindow.parse("08:00"))
        .hasMessage("office window must read like 08:00-12:00: \"08:00\"");
  }

  @Test
  void window_length_isEndMinusStart() {
    assertThat(OfficeWindow.parse("14:30-17:30").length()).isEqualTo(Duration.ofHours(3));
  }
}
