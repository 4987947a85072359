package org.enforcementdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcementdesk.notify.SampleNotifications.CASE_NUMBER;
import static org.enforcementdesk.notify.SampleNotifications.REQUEST_ID;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationTemplatesTest {

  private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
  private static final Locale EN = Locale.forLanguageTag("en");
  private static final NotificationTemplates TEMPLATES = NotificationTemplates.defaults();

  static Stream<Arguments> everyKindInEveryLanguage() {
    List<Arguments> cases = new ArrayList<>();
    for (NotificationKind kind : NotificationKind.values()) {
      for (Locale language : NotificationTemplates.languages()) {
        cases.add(Arguments.of(kind, language));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyKindInEveryLanguage")
  void render_everyKindWithAllItsValues_namesTheRequestAndLeavesNoPlaceholder(
      NotificationKind kind, Locale language) {
    String text = TEMPLATES.render(SampleNotifications.of(kind), language);

    assertThat(text).contains(REQUEST_ID).contains(CASE_NUMBER).doesNotContain("{").doesNotContain("}");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyKindInEveryLanguage")
  void render_partyKinds_speakTheReadersLanguage(NotificationKind kind, Locale language) {
    String text = TEMPLATES.render(SampleNotifications.of(kind), language);

    if (language.equals(ZH_CN)) {
      assertThat(text).startsWith("【");
    } else {
      // Free texts (progress, result, reason, type, resolver) are shown as written, so only the frame is English.
      assertThat(text).startsWith("[").containsIgnoringCase("enforcement request");
    }
    if (kind.isForParty()) {
      assertThat(text).contains(language.equals(ZH_CN) ? "【执行服务中心】" : "[Enforcement Service Centre]");
    }
  }

  @Test
  void render_acceptanceNoticeInChinese_isTheExpectedText() {
    String text = TEMPLATES.render(SampleNotifications.of(NotificationKind.ACCEPTANCE_NOTICE));

    assertThat(text)
        .isEqualTo(
            "【执行服务中心】您的执行诉求（编号R-2026-000123，案号（2025）闽0322执1234号）已受理。"
                + "类型：申请续封；等级：紧急；承办：中心干警；将于2026年3月5日17:00（北京时间）前办结。");
  }

  @Test
  void render_acceptanceNoticeInEnglish_isTheExpectedText() {
    String text = TEMPLATES.render(SampleNotifications.of(NotificationKind.ACCEPTANCE_NOTICE), EN);

    assertThat(text)
        .isEqualTo(
            "[Enforcement Service Centre] Your enforcement request R-2026-000123 (case （2025）闽0322执1234号) has"
                + " been accepted. Type: renew a seizure; urgency: urgent; handled by: centre officer; to be resolved"
                + " by 5 March 2026, 17:00 (UTC+08:00).");
  }

  @Test
  void render_withoutLanguage_usesChinese() {
    Notification n = SampleNotifications.of(NotificationKind.PROGRESS);

    assertThat(TEMPLATES.render(n)).isEqualTo(TEMPLATES.render(n, ZH_CN));
    assertThat(NotificationTemplates.DEFAULT_LANGUAGE).isEqualTo(ZH_CN);
  }

  @Test
  void render_evaluationInvitation_namesTheFiveAspects() {
    Notification n = SampleNotifications.of(NotificationKind.EVALUATION_INVITATION);

    assertThat(TEMPLATES.render(n)).contains("态度、流程、方式、措施、程序");
    assertThat(TEMPLATES.render(n, EN)).contains("attitude, process, manner, measures and procedure");
  }

  @Test
  void render_rejection_givesTheReason() {
    Notification n = SampleNotifications.withValue(NotificationKind.REJECTION, "reason", "该案件已执行完毕结案");

    assertThat(TEMPLATES.render(n)).endsWith("不予受理原因：该案件已执行完毕结案");
  }

  @Test
  void render_urgeReceiptWithDuplicate_usesTheLinkedTemplate() {
    Notification plain = SampleNotifications.of(NotificationKind.URGE_RECEIPT);
    Notification linked = SampleNotifications.withValue(NotificationKind.URGE_RECEIPT, "duplicateId", "R-2026-000124");

    assertThat(TEMPLATES.render(plain)).contains("已收到您对执行诉求").doesNotContain("R-2026-000124");
    assertThat(TEMPLATES.render(linked))
        .isEqualTo(
            "【执行服务中心】您新提交的诉求（编号R-2026-000124）与正在办理的执行诉求（编号R-2026-000123，"
                + "案号（2025）闽0322执1234号）内容相同，已并入该诉求并记为一次催办，将于2026年3月5日17:00（北京时间）"
                + "前办结，无需重复提交。");
    assertThat(TEMPLATES.render(linked, EN)).contains("R-2026-000124").contains("joined to that request");
  }

  @Test
  void render_caseNotYetFiled_saysSoAndStillNamesTheRequest() {
    Notification n = SampleNotifications.withValue(NotificationKind.ACCEPTANCE_NOTICE, "caseNumber", "");

    assertThat(TEMPLATES.render(n)).contains("（编号R-2026-000123，案号暂无）");
    assertThat(TEMPLATES.render(n, EN)).contains("R-2026-000123 (case not yet filed)");
  }

  @Test
  void render_halfWidthCaseNumber_isPrintedAsCourtsPrintIt() {
    Notification n = SampleNotifications.withValue(NotificationKind.PROGRESS, "caseNumber", "(2025)闽0322执1234号");

    assertThat(TEMPLATES.render(n)).contains("案号（2025）闽0322执1234号");
  }

  @Test
  void render_codedValues_areNamedInTheReadersLanguage() {
    Notification escalation = SampleNotifications.of(NotificationKind.ESCALATION);
    Notification risk = SampleNotifications.withValue(NotificationKind.RISK_ALERT, "risk", "PETITION_THREATENED");
    Notification warning = SampleNotifications.withValue(NotificationKind.SLA_WARNING, "target", "RESPONSE");

    assertThat(TEMPLATES.render(escalation)).contains("已由中心干警提级至中心主任办理");
    assertThat(TEMPLATES.render(escalation, EN)).contains("from centre officer to centre director");
    assertThat(TEMPLATES.render(risk)).contains("触发“扬言信访”风险预警");
    assertThat(TEMPLATES.render(risk, EN)).contains("\"threatened petition\"");
    assertThat(TEMPLATES.render(warning)).contains("的响应期限将于");
    assertThat(TEMPLATES.render(warning, EN)).contains("The first response deadline");
  }

  @Test
  void render_dueInAnotherOffsetOrUtc_printsTheOffset() {
    Notification tokyo =
        SampleNotifications.withValue(NotificationKind.CALLBACK_DUE, "due", "2026-12-31T09:05:30+09:00");
    Notification utc = SampleNotifications.withValue(NotificationKind.CALLBACK_DUE, "due", "2026-01-01T00:00Z");

    assertThat(TEMPLATES.render(tokyo)).contains("请于2026年12月31日09:05（UTC+09:00）前");
    assertThat(TEMPLATES.render(tokyo, EN)).contains("by 31 December 2026, 09:05 (UTC+09:00).");
    assertThat(TEMPLATES.render(utc, EN)).contains("by 1 January 2026, 00:00 (UTC).");
  }

  @Test
  void render_valueWithPhoneAndIdNumber_masksBoth() {
    Notification n =
        SampleNotifications.withValue(
            NotificationKind.PROGRESS, "progress", "已联系被执行人（电话13812345678，身份证号35032219900101123X）。");

    String zh = TEMPLATES.render(n);
    String en = TEMPLATES.render(n, EN);

    for (String text : List.of(zh, en)) {
      assertThat(text)
          .contains("电话138****5678")
          .contains("身份证号350***********123X")
          .doesNotContain("13812345678")
          .doesNotContain("35032219900101123X")
          .contains(REQUEST_ID);
    }
  }

  @Test
  void render_phoneInEveryTextValue_isMaskedEverywhere() {
    for (NotificationKind kind : NotificationKind.values()) {
      for (String name : NotificationTemplates.valuesOf(kind)) {
        if (!List.of("type", "typeEn", "progress", "result", "reason", "resolver").contains(name)) {
          continue;
        }
        Notification n = SampleNotifications.withValue(kind, name, "联系人电话 138 1234 5678");
        for (Locale language : NotificationTemplates.languages()) {
          assertThat(TEMPLATES.render(n, language)).as("%s.%s", kind, name).doesNotContain("1234 5678");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-CN-u-ca-chinese"})
  void render_chineseLocales_renderChinese(String tag) {
    Notification n = SampleNotifications.of(NotificationKind.REJECTION);

    assertThat(TEMPLATES.render(n, Locale.forLanguageTag(tag))).isEqualTo(TEMPLATES.render(n, ZH_CN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-US", "en-GB"})
  void render_englishLocales_renderEnglish(String tag) {
    Notification n = SampleNotifications.of(NotificationKind.REJECTION);

    assertThat(TEMPLATES.render(n, Locale.forLanguageTag(tag))).isEqualTo(TEMPLATES.render(n, EN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-TW", "zh-HK", "zh-Hant", "fr", "hi-IN", "und"})
  void render_unsupportedLanguage_throwsListingTheSupportedOnes(String tag) {
    Notification n = SampleNotifications.of(NotificationKind.REJECTION);

    assertThatThrownBy(() -> TEMPLATES.render(n, Locale.forLanguageTag(tag)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported language '" + tag + "'")
        .hasMessageContaining("zh-CN")
        .hasMessageContaining("en");
  }

  @Test
  void render_missingValue_throwsNamingKindPlaceholderAndKey() {
    Notification n =
        SampleNotifications.of(
            "R-2026-000123:accepted",
            NotificationKind.ACCEPTANCE_NOTICE,
            REQUEST_ID,
            SampleNotifications.PARTY,
            Map.of("caseNumber", CASE_NUMBER, "type", "申请续封", "typeEn", "x", "urgency", "URGENT", "tier", "OFFICER"));

    assertThatThrownBy(() -> TEMPLATES.render(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notification R-2026-000123:accepted")
        .hasMessageContaining("ACCEPTANCE_NOTICE")
        .hasMessageContaining("no value for placeholder {due}");
  }

  @Test
  void render_unexpectedValue_throwsNamingIt() {
    Notification n = SampleNotifications.withValue(NotificationKind.PROGRESS, "caseNo", "x");

    assertThatThrownBy(() -> TEMPLATES.render(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PROGRESS")
        .hasMessageContaining("unexpected value 'caseNo'")
        .hasMessageContaining("carries caseNumber, progress");
  }

  @Test
  void render_duplicateIdOnAnotherKind_isUnexpected() {
    Notification n = SampleNotifications.withValue(NotificationKind.PROGRESS, "duplicateId", "R-2");

    assertThatThrownBy(() -> TEMPLATES.render(n)).hasMessageContaining("unexpected value 'duplicateId'");
  }

  @Test
  void render_requestIdAmongValues_throws() {
    Notification n = SampleNotifications.withValue(NotificationKind.PROGRESS, "requestId", "R-OTHER");

    assertThatThrownBy(() -> TEMPLATES.render(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the request id comes from the notification itself");
  }

  @ParameterizedTest
  @MethodSource("malformedValues")
  void render_malformedValue_throwsNamingThePlaceholderAndWhatItShouldBe(
      NotificationKind kind, String name, String value, String expected) {
    Notification n = SampleNotifications.withValue(kind, name, value);

    assertThatThrownBy(() -> TEMPLATES.render(n, EN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notification " + kind + ":1 (" + kind + ", request R-2026-000123)")
        .hasMessageContaining("malformed value for placeholder {" + name + "}")
        .hasMessageContaining(expected);
  }

  static Stream<Arguments> malformedValues() {
    return Stream.of(
        Arguments.of(NotificationKind.ACCEPTANCE_NOTICE, "due", "2026-03-05 17:00", "ISO-8601 date-time with offset"),
        Arguments.of(NotificationKind.ACCEPTANCE_NOTICE, "due", "2026-03-05T17:00", "ISO-8601 date-time with offset"),
        Arguments.of(NotificationKind.ACCEPTANCE_NOTICE, "urgency", "紧急", "URGENT, PRIORITY or NORMAL"),
        Arguments.of(NotificationKind.ACCEPTANCE_NOTICE, "tier", "officer", "OFFICER, CENTER_DIRECTOR"),
        Arguments.of(NotificationKind.ACCEPTANCE_NOTICE, "type", "  ", "not blank"),
        Arguments.of(NotificationKind.RISK_ALERT, "risk", "FLOOD", "REPEATED_VISITS"),
        Arguments.of(NotificationKind.SLA_BREACH, "target", "resolution", "RESPONSE, RESOLUTION or CALLBACK"),
        Arguments.of(NotificationKind.PROGRESS, "caseNumber", "2025-1234", "a case number"),
        Arguments.of(NotificationKind.URGE_RECEIPT, "duplicateId", "R 2", "a request id"));
  }

  @Test
  void render_malformedValueHoldingAPhone_masksItInTheMessage() {
    Notification n = SampleNotifications.withValue(NotificationKind.PROGRESS, "caseNumber", "13812345678");

    assertThatThrownBy(() -> TEMPLATES.render(n))
        .hasMessageContaining("'138****5678'")
        .hasNoCause()
        .message()
        .doesNotContain("13812345678");
  }

  @Test
  void render_malformedValueUnusedByTheTemplate_stillThrows() {
    // The Chinese acceptance notice shows {type}, not {typeEn}; the values are checked all the same.
    Notification n = SampleNotifications.withValue(NotificationKind.ACCEPTANCE_NOTICE, "typeEn", " ");

    assertThatThrownBy(() -> TEMPLATES.render(n, ZH_CN)).hasMessageContaining("{typeEn}");
  }

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void valuesOf_everyValue_isShownByTheKindsTemplateInSomeLanguage(NotificationKind kind) {
    List<String> used = new ArrayList<>();
    for (Locale language : NotificationTemplates.languages()) {
      String text = TEMPLATES.template(language, kind.name());
      for (String name : NotificationTemplates.valuesOf(kind)) {
        if (text.contains("{" + name + "}")) {
          used.add(name);
        }
      }
    }
    assertThat(used).containsAll(NotificationTemplates.valuesOf(kind));
  }

  @Test
  void valuesOf_neverIncludesTheRequestId_andOnlyPartyDeadlinesHaveOptionalValues() {
    Set<NotificationKind> provisional = EnumSet.of(NotificationKind.ACCEPTANCE_NOTICE,
        NotificationKind.DEADLINE_NOTICE, NotificationKind.DEADLINE_CHANGE_NOTICE);
    for (NotificationKind kind : NotificationKind.values()) {
      assertThat(NotificationTemplates.valuesOf(kind)).doesNotContain("requestId").contains("caseNumber");
      if (provisional.contains(kind)) {
        assertThat(NotificationTemplates.optionalValuesOf(kind)).containsExactly("provisionalYears");
      } else if (kind != NotificationKind.URGE_RECEIPT) {
        assertThat(NotificationTemplates.optionalValuesOf(kind)).isEmpty();
      }
    }
    assertThat(NotificationTemplates.optionalValuesOf(NotificationKind.URGE_RECEIPT))
        .containsExactly("duplicateId", "provisionalYears");
    assertThat(NotificationTemplates.valuesOf(NotificationKind.ACCEPTANCE_NOTICE))
        .containsExactly("caseNumber", "type", "typeEn", "urgency", "tier", "due");
  }

  @Test
  void templateKeys_areTheKindsWithTheLinkedUrgeReceiptAfterUrgeReceipt_andTheProvisionalNoteLast() {
    List<String> expected = new ArrayList<>();
    for (NotificationKind kind : NotificationKind.values()) {
      expected.add(kind.name());
      if (kind == NotificationKind.URGE_RECEIPT) {
        expected.add("URGE_RECEIPT.linked");
      }
    }
    expected.add("PROVISIONAL_NOTE");
    assertThat(NotificationTemplates.templateKeys()).containsExactlyElementsOf(expected);
  }

  @Test
  void render_aProvisionalDate_addsTheNoteInEachLanguage() {
    Map<String, String> values = new java.util.HashMap<>(SampleNotifications.valuesOf(NotificationKind.DEADLINE_NOTICE));
    values.put("provisionalYears", "2027");
    Notification n = SampleNotifications.of("d:1", NotificationKind.DEADLINE_NOTICE, SampleNotifications.REQUEST_ID,
        SampleNotifications.PARTY, values);
    assertThat(NotificationTemplates.defaults().render(n))
        .endsWith("（该期限涉及2027年，该年度节假日安排尚未公布，暂按《全国年节及纪念日放假办法》推算，安排公布后如有调整将另行告知。）");
    assertThat(NotificationTemplates.defaults().render(n, Locale.ENGLISH))
        .endsWith(" (Provisional: the holiday arrangement for 2027 has not been published yet, so this date is counted"
            + " from the national regulation on public holidays; we will tell you if it changes.)");
    assertThat(NotificationTemplates.defaults().render(SampleNotifications.of(NotificationKind.DEADLINE_NOTICE)))
        .doesNotContain("节假日安排");
    values.put("provisionalYears", "2027,1999x");
    Notification bad = SampleNotifications.of("d:2", NotificationKind.DEADLINE_NOTICE, SampleNotifications.REQUEST_ID,
        SampleNotifications.PARTY, values);
    assertThatThrownBy(() -> NotificationTemplates.defaults().render(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholder {provisionalYears}")
        .hasMessageContaining("years like 2027 or 2027,2028");
  }

  @Test
  void placeholdersOf_linkedUrgeReceipt_addsTheDuplicateId() {
    assertThat(NotificationTemplates.placeholdersOf("URGE_RECEIPT")).containsExactly("requestId", "caseNumber", "due");
    assertThat(NotificationTemplates.placeholdersOf("URGE_RECEIPT.linked"))
        .containsExactly("requestId", "caseNumber", "due", "duplicateId");
    assertThatThrownBy(() -> NotificationTemplates.placeholdersOf("URGE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown template key 'URGE'");
  }

  @Test
  void languages_areChineseFirstThenEnglish() {
    assertThat(NotificationTemplates.languages()).containsExactly(ZH_CN, EN);
  }

  @Test
  void with_validText_replacesOnlyThatTemplate() {
    NotificationTemplates court =
        TEMPLATES.with(ZH_CN, NotificationKind.REJECTION, "【仙游县人民法院】诉求{requestId}不予受理：{reason}");

    Notification rejection = SampleNotifications.of(NotificationKind.REJECTION);
    assertThat(court.render(rejection)).isEqualTo("【仙游县人民法院】诉求R-2026-000123不予受理：同一案件30日内第3次诉求");
    assertThat(court.render(rejection, EN)).isEqualTo(TEMPLATES.render(rejection, EN));
    assertThat(TEMPLATES.render(rejection)).startsWith("【执行服务中心】");
    for (NotificationKind kind : EnumSet.complementOf(EnumSet.of(NotificationKind.REJECTION))) {
      Notification n = SampleNotifications.of(kind);
      assertThat(court.render(n)).isEqualTo(TEMPLATES.render(n));
    }
    assertThat(court.sourceName()).isEqualTo("notification-templates.yaml with zh-CN.REJECTION changed");
  }

  @Test
  void with_linkedKeyByName_replacesTheLinkedVariant() {
    NotificationTemplates court = TEMPLATES.with(EN, "URGE_RECEIPT.linked", "{duplicateId} joined {requestId}.");

    Notification linked = SampleNotifications.withValue(NotificationKind.URGE_RECEIPT, "duplicateId", "R-9");
    assertThat(court.render(linked, EN)).isEqualTo("R-9 joined R-2026-000123.");
  }

  @Test
  void with_unknownPlaceholder_throwsNamingLanguageKeyAndPlaceholder() {
    assertThatThrownBy(() -> TEMPLATES.with(ZH_CN, NotificationKind.PROGRESS, "{requestId}：{result}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("template zh-CN.PROGRESS")
        .hasMessageContaining("unknown placeholder {result}")
        .hasMessageContaining("{requestId}, {caseNumber}, {progress}");
  }

  @Test
  void with_textNamingNoRequest_throws() {
    assertThatThrownBy(() -> TEMPLATES.with(EN, NotificationKind.PROGRESS, "Progress: {progress}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("template en.PROGRESS")
        .hasMessageContaining("must contain {requestId} or {caseNumber}");
  }

  @Test
  void with_duplicateIdInThePlainUrgeReceipt_throws() {
    assertThatThrownBy(() -> TEMPLATES.with(EN, NotificationKind.URGE_RECEIPT, "{requestId} {duplicateId}"))
        .hasMessageContaining("unknown placeholder {duplicateId}");
  }

  @Test
  void with_unknownKeyOrLanguage_throws() {
    assertThatThrownBy(() -> TEMPLATES.with(EN, "URGE_RECEIPT.duplicate", "{requestId}"))
        .hasMessageContaining("unknown template key 'URGE_RECEIPT.duplicate'");
    assertThatThrownBy(() -> TEMPLATES.with(Locale.forLanguageTag("fr"), NotificationKind.PROGRESS, "{requestId}"))
        .hasMessageContaining("unsupported language 'fr'");
  }

  @Test
  void template_givesTheTextAsWritten() {
    assertThat(TEMPLATES.template(ZH_CN, "CALLBACK_DUE"))
        .isEqualTo("【回访提醒】执行诉求{requestId}（案号{caseNumber}）待回访，请于{due}前完成满意度回访并记录结果。");
    assertThatThrownBy(() -> TEMPLATES.template(ZH_CN, "CALLBACK"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown template key 'CALLBACK'");
  }

  @Test
  void defaults_isLoadedOnceAndNamedAfterItsFile() {
    assertThat(NotificationTemplates.defaults()).isSameAs(TEMPLATES);
    assertThat(TEMPLATES).hasToString("NotificationTemplates[notification-templates.yaml]");
  }
}
