package dev.aispm.api.schedule;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code aispm.reports[...]} settings: scheduled posture reports, indexed like scan schedules
 * ({@code AISPM_REPORTS_0_CRON}, {@code AISPM_REPORTS_0_DIR}, {@code AISPM_REPORTS_0_MAIL_TO}, ...):
 *
 * <pre>
 * aispm.reports[0].name=weekly
 * aispm.reports[0].cron=0 0 7 ? * MON
 * aispm.reports[0].since=7d
 * aispm.reports[0].formats=html,pdf
 * aispm.reports[0].dir=/var/lib/aispm/reports
 * aispm.reports[0].mail-to=ciso@example.com,soc@example.com
 * </pre>
 */
@ConfigurationProperties("aispm")
public record ReportSchedules(@DefaultValue List<Report> reports) {

  /**
   * One scheduled report.
   *
   * @param since   the period the trend compares against, e.g. 7d
   * @param formats html, pdf or both
   * @param dir     folder the files are written to; absent: only e-mailed
   * @param mailTo  recipients; absent: only written
   */
  public record Report(String name, String cron, @DefaultValue("UTC") String zone, @DefaultValue("7d") String since,
      @DefaultValue({"html", "pdf"}) List<String> formats, String dir, @DefaultValue List<String> mailTo) {}
}
