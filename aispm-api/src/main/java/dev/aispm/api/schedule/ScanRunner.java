package dev.aispm.api.schedule;

/**
 * What a {@link ScanJob} calls to do the work. The service's runner scans through the
 * {@code ScanOrchestrator}; keeping it an interface lets the clustering test observe which
 * instance ran which fire without scanning a cloud.
 */
@FunctionalInterface
public interface ScanRunner {
  void run(ScanEvent event);
}
