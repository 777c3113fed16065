package dev.aispm.api.config;

import dev.aispm.api.notification.AlertProperties;
import dev.aispm.api.report.ReportService;
import dev.aispm.api.schedule.ReportScheduler;
import dev.aispm.api.schedule.ReportSchedules;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.query.PostureReader;
import dev.aispm.posture.report.ComplianceReport;
import dev.aispm.posture.report.PostureReportBuilder;
import dev.aispm.rules.catalog.RuleCatalog;
import java.time.Clock;
import org.quartz.Scheduler;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Wires posture reports: the builder over the graph, the report service, and the Quartz schedules. */
@Configuration
@EnableConfigurationProperties(ReportSchedules.class)
public class ReportConfig {

  @Bean
  ReportService reportService(GraphConnection graph, RuleCatalog rules, ReportSchedules schedules,
      JavaMailSender aispmMailSender, AlertProperties alerts) {
    PostureReportBuilder builder = new PostureReportBuilder(PostureReader.of(graph), new ComplianceReport(graph, rules),
        Clock.systemUTC());
    return new ReportService(graph, builder, schedules.reports(), aispmMailSender, alerts.mail().enabled(),
        alerts.mail().from(), Clock.systemUTC());
  }

  @Bean
  ReportScheduler reportScheduler(Scheduler scheduler) {
    return new ReportScheduler(scheduler);
  }

  /** Installs the configured report schedules once the scheduler runs; a bad one stops the start. */
  @Bean
  ApplicationRunner reportScheduleInstaller(ReportScheduler scheduler, ReportSchedules schedules) {
    return args -> scheduler.apply(schedules.reports());
  }
}
