package org.enforcementdesk.examples.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.enforcementdesk.metrics.IndicatorReport;
import org.enforcementdesk.metrics.ReportPeriod;

/**
 * The sample court's dashboards, shared by the tests (built once: the run takes a few seconds) and written to files
 * by {@link #main} for a look in a browser. docs/images/dashboard.png is the year page as headless Chromium draws it:
 * {@code chromium --headless --screenshot=dashboard.png --window-size=1400,2430 file:///tmp/dashboard.html}, then
 * {@code pngquant}.
 */
final class SamplePage {

  private static SampleCourt court;

  private SamplePage() {}

  /** Two years of the sample court, 2024 and 2025, about 60 requests a month. */
  static synchronized SampleCourt court() {
    if (court == null) {
      court = SampleCourt.run(2025, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), 60);
    }
    return court;
  }

  /** The year 2025 against 2024. */
  static IndicatorReport year() {
    return court().report(ReportPeriod.year(2025));
  }

  /** March 2025, against February 2025 and March 2024. */
  static IndicatorReport month() {
    return court().report(ReportPeriod.month(2025, 3));
  }

  /** Writes {@code dashboard.html} (the year) and {@code dashboard-month.html} into the directory given (default /tmp). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
    Files.writeString(dir.resolve("dashboard.html"), DashboardPage.render(year()), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("dashboard-month.html"), DashboardPage.render(month()), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("dashboard-report.json"), year().toJson(), StandardCharsets.UTF_8);
  }
}
