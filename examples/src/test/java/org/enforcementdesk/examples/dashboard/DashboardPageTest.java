package org.enforcementdesk.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.metrics.HostFigures;
import org.enforcementdesk.metrics.IndicatorId;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.Indicators;
import org.enforcementdesk.metrics.ReportPeriod;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The dashboard of the sample court's year 2025, and of histories made to test its edges. */
class DashboardPageTest {

  private static IndicatorReport year;
  private static String page;
  private static Document dom;

  @BeforeAll
  static void renderTheYear() throws Exception {
    year = SamplePage.year();
    page = DashboardPage.render(year);
    dom = parse(page);
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document document, String xpath) throws Exception {
    return ((String) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING)).strip();
  }

  private static int count(Document document, String xpath) throws Exception {
    return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
        .getLength();
  }

  @Test
  void render_sampleYear_isOneHtml5DocumentInChineseThatXmlParsersAccept() throws Exception {
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").endsWith("</html>\n");
    assertThat(dom.getDocumentElement().getNodeName()).isEqualTo("html");
    assertThat(text(dom, "/html/head/meta/@charset")).isEqualTo("utf-8");
    assertThat(text(dom, "/html/body/header/h1")).isEqualTo("2025年 执行诉求数据监控平台");
    assertThat(text(dom, "/html/body/header/p")).contains("Enforcement request monitoring", "2025", "2024");
  }

  @Test
  void render_sampleYear_hasEverySection() throws Exception {
    for (String id : List.of("headlines", "volume", "channels", "categories", "causes", "on-time-urgency",
        "on-time-tier", "satisfaction", "risk", "resolution", "timeliness", "comparison", "definitions")) {
      assertThat(count(dom, "//section[@id='" + id + "']")).as(id).isEqualTo(1);
    }
    // Charts are inline SVG with an accessible name: the year's twelve months, the channel mix, the funnels.
    assertThat(count(dom, "//section[@id='volume']//*[local-name()='rect']")).isEqualTo(12);
    assertThat(count(dom, "//section[@id='resolution']//*[local-name()='svg']")).isEqualTo(3);
    assertThat(count(dom, "//*[local-name()='svg'][not(@aria-label)]")).isZero();
    // Every indicator in the comparison and in the definitions, in catalogue order.
    assertThat(count(dom, "//section[@id='comparison']//tbody/tr")).isEqualTo(IndicatorId.values().length);
    assertThat(count(dom, "//section[@id='definitions']//dt")).isEqualTo(IndicatorId.values().length);
  }

  @Test
  void render_headlineTiles_showTheReportsOwnFiguresAndChanges() throws Exception {
    for (IndicatorId id : List.of(IndicatorId.REQUESTS_RECEIVED, IndicatorId.ON_TIME_RATE_GROSS,
        IndicatorId.ON_TIME_RATE_NET, IndicatorId.SATISFACTION_RATE, IndicatorId.CASE_VISIT_RATIO,
        IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE, IndicatorId.DELEGATED_RESOLUTION_RATE)) {
      String tile = "//div[@id='tile-" + id.id() + "']";
      assertThat(text(dom, tile + "/div[@class='value']")).as(id.id())
          .isEqualTo(year.indicator(id).current().display());
      assertThat(text(dom, tile + "/div[@class='changes']")).as(id.id())
          .contains(year.indicator(id).changeVsPrevious().display())
          .contains(year.indicator(id).changeYearOverYear().display());
      // The definition on hover, in the catalogue's words.
      assertThat(text(dom, tile + "/@title")).contains(id.definition().numerator());
    }
    assertThat(text(dom, "//div[@id='tile-risk_cases']/div[@class='value']")).isEqualTo(
        year.indicator(IndicatorId.RISK_CASES_SCREENED).current().display() + " / "
            + year.indicator(IndicatorId.RISK_CASES_RESOLVED).current().display());
    // The sample court's figures are all there to be shown.
    assertThat(year.indicator(IndicatorId.CASE_VISIT_RATIO).changeYearOverYear().isApplicable()).isTrue();
    assertThat(year.indicator(IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE).current().denominator()).isPositive();
  }

  @Test
  void render_charts_useTheReportsBreakdowns() throws Exception {
    var onTime = year.indicator(IndicatorId.ON_TIME_RATE_NET);
    String urgency = text(dom, "//section[@id='on-time-urgency']");
    onTime.breakdown("urgency").values().forEach(rate -> assertThat(urgency).contains(rate.display()));
    String tier = text(dom, "//section[@id='on-time-tier']");
    onTime.breakdown("tier").values().forEach(rate -> assertThat(tier).contains(rate.display()));
    String causes = text(dom, "//section[@id='causes']");
    assertThat(causes).contains("民间借贷纠纷", "未填案由");
    var pre = year.indicator(IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE).current();
    assertThat(text(dom, "//section[@id='resolution']"))
        .contains("转入 " + pre.denominator(), "化解 " + pre.numerator(), pre.display());
    String satisfaction = text(dom, "//section[@id='satisfaction']");
    year.indicator(IndicatorId.DISSATISFIED_RATINGS).breakdown("aspect")
        .values().forEach(count -> assertThat(satisfaction).contains(count.display()));
  }

  @Test
  void render_anyReport_referencesNothingOutsideThePage() {
    for (String html : List.of(page, DashboardPage.render(SamplePage.month()), DashboardPage.render(empty()))) {
      assertThat(html.toLowerCase(Locale.ROOT))
          .doesNotContain("http", "src=", "url(", "@import", "<script", "<link", "href=", "<img", "<iframe");
    }
  }

  @Test
  void render_sameReport_sameBytesWhateverTheDefaultLocaleAndZone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertThat(DashboardPage.render(year)).isEqualTo(page);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void render_sameHistoryRunTwice_sameBytes() {
    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2025, 3, 1);
    String first = DashboardPage.render(SampleCourt.run(7, from, to, 20).report(ReportPeriod.month(2025, 2)));
    String second = DashboardPage.render(SampleCourt.run(7, from, to, 20).report(ReportPeriod.month(2025, 2)));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void render_emptyHistory_saysNotApplicableNeverZeroPercent() throws Exception {
    String html = DashboardPage.render(empty());
    Document document = parse(html);
    for (IndicatorId id : List.of(IndicatorId.ON_TIME_RATE_GROSS, IndicatorId.ON_TIME_RATE_NET,
        IndicatorId.SATISFACTION_RATE, IndicatorId.CASE_VISIT_RATIO, IndicatorId.PRE_ENFORCEMENT_RESOLUTION_RATE,
        IndicatorId.DELEGATED_RESOLUTION_RATE)) {
      assertThat(text(document, "//div[@id='tile-" + id.id() + "']/div[@class='value']")).as(id.id())
          .isEqualTo(Figures.NOT_APPLICABLE);
    }
    // Counts of nothing are zero; rates of nothing are not applicable, and no bar pretends otherwise.
    assertThat(text(document, "//div[@id='tile-requests_received']/div[@class='value']")).isEqualTo("0");
    assertThat(html).doesNotContain("0.00%").contains("本期无数据");
    assertThat(text(document, "//section[@id='risk']")).contains("不适用 n/a");
  }

  @Test
  void render_withoutTheHostsCaseCount_caseVisitRatioNotApplicableWithTheReason() throws Exception {
    IndicatorReport midYear = SamplePage.court().report(
        ReportPeriod.year(2025), OffsetDateTime.parse("2025-06-15T12:00+08:00").toInstant());
    Document document = parse(DashboardPage.render(midYear));
    assertThat(text(document, "//div[@id='tile-case_visit_ratio']/div[@class='value']"))
        .isEqualTo(Figures.NOT_APPLICABLE);
    assertThat(text(document, "//div[@id='tile-case_visit_ratio']/div[@class='value']/span/@title"))
        .isEqualTo("no enforcement case count from the host");
    // A period still running: months not yet reached get no column, rather than a column of zero.
    assertThat(count(document, "//section[@id='volume']//*[local-name()='rect']")).isEqualTo(6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>alert(1)</script>", "民间借贷 & \"利息\"", "]]><!-- x"})
  void render_textFromData_isEscaped(String cause) throws Exception {
    String html = DashboardPage.render(oneRequestWithCause(cause));
    Document document = parse(html);
    assertThat(text(document, "//section[@id='causes']")).contains(cause);
    assertThat(html).doesNotContain(cause);
  }

  @Test
  void render_null_isRefused() {
    assertThatThrownBy(() -> DashboardPage.render(null))
        .isInstanceOf(NullPointerException.class).hasMessage("report");
  }

  private static IndicatorReport empty() {
    return Indicators.over(
        new InMemoryRequestLedger(), ReportPeriod.month(2026, 3), SampleCourt.CALENDAR, HostFigures.none());
  }

  /** One request in March 2026 through the real desk, with the cause of action given. */
  private static IndicatorReport oneRequestWithCause(String cause) {
    OffsetDateTime at = OffsetDateTime.parse("2026-03-02T09:00+08:00");
    InMemoryRequestLedger ledger = new InMemoryRequestLedger();
    EnforcementDesk desk = EnforcementDesk.builder()
        .policy(new DroolsDecisionPolicy(RuleBook.defaults(at.toInstant())))
        .clock(Clock.fixed(at.toInstant(), ZoneOffset.ofHours(8)))
        .ledger(ledger)
        .build();
    desk.submit(Request.builder()
        .id(RequestId.of("R-1"))
        .caseNumber(CaseNumber.parse("（2025）闽0322执1号"))
        .channel(Channel.HOTLINE)
        .type(TaxonomyFile.defaults().type("PROGRESS_QUERY"))
        .receivedAt(at)
        .requester(Party.of("P-1", PartyRole.APPLICANT, "张三"))
        .text("请告知执行进度")
        .facts(RequestFacts.builder().causeOfAction(cause).build())
        .build(), Actor.officer("o-1"));
    return Indicators.over(ledger, ReportPeriod.month(2026, 3), SampleCourt.CALENDAR, HostFigures.none());
  }
}
