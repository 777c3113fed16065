package dev.aispm.api.schedule;

import java.util.Map;
import java.util.Properties;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The Quartz properties of a clustered instance: Quartz's own {@link JobStoreTX} with its own
 * Hikari pool on PostgreSQL, rather than Spring's DataSource job store, because JobStoreTX commits
 * its row locks itself and so stays correct without a Spring transaction around every scheduler
 * call. Every instance with the same settings (and scheduler name) shares the triggers; row locks
 * make exactly one of them fire each trigger, and an instance silent for longer than the check-in
 * interval has its running jobs recovered by the others.
 */
public final class QuartzClustering {
  private QuartzClustering() {}

  /**
   * Applies the clustered job store to a factory bean, on top of {@code base} (Spring's
   * {@code spring.quartz.properties.*}, which win where they set the same key).
   */
  public static void apply(SchedulerFactoryBean factory, SchedulingProperties.Jdbc jdbc, Map<String, String> base) {
    // Quartz keeps connection providers in a JVM-wide registry by name and closes one when its
    // scheduler shuts down: a name per factory keeps two schedulers of one JVM from sharing a pool.
    String ds = "aispm" + Integer.toHexString(System.identityHashCode(factory));
    Properties p = new Properties();
    p.put("org.quartz.scheduler.instanceId", "AUTO");
    p.put("org.quartz.jobStore.class", JobStoreTX.class.getName());
    p.put("org.quartz.jobStore.driverDelegateClass", PostgreSQLDelegate.class.getName());
    p.put("org.quartz.jobStore.dataSource", ds);
    p.put("org.quartz.jobStore.tablePrefix", jdbc.tablePrefix());
    p.put("org.quartz.jobStore.isClustered", "true");
    p.put("org.quartz.jobStore.clusterCheckinInterval", Long.toString(jdbc.checkinInterval().toMillis()));
    // Job data holds strings only (ScanEvent), so no Java serialisation reaches the database.
    p.put("org.quartz.jobStore.useProperties", "true");
    p.put("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    p.put("org.quartz.dataSource." + ds + ".provider", "hikaricp");
    p.put("org.quartz.dataSource." + ds + ".driver", "org.postgresql.Driver");
    p.put("org.quartz.dataSource." + ds + ".URL", jdbc.url());
    p.put("org.quartz.dataSource." + ds + ".user", jdbc.username() == null ? "" : jdbc.username());
    p.put("org.quartz.dataSource." + ds + ".password", jdbc.password() == null ? "" : jdbc.password());
    p.put("org.quartz.dataSource." + ds + ".maxConnections", Integer.toString(jdbc.maxConnections()));
    p.put("org.quartz.dataSource." + ds + ".validationQuery", "SELECT 1");
    p.put("org.quartz.threadPool.threadCount", "4");
    p.putAll(base);
    factory.setQuartzProperties(p);
  }
}
