package dev.aispm.api.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs one {@link ScanEvent}. There is one durable job per scope (its key is the scope's key), and
 * {@link DisallowConcurrentExecution} makes Quartz, and in a cluster every instance sharing the
 * job store, hold a second fire of the same scope until the first ends, so cron fires and manual
 * triggers of a scope never overlap.
 */
@DisallowConcurrentExecution
public class ScanJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(ScanJob.class);

  private ScanRunner runner;

  /** Injected by Spring's job factory, which autowires each new job instance from the application context. */
  @Autowired
  public void setScanRunner(ScanRunner runner) {
    this.runner = runner;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    if (runner == null) {
      throw new JobExecutionException("no ScanRunner in the application context");
    }
    ScanEvent event = ScanEvent.fromJobData(context.getMergedJobDataMap());
    try {
      runner.run(event);
    } catch (RuntimeException e) {
      // Recorded by the runner on the scan run; Quartz must not refire a scan that failed half-way.
      LOG.error("scan of {} failed", event.scope(), e);
      throw new JobExecutionException(e, false);
    }
  }
}
