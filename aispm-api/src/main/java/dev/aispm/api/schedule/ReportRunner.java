package dev.aispm.api.schedule;

/** Writes the scheduled report of one {@code aispm.reports[n]} entry; implemented by the report service. */
public interface ReportRunner {
  void run(int index);
}
