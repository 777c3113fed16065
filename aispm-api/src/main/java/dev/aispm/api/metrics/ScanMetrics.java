package dev.aispm.api.metrics;

import dev.aispm.posture.scan.ScanResult;
import dev.aispm.posture.scan.ScanScope;
import dev.aispm.graph.scan.ScopeOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Scan and collector metrics, recorded from each scan's result: a scan's outcomes are the one
 * place every collector reports what it called and what failed, so the metrics need no hook
 * inside the collectors.
 *
 * <ul>
 *   <li>{@code aispm_scan_duration_seconds{scope,status}}: how long scans take;</li>
 *   <li>{@code aispm_collector_calls_total{provider,outcome}}: collection steps (one resource type
 *       in one account and region) that succeeded or failed;</li>
 *   <li>{@code aispm_collector_errors_total{provider,operation}}: failures by failing API operation;</li>
 *   <li>{@code aispm_collector_duration_seconds{provider}}: time spent per collection step.</li>
 * </ul>
 */
public final class ScanMetrics {
  private final MeterRegistry registry;

  public ScanMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void record(ScanScope scope, ScanResult scan) {
    Timer.builder("aispm.scan.duration").description("Duration of complete scans")
        .tag("scope", scope.provider() == null ? "all" : scope.provider())
        .tag("status", scan.status()).publishPercentileHistogram(false).register(registry)
        .record(Duration.between(scan.startedAt(), scan.finishedAt()));
    for (ScopeOutcome o : scan.outcomes()) {
      String provider = o.scope().provider();
      Counter.builder("aispm.collector.calls").description("Collection steps by outcome")
          .tag("provider", provider).tag("outcome", o.succeeded() ? "success" : "failure")
          .register(registry).increment();
      Timer.builder("aispm.collector.duration").description("Duration of collection steps")
          .tag("provider", provider).register(registry).record(o.duration());
      if (!o.succeeded()) {
        Counter.builder("aispm.collector.errors").description("Collection failures by API operation")
            .tag("provider", provider).tag("operation", o.operation() == null ? "unknown" : o.operation())
            .register(registry).increment();
      }
    }
  }
}
