package dev.aispm.misuse.playbook;

import java.util.List;

/**
 * A misuse finding's response, as the API serves it and the finding page shows it: what was
 * detected, the containment steps for the finding's cloud with their commands filled in, what the
 * principal and the target can reach in the graph, and the evidence to keep.
 *
 * @param findingId   the finding
 * @param ruleId      its misuse rule
 * @param title       the playbook's title
 * @param provider    the cloud the steps are for
 * @param detection   what was detected
 * @param containment steps for {@code provider}, evidence first
 * @param blastRadius assets the principal or the target reach over the graph's edges (at most 200)
 * @param evidence    the events, content findings and scans behind the finding
 */
public record FindingPlaybook(String findingId, String ruleId, String title, String provider,
    Detected detection, List<PlaybookStep> containment, List<Reach> blastRadius, Evidence evidence) {

  public FindingPlaybook {
    containment = List.copyOf(containment);
    blastRadius = List.copyOf(blastRadius);
  }

  /**
   * The detection record behind the finding.
   *
   * @param firstEventAt ISO-8601 time of the first matching event
   * @param lastEventAt  ISO-8601 time of the latest matching event
   */
  public record Detected(String id, String principal, String target, String targetKind, String summary,
      String firstEventAt, String lastEventAt, long eventCount, List<String> sourceIps, List<String> userAgents) {
    public Detected {
      sourceIps = List.copyOf(sourceIps);
      userAgents = List.copyOf(userAgents);
    }
  }

  /**
   * One asset in the blast radius.
   *
   * @param relation the edge it is reached over (CAN_WRITE, READS, RUNS_AS...), or TRAINED_FROM for
   *                 a model produced by a job that read the target data
   * @param from     the id of the principal, target or intermediate asset it is reached from
   */
  public record Reach(String id, String type, String name, String relation, String from) {}

  /**
   * The evidence trail.
   *
   * @param events          the latest matching events (at most 20), newest last
   * @param contentFindings what the content scan found in the target artifact or data (at most 50)
   * @param scanIds         the scans that raised the finding and scanned the target's content
   * @param artifactVerdict the content scan's verdict on the target artifact, null when none
   */
  public record Evidence(List<EventRef> events, List<ContentRef> contentFindings, List<String> scanIds,
      String artifactVerdict) {
    public Evidence {
      events = List.copyOf(events);
      contentFindings = List.copyOf(contentFindings);
      scanIds = List.copyOf(scanIds);
    }
  }

  /** One logged event as the detection kept it: look it up by id in the cloud's log. */
  public record EventRef(String id, String time, String service, String action, String principal,
      String sourceIp, String userAgent, String region, String outcome) {}

  /** One content finding (a secret or code in a model), without any secret value. */
  public record ContentRef(String ruleId, String severity, String message, String location, String scanId) {}
}
