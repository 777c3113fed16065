package dev.aispm.api.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.api.metrics.PostureGauges;
import dev.aispm.api.metrics.ScanMetrics;
import dev.aispm.api.notification.AlertService;
import dev.aispm.posture.policy.ModelPolicyCheck;
import dev.aispm.posture.scan.ScanOrchestrator;
import dev.aispm.api.scan.ScanService;
import dev.aispm.api.v1.RenderedPageWriter;
import dev.aispm.api.schedule.QuartzClustering;
import dev.aispm.api.schedule.QuartzSchema;
import dev.aispm.api.schedule.ScanScheduler;
import dev.aispm.api.schedule.SchedulingProperties;
import dev.aispm.graph.collect.Collector;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.query.FindingQueue;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.rules.catalog.RuleCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires scanning into the service: the orchestrator over the collectors the command line
 * registered (none in a read-only deployment), the Quartz scheduler with the configured cron
 * schedules, the clustered job store when {@code aispm.scheduler.jdbc.url} is set, and the
 * metrics.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(SchedulingProperties.class)
public class ServiceConfig {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceConfig.class);

  @Bean
  @ConditionalOnMissingBean
  ScanOrchestrator scanOrchestrator(GraphConnection graph, ObjectProvider<Collector> collectors, RuleCatalog rules,
      ObjectProvider<SchemaCatalog> schema, org.springframework.core.env.Environment environment) {
    // The environment variable, or a -D system property of the same name, as the command line reads it.
    String policy = environment.getProperty(ModelPolicyCheck.ENV);
    return new ScanOrchestrator(graph, collectors.orderedStream().toList(), rules,
        schema.getIfAvailable(SchemaCatalog::standard),
        ModelPolicyCheck.configured(policy == null ? java.util.Map.of() : java.util.Map.of(ModelPolicyCheck.ENV, policy)));
  }

  /**
   * One in-memory risk queue for the service, shared by the findings list and the overview. It
   * keeps each finding's JSON as the service's mapper writes it, for the findings list's pages.
   */
  @Bean
  FindingQueue findingQueue(GraphConnection graph, RenderedPageWriter pages) {
    return new FindingQueue(graph, pages::bytes);
  }

  @Bean
  RenderedPageWriter renderedPageWriter(ObjectMapper json) {
    return new RenderedPageWriter(json);
  }

  @Bean
  ScanScheduler scanScheduler(Scheduler scheduler) {
    return new ScanScheduler(scheduler);
  }

  @Bean
  ScanMetrics scanMetrics(MeterRegistry registry) {
    return new ScanMetrics(registry);
  }

  @Bean
  PostureGauges postureGauges(GraphConnection graph, MeterRegistry registry) {
    return new PostureGauges(graph, registry);
  }

  @Bean
  ScanService scanService(GraphConnection graph, ScanOrchestrator orchestrator, ScanScheduler scheduler,
      ScanMetrics metrics, PostureGauges gauges, AlertService alerts) {
    return new ScanService(graph, orchestrator, scheduler, metrics, gauges, alerts);
  }

  /** Installs the configured schedules once the scheduler runs; a bad cron expression stops the start. */
  @Bean
  ApplicationRunner scheduleInstaller(ScanScheduler scheduler, SchedulingProperties props) {
    return args -> scheduler.apply(props.schedules(), props.scheduler().misfire());
  }

  @Bean
  @ConditionalOnProperty("aispm.scheduler.jdbc.url")
  SchedulerFactoryBeanCustomizer clusteredJobStore(SchedulingProperties props, QuartzProperties quartz) {
    return factory -> {
      SchedulingProperties.Jdbc jdbc = props.scheduler().jdbc();
      if (jdbc.initializeSchema()) {
        try {
          if (QuartzSchema.ensure(jdbc.url(), jdbc.username(), jdbc.password(), jdbc.tablePrefix())) {
            LOG.info("created the Quartz tables");
          }
        } catch (SQLException e) {
          throw new IllegalStateException("cannot prepare the Quartz tables: " + e.getMessage(), e);
        }
      }
      QuartzClustering.apply(factory, jdbc, quartz.getProperties());
    };
  }

  /** Holds the gauges fresh between scans (other instances of a cluster scan too). */
  @Bean
  GaugeRefresher gaugeRefresher(PostureGauges gauges) {
    return new GaugeRefresher(gauges);
  }

  /** Refreshes the posture gauges on a fixed delay. */
  static final class GaugeRefresher {
    private final PostureGauges gauges;

    GaugeRefresher(PostureGauges gauges) {
      this.gauges = gauges;
    }

    @Scheduled(initialDelayString = "${aispm.metrics.refresh:PT1M}", fixedDelayString = "${aispm.metrics.refresh:PT1M}")
    void refresh() {
      gauges.refresh();
    }
  }
}
