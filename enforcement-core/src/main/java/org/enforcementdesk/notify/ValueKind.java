package org.enforcementdesk.notify;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.order.DeadlineKind;
import org.enforcementdesk.order.DueKind;

/**
 * What a template value holds and how each language shows it. Values travel language-neutral (codes, ISO date-times)
 * so that one notification renders in Chinese and in English; only free texts written by people are shown as
 * written, in whatever language they were written.
 */
enum ValueKind {
  /** Text written by a person or taken from data (a reason, a result, a type's name), shown as written. */
  TEXT("a text that is not blank") {
    @Override
    String show(String value, Language language) {
      if (value.isBlank()) {
        throw new IllegalArgumentException("blank");
      }
      return value.strip();
    }
  },

  /**
   * A case number as {@link CaseNumber#parse} reads it, shown as courts print it; the empty text stands for a case
   * not yet filed for enforcement (a pre-enforcement request has none).
   */
  CASE_NUMBER("a case number like （2025）闽0322执1234号, or empty when the case is not yet filed") {
    @Override
    String show(String value, Language language) {
      if (value.isEmpty()) {
        return language == Language.ZH_CN ? "暂无" : "not yet filed";
      }
      return CaseNumber.parse(value).format();
    }
  },

  /** A request id. */
  REQUEST_ID("a request id") {
    @Override
    String show(String value, Language language) {
      return RequestId.of(value).value();
    }
  },

  /**
   * An ISO-8601 date-time with offset ({@code 2026-03-05T17:00+08:00}), shown to the minute with its offset:
   * {@code 2026年3月5日17:00（北京时间）}, {@code 5 March 2026, 17:00 (UTC+08:00)}. Seconds are dropped, which can
   * only show a deadline earlier than it is.
   */
  DATE_TIME("an ISO-8601 date-time with offset like 2026-03-05T17:00+08:00") {
    @Override
    String show(String value, Language language) {
      OffsetDateTime t;
      try {
        t = OffsetDateTime.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("unreadable", e);
      }
      String time = twoDigits(t.getHour()) + ":" + twoDigits(t.getMinute());
      if (language == Language.ZH_CN) {
        // 北京时间 is how Chinese notices state +08:00; any other offset is spelled out.
        String zone = t.getOffset().equals(BEIJING) ? "北京时间" : utc(t.getOffset());
        return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日" + time + "（" + zone + "）";
      }
      return t.getDayOfMonth()
          + " "
          + MONTHS[t.getMonthValue() - 1]
          + " "
          + t.getYear()
          + ", "
          + time
          + " ("
          + utc(t.getOffset())
          + ")";
    }
  },

  /** An {@link Urgency} by its code, e.g. {@code URGENT}: 紧急, urgent. */
  URGENCY("an urgency code: URGENT, PRIORITY or NORMAL") {
    @Override
    String show(String value, Language language) {
      Urgency urgency = Urgency.valueOf(value);
      if (language == Language.ZH_CN) {
        return urgency.chineseName();
      }
      return switch (urgency) {
        case URGENT -> "urgent";
        case PRIORITY -> "priority";
        case NORMAL -> "normal";
      };
    }
  },

  /** A {@link Tier} by its code, e.g. {@code CENTER_DIRECTOR}: 中心主任, centre director. */
  TIER("a tier code: OFFICER, CENTER_DIRECTOR or BUREAU_LEADER") {
    @Override
    String show(String value, Language language) {
      Tier tier = Tier.valueOf(value);
      if (language == Language.ZH_CN) {
        return tier.chineseName();
      }
      return switch (tier) {
        case OFFICER -> "centre officer";
        case CENTER_DIRECTOR -> "centre director";
        case BUREAU_LEADER -> "bureau leader";
      };
    }
  },

  /** A {@link RiskKind} by its code, e.g. {@code PETITION_THREATENED}: 扬言信访, threatened petition. */
  RISK("a risk code: REPEATED_VISITS, NEGATIVE_FEEDBACK, PETITION_UNRESOLVED or PETITION_THREATENED") {
    @Override
    String show(String value, Language language) {
      RiskKind risk = RiskKind.valueOf(value);
      if (language == Language.ZH_CN) {
        return risk.chineseName();
      }
      return switch (risk) {
        case REPEATED_VISITS -> "repeated visits";
        case NEGATIVE_FEEDBACK -> "negative feedback";
        case PETITION_UNRESOLVED -> "unresolved petition";
        case PETITION_THREATENED -> "threatened petition";
      };
    }
  },

  /** An {@link EvaluationAspect} by its code, e.g. {@code ATTITUDE}: 态度, attitude. */
  ASPECT("an evaluation aspect code: ATTITUDE, PROCESS, MANNER, MEASURES or PROCEDURE") {
    @Override
    String show(String value, Language language) {
      EvaluationAspect aspect = EvaluationAspect.valueOf(value);
      return language == Language.ZH_CN ? aspect.chineseName() : aspect.name().toLowerCase(Locale.ROOT);
    }
  },

  /**
   * An SLA clock by the code of {@code org.enforcementdesk.sla.SlaTarget} ({@code RESPONSE}, {@code RESOLUTION},
   * {@code CALLBACK}). The codes are repeated here because notify may not import the sla room; a code added there
   * and not here fails loudly at rendering rather than showing a raw code to a reader.
   */
  SLA_TARGET("an SLA target code: RESPONSE, RESOLUTION or CALLBACK") {
    @Override
    String show(String value, Language language) {
      boolean zh = language == Language.ZH_CN;
      switch (value) {
        case "RESPONSE":
          return zh ? "响应" : "first response";
        case "RESOLUTION":
          return zh ? "办结" : "resolution";
        case "CALLBACK":
          return zh ? "回访" : "callback";
        default:
          throw new IllegalArgumentException("unknown code");
      }
    }
  },

  /** Which of a work order's deadlines, by the code of {@link DeadlineKind}. */
  DEADLINE("a deadline code: RESPONSE, RESOLUTION, CALLBACK, DELEGATION or RECTIFICATION") {
    @Override
    String show(String value, Language language) {
      boolean zh = language == Language.ZH_CN;
      return switch (DeadlineKind.valueOf(value)) {
        case RESPONSE -> zh ? "响应" : "first response";
        case RESOLUTION -> zh ? "办结" : "resolution";
        case CALLBACK -> zh ? "回访" : "callback";
        case DELEGATION -> zh ? "委派化解" : "delegation";
        case RECTIFICATION -> zh ? "整改" : "rectification";
      };
    }
  },

  /** What came due for a work order, by the code of {@link DueKind}. */
  DUE("a due-entry code such as RESOLUTION_DUE") {
    @Override
    String show(String value, Language language) {
      boolean zh = language == Language.ZH_CN;
      return switch (DueKind.valueOf(value)) {
        case RESPONSE_AT_RISK -> zh ? "响应期限预警" : "first-response warning";
        case RESPONSE_DUE -> zh ? "响应期限届满" : "first-response deadline";
        case RESOLUTION_AT_RISK -> zh ? "办结期限预警" : "resolution warning";
        case RESOLUTION_DUE -> zh ? "办结期限届满" : "resolution deadline";
        case CALLBACK_DUE -> zh ? "回访期限届满" : "callback deadline";
        case DELEGATION_DUE -> zh ? "委派期限届满" : "delegation deadline";
      };
    }
  },

  /** A kind of notification, by the code of {@link NotificationKind}. */
  NOTICE("a notification kind code such as ACCEPTANCE_NOTICE") {
    @Override
    String show(String value, Language language) {
      NotificationKind kind = NotificationKind.valueOf(value);
      return language == Language.ZH_CN ? kind.chineseName() : kind.englishName();
    }
  },

  /** Years, ascending and comma-separated ({@code 2027} or {@code 2027,2028}): 2027年、2028年 / 2027 and 2028. */
  YEARS("years like 2027 or 2027,2028") {
    @Override
    String show(String value, Language language) {
      String[] years = value.split(",", -1);
      StringBuilder shown = new StringBuilder();
      for (int i = 0; i < years.length; i++) {
        int year = Integer.parseInt(years[i]);
        if (year < 1900 || year > 9999) {
          throw new IllegalArgumentException("not a year");
        }
        if (language == Language.ZH_CN) {
          shown.append(i == 0 ? "" : "、").append(year).append('年');
        } else {
          shown.append(i == 0 ? "" : i == years.length - 1 ? " and " : ", ").append(year);
        }
      }
      return shown.toString();
    }
  };

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private final String description;

  ValueKind(String description) {
    this.description = description;
  }

  /** What a valid value looks like, for messages: e.g. {@code an urgency code: URGENT, PRIORITY or NORMAL}. */
  String description() {
    return description;
  }

  /**
   * The value as {@code language} shows it.
   *
   * @throws IllegalArgumentException if the value is not of this kind
   */
  abstract String show(String value, Language language);

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String utc(ZoneOffset offset) {
    return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
  }
}
