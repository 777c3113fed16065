package dev.aispm.api.schedule;

import dev.aispm.posture.scan.ScanScope;
import org.quartz.JobDataMap;

/**
 * A request to scan one scope, as it travels through Quartz: the scan id handed to the caller in
 * advance, what triggered it and who. Only strings go in the job data, so the JDBC job store can
 * persist it without Java serialisation.
 *
 * @param scanId      null for a cron fire, which gets its id when it starts
 * @param trigger     {@code api}, {@code schedule} or {@code cli}
 * @param requestedBy the caller, or {@code scheduler}
 */
public record ScanEvent(String scanId, ScanScope scope, String trigger, String requestedBy) {
  static final String SCAN_ID = "scanId";
  static final String SCOPE = "scope";
  static final String TRIGGER = "trigger";
  static final String REQUESTED_BY = "requestedBy";

  public JobDataMap toJobData() {
    JobDataMap m = new JobDataMap();
    if (scanId != null) {
      m.put(SCAN_ID, scanId);
    }
    m.put(SCOPE, scope.key());
    m.put(TRIGGER, trigger);
    m.put(REQUESTED_BY, requestedBy);
    return m;
  }

  /** Reads the merged job and trigger data of one fire. */
  public static ScanEvent fromJobData(JobDataMap m) {
    return new ScanEvent(m.getString(SCAN_ID), ScanScope.parse(m.getString(SCOPE)),
        m.containsKey(TRIGGER) ? m.getString(TRIGGER) : "schedule",
        m.containsKey(REQUESTED_BY) ? m.getString(REQUESTED_BY) : "scheduler");
  }
}
