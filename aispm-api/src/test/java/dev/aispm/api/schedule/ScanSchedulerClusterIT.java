package dev.aispm.api.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

/**
 * Two aispm schedulers, configured as the service configures them ({@link QuartzClustering},
 * {@link QuartzSchema}, {@link ScanScheduler}, {@link ScanJob} through Spring's job factory), share
 * a PostgreSQL job store: every trigger fire runs on exactly one instance, runs of one scope never
 * overlap, and when one instance stops the other fires every trigger. Runs against the machine's
 * PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres}) in a schema of its own
 * that it drops afterwards; skipped, saying why, when that server is unreachable.
 */
class ScanSchedulerClusterIT {
  static final String ADMIN_URL = System.getProperty("aispm.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getProperty("aispm.test.postgres.user", "postgres");

  record Run(String instance, String trigger, Instant scheduledFire, String scope, long startNanos, long endNanos) {}

  private final ConcurrentLinkedQueue<Run> runs = new ConcurrentLinkedQueue<>();
  private final List<SchedulerFactoryBean> factories = new ArrayList<>();
  private final List<GenericApplicationContext> contexts = new ArrayList<>();
  private String schema;
  private String url;

  @BeforeEach
  void createSchema() throws Exception {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, "")) {
      schema = "aispm_quartz_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA " + schema);
      }
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL at " + ADMIN_URL + " (user " + USER + ") is unreachable, so the Quartz "
          + "clustering test cannot run: " + e.getMessage());
    }
    url = ADMIN_URL + "?currentSchema=" + schema;
    assertThat(QuartzSchema.ensure(url, USER, "", "QRTZ_")).as("tables created from Quartz's script").isTrue();
    assertThat(QuartzSchema.ensure(url, USER, "", "QRTZ_")).as("second call sees them and keeps them").isFalse();
  }

  @AfterEach
  void dropSchema() throws Exception {
    for (SchedulerFactoryBean f : factories) {
      f.destroy();
    }
    contexts.forEach(GenericApplicationContext::close);
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, "");
           Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  /** Starts one instance as the service would, with a runner that takes a while like a real scan. */
  private SchedulerFactoryBean start(String name) throws Exception {
    GenericApplicationContext ctx = new GenericApplicationContext();
    ctx.registerBean(ScanRunner.class, () -> event -> sleep(400));
    ctx.refresh();
    contexts.add(ctx);
    SchedulerFactoryBean f = new SchedulerFactoryBean();
    SpringBeanJobFactory jobs = new SpringBeanJobFactory();
    jobs.setApplicationContext(ctx);
    f.setJobFactory(jobs);
    f.setApplicationContext(ctx);
    f.setSchedulerName("aispm");
    f.setWaitForJobsToCompleteOnShutdown(true);
    SchedulingProperties.Jdbc jdbc = new SchedulingProperties.Jdbc(url, USER, "", "QRTZ_", true,
        Duration.ofSeconds(1), 4);
    QuartzClustering.apply(f, jdbc, Map.of("org.quartz.threadPool.threadCount", "4",
        "org.quartz.jobStore.misfireThreshold", "60000"));
    f.afterPropertiesSet();
    Scheduler s = f.getScheduler();
    s.getListenerManager().addJobListener(new Recorder(name));
    // Every instance installs the configured schedules at start, as the service does.
    new ScanScheduler(s).apply(List.of(
        new SchedulingProperties.Schedule("aws", null, "0/2 * * * * ?", "UTC"),
        new SchedulingProperties.Schedule("aws", "111111111111", "1/2 * * * * ?", "UTC")), "fire-once");
    f.start();
    factories.add(f);
    return f;
  }

  private final class Recorder implements JobListener {
    private final String instance;
    private final java.util.concurrent.ConcurrentHashMap<JobExecutionContext, Long> started =
        new java.util.concurrent.ConcurrentHashMap<>();

    Recorder(String instance) {
      this.instance = instance;
    }

    @Override
    public String getName() {
      return "recorder-" + instance;
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
      started.put(context, System.nanoTime());
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) { }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
      runs.add(new Run(instance, context.getTrigger().getKey().toString(), context.getScheduledFireTime().toInstant(),
          context.getJobDetail().getKey().getName(), started.remove(context), System.nanoTime()));
    }
  }

  @Test
  void eachFireRunsOnExactlyOneInstanceAndTheSurvivorTakesOver() throws Exception {
    SchedulerFactoryBean a = start("a");
    sleep(4_000);
    assertThat(runs).as("instance a fires alone").isNotEmpty().allMatch(r -> r.instance().equals("a"));

    SchedulerFactoryBean b = start("b");
    new ScanScheduler(b.getScheduler()).trigger(new ScanEvent("scan-manual", new dev.aispm.posture.scan.ScanScope("aws", null),
        "api", "test"));
    sleep(6_000);
    a.getScheduler().shutdown(true);
    Instant stopped = Instant.now();
    int before = runs.size();
    // A trigger that instance a had acquired stays with it until the others deem it dead: one
    // check-in interval (1 s here) plus Quartz's fixed 7.5 s of grace, then cluster recovery.
    sleep(14_000);

    List<Run> all = List.copyOf(runs);
    // Exactly once: no scheduled fire of a cron trigger ran twice, on one instance or two.
    Map<String, Long> perFire = all.stream().filter(r -> r.trigger().startsWith(ScanScheduler.SCHEDULE_GROUP))
        .collect(Collectors.groupingBy(r -> r.trigger() + "@" + r.scheduledFire(), Collectors.counting()));
    assertThat(perFire).as("runs per scheduled fire").allSatisfy((fire, n) -> assertThat(n).as(fire).isEqualTo(1L));
    // No fire was lost either: each trigger fires every 2 s over ~24 s, less the failover pause.
    Map<String, Long> perTrigger = all.stream().filter(r -> r.trigger().startsWith(ScanScheduler.SCHEDULE_GROUP))
        .collect(Collectors.groupingBy(Run::trigger, Collectors.counting()));
    assertThat(perTrigger).hasSize(2).allSatisfy((t, n) -> assertThat(n).as(t).isGreaterThanOrEqualTo(7L));
    // The manual trigger ran once, through the same job as the scope's schedule.
    assertThat(all.stream().filter(r -> r.trigger().contains(".MT_"))).hasSize(1)
        .allMatch(r -> r.scope().equals("aws"));
    // Runs of one scope never overlap, across both instances.
    for (String scope : Set.of("aws", "aws:111111111111")) {
      List<Run> ofScope = all.stream().filter(r -> r.scope().equals(scope))
          .sorted(java.util.Comparator.comparingLong(Run::startNanos)).toList();
      for (int i = 1; i < ofScope.size(); i++) {
        assertThat(ofScope.get(i).startNanos()).as("run of %s starts after the previous ends", scope)
            .isGreaterThanOrEqualTo(ofScope.get(i - 1).endNanos());
      }
    }
    // The survivor fires both triggers after the other stopped.
    List<Run> after = all.subList(before, all.size());
    assertThat(after).as("fires after instance a stopped at %s", stopped).isNotEmpty()
        .allMatch(r -> r.instance().equals("b"));
    assertThat(after.stream().map(Run::trigger).filter(t -> t.startsWith(ScanScheduler.SCHEDULE_GROUP)).distinct())
        .hasSize(2);
    System.out.printf("cluster runs: a=%d b=%d%n", all.stream().filter(r -> r.instance().equals("a")).count(),
        all.stream().filter(r -> r.instance().equals("b")).count());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
