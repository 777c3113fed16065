package dev.aispm.api.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the configured reports into Quartz: one durable job and one cron trigger per entry, the
 * ones no longer configured removed, identical ones left alone so an instance joining a cluster
 * does not reset their next fire time.
 */
public final class ReportScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(ReportScheduler.class);
  public static final String GROUP = "aispm-report";
  private final Scheduler scheduler;

  public ReportScheduler(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** @throws IllegalArgumentException for an invalid cron expression, zone or format */
  public void apply(List<ReportSchedules.Report> reports) throws SchedulerException {
    Set<TriggerKey> wanted = new HashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      ReportSchedules.Report r = reports.get(i);
      String where = "aispm.reports[" + i + "]";
      if (r.cron() == null || !CronExpression.isValidExpression(r.cron())) {
        throw new IllegalArgumentException(where + ".cron is not a Quartz cron expression: " + r.cron());
      }
      for (String f : r.formats()) {
        if (!f.matches("html|pdf")) {
          throw new IllegalArgumentException(where + ".formats must be html and/or pdf, was " + f);
        }
      }
      if ((r.dir() == null || r.dir().isBlank()) && r.mailTo().isEmpty()) {
        throw new IllegalArgumentException(where + " needs a dir, a mail-to list, or both");
      }
      TimeZone zone = TimeZone.getTimeZone(java.time.ZoneId.of(r.zone()));
      JobDetail job = JobBuilder.newJob(ReportJob.class).withIdentity("report-" + i, GROUP)
          .usingJobData(ReportJob.INDEX, i).storeDurably().requestRecovery(false).build();
      TriggerKey key = TriggerKey.triggerKey("report-" + i + "#" + r.cron() + "@" + zone.getID(), GROUP);
      wanted.add(key);
      if (!scheduler.checkExists(job.getKey())) {
        scheduler.addJob(job, false);
      }
      if (!scheduler.checkExists(key)) {
        Trigger t = TriggerBuilder.newTrigger().withIdentity(key).forJob(job)
            .withSchedule(CronScheduleBuilder.cronSchedule(r.cron()).inTimeZone(zone)
                .withMisfireHandlingInstructionFireAndProceed()).build();
        scheduler.scheduleJob(t);
      }
    }
    for (TriggerKey k : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
      if (!wanted.contains(k)) {
        scheduler.unscheduleJob(k);
      }
    }
    for (JobKey k : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
      if (scheduler.getTriggersOfJob(k).isEmpty()) {
        scheduler.deleteJob(k);
      }
    }
    LOG.info("{} report schedule(s) active", wanted.size());
  }
}
