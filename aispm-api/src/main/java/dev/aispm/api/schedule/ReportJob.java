package dev.aispm.api.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writes one scheduled posture report. It lives in the same Quartz store as the scans, so in a
 * cluster one instance writes each report, and a second fire waits for the first.
 */
@DisallowConcurrentExecution
public class ReportJob implements Job {
  /** Job data key of the schedule's index in {@code aispm.reports}. */
  public static final String INDEX = "reportIndex";
  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

  private ReportRunner runner;

  @Autowired
  public void setReportRunner(ReportRunner runner) {
    this.runner = runner;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    if (runner == null) {
      throw new JobExecutionException("no ReportRunner in the application context");
    }
    int index = context.getMergedJobDataMap().getInt(INDEX);
    try {
      runner.run(index);
    } catch (RuntimeException e) {
      LOG.error("scheduled report {} failed", index, e);
      throw new JobExecutionException(e, false);
    }
  }
}
