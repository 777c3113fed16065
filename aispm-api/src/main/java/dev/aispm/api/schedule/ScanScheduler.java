package dev.aispm.api.schedule;

import dev.aispm.posture.scan.ScanScope;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts scans into Quartz: the configured cron schedules at start, and manual triggers from the
 * API. Both go through the same durable {@link ScanJob} of the scope, which is what keeps a manual
 * scan from overlapping a scheduled one of the same scope.
 */
public final class ScanScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(ScanScheduler.class);
  /** Group of the per-scope jobs. */
  public static final String JOB_GROUP = "aispm-scan";
  /** Group of the cron triggers made from configuration; triggers there not configured any more are removed. */
  public static final String SCHEDULE_GROUP = "aispm-schedule";

  private final Scheduler scheduler;

  public ScanScheduler(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  static JobDetail job(ScanScope scope) {
    return JobBuilder.newJob(ScanJob.class).withIdentity(scope.key(), JOB_GROUP)
        .withDescription("scan of " + scope.key())
        .usingJobData(ScanEvent.SCOPE, scope.key())
        // Durable: the job outlives its triggers so manual scans can use it; recoverable: if the
        // instance running it dies, another instance of the cluster runs the scan again.
        .storeDurably().requestRecovery(true).build();
  }

  /**
   * Makes the cron triggers equal to {@code schedules}: adds the missing ones, updates changed ones
   * and removes the ones no longer configured, leaving identical ones untouched, so every instance
   * of a cluster can apply the same configuration at start without disturbing the others.
   *
   * @throws IllegalArgumentException for an invalid cron expression, zone, scope or misfire policy
   */
  public void apply(List<SchedulingProperties.Schedule> schedules, String misfire) throws SchedulerException {
    Map<String, JobDetail> jobs = new LinkedHashMap<>();
    Set<TriggerKey> wanted = new HashSet<>();
    Map<JobDetail, Set<Trigger>> triggers = new LinkedHashMap<>();
    int i = 0;
    for (SchedulingProperties.Schedule s : schedules) {
      String where = "aispm.schedules[" + i + "]";
      ScanScope scope;
      try {
        scope = new ScanScope(blankToNull(s.provider()), blankToNull(s.account()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      if (s.cron() == null || !CronExpression.isValidExpression(s.cron())) {
        throw new IllegalArgumentException(where + ".cron is not a Quartz cron expression (seconds first, e.g. "
            + "'0 0 2 * * ?'): " + s.cron());
      }
      ZoneId zone;
      try {
        zone = ZoneId.of(s.zone() == null ? "UTC" : s.zone());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(where + ".zone is not a time zone: " + s.zone(), e);
      }
      CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(s.cron())
          .inTimeZone(java.util.TimeZone.getTimeZone(zone));
      cron = switch (misfire == null ? "fire-once" : misfire) {
        case "fire-once" -> cron.withMisfireHandlingInstructionFireAndProceed();
        case "skip" -> cron.withMisfireHandlingInstructionDoNothing();
        default -> throw new IllegalArgumentException("aispm.scheduler.misfire must be fire-once or skip, was "
            + misfire);
      };
      JobDetail job = jobs.computeIfAbsent(scope.key(), k -> job(scope));
      TriggerKey key = TriggerKey.triggerKey(scope.key() + "#" + s.cron() + "@" + zone.getId(), SCHEDULE_GROUP);
      wanted.add(key);
      Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job)
          .usingJobData(ScanEvent.TRIGGER, "schedule").usingJobData(ScanEvent.REQUESTED_BY, "scheduler")
          .withSchedule(cron).build();
      triggers.computeIfAbsent(job, j -> new HashSet<>()).add(trigger);
      i++;
    }
    int added = 0;
    for (var e : triggers.entrySet()) {
      addJobIfMissing(e.getKey());
      for (Trigger t : e.getValue()) {
        Trigger existing = scheduler.getTrigger(t.getKey());
        if (existing == null) {
          try {
            scheduler.scheduleJob(t);
            added++;
          } catch (ObjectAlreadyExistsException race) {
            // Another instance starting at the same time stored the same trigger first.
          }
        } else if (existing.getMisfireInstruction() != t.getMisfireInstruction()) {
          scheduler.rescheduleJob(t.getKey(), t);
          added++;
        }
        // An identical trigger is left alone: replacing it would reset its next fire time, and
        // an instance joining a cluster would then fire a scope a second time.
      }
    }
    List<TriggerKey> stale = new ArrayList<>();
    for (TriggerKey k : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(SCHEDULE_GROUP))) {
      if (!wanted.contains(k)) {
        stale.add(k);
      }
    }
    if (!stale.isEmpty()) {
      scheduler.unscheduleJobs(stale);
    }
    LOG.info("{} scan schedule(s) active ({} new or changed), {} removed", wanted.size(), added, stale.size());
  }

  /** Queues a scan of {@code scope} now (it waits while the same scope is scanning). */
  public void trigger(ScanEvent event) throws SchedulerException {
    JobDetail job = job(event.scope());
    addJobIfMissing(job);
    scheduler.triggerJob(job.getKey(), event.toJobData());
  }

  private void addJobIfMissing(JobDetail job) throws SchedulerException {
    if (!scheduler.checkExists(job.getKey())) {
      try {
        scheduler.addJob(job, false);
      } catch (ObjectAlreadyExistsException e) {
        // Another request or instance added it first: the same job, nothing to do.
      }
    }
  }

  /** Whether a scan of the scope is running on this instance. */
  public boolean running(ScanScope scope) throws SchedulerException {
    JobKey key = JobKey.jobKey(scope.key(), JOB_GROUP);
    return scheduler.getCurrentlyExecutingJobs().stream().anyMatch(c -> c.getJobDetail().getKey().equals(key));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
