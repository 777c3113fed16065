package dev.aispm.graph.schema.common;

import dev.aispm.graph.schema.RecordLink;
import dev.aispm.graph.schema.RecordSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The records aispm keeps beside the assets, every one that any module writes. Severity names,
 * statuses and score factors are the rule engine's; this declares only where they are stored.
 */
public final class RecordSchemas {
  private RecordSchemas() {}

  /** Severities from worst to least, as stored. */
  public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");

  public static final RecordSchema FINDING = RecordSchema.builder("Finding")
      .description("A rule's verdict (FAIL or UNKNOWN) on a resource, with its life, score and path. Its id is a "
          + "fingerprint of rule and resources, stable across scans.")
      .property("id", "Fingerprint of the rule and the resources")
      .property("ruleId", "Rule that raised it")
      .property("title", "Rule title")
      .property("severity", "Rule severity: critical, high, medium, low, info")
      .property("category", "Rule category")
      .property("provider", "Rule provider (aws, azure, gcp, common)")
      .property("result", "FAIL, or UNKNOWN when a setting could not be read")
      .property("score", "Risk score 0-100")
      .property("scoreFactors", "JSON list of the factors that make up the score")
      .property("reason", "Sentence saying why the rule matched")
      .property("path", "JSON list of the attack path's steps")
      .property("pathLength", "Number of steps in the path")
      .property("resourceId", "The main resource")
      .property("resourceIds", "Every resource the finding concerns")
      .property("scope", "Scope of the main resource (provider/account/region)")
      .property("controls", "Compliance controls as framework:control")
      .property("status", "OPEN, REOPENED, RESOLVED or SUPPRESSED")
      .property("firstSeen", "When a scan first raised it")
      .property("lastSeen", "When a scan last raised it")
      .property("lastScanId", "Scan that last raised it")
      .property("reopenedAt", "When it last reopened")
      .property("resolvedAt", "When a scan no longer matched it")
      .property("suppressionReason", "Why a person accepted the risk")
      .property("suppressedBy", "Who suppressed it")
      .property("suppressedAt", "When it was suppressed")
      .property("suppressedUntil", "When the suppression ends (absent: until lifted)")
      .property("statusBeforeSuppression", "Status to return to when the suppression is lifted")
      .build();

  public static final RecordSchema CONTENT_FINDING = RecordSchema.builder("ContentFinding")
      .description("What a content scanner found in an object: a secret, personal data, or code in a model. "
          + "For secrets only a SHA-256 fingerprint and a redacted preview are kept, never the value.")
      .property("ruleId", "Scanner rule, e.g. secret.aws-access-key or model.pickle.dangerous-import")
      .property("severity", "critical, high, medium, low or info")
      .property("message", "What was found, without the value")
      .property("location", "Object and member (archive entry, record) where it was found")
      .property("objectUri", "The object read, e.g. s3://bucket/key or gs://bucket/name, without archive member")
      .property("bucket", "Bucket or container of the object")
      .property("key", "Object key or name")
      .property("versionId", "Object version read (S3 version id, Cloud Storage generation); absent when unversioned")
      .property("etag", "Object ETag when it was read, to tell whether the object changed since")
      .property("field", "Column or JSON field the value was in, when the format has fields")
      .property("line", "Line or record number, 0 when not line-based")
      .property("column", "Column, 0 when not line-based")
      .property("fingerprint", "SHA-256 of the secret value, to recognise the same secret elsewhere")
      .property("preview", "Redacted preview of the value")
      .property("scanId", "Scan that found it")
      .build();

  public static final RecordSchema SCAN_RUN = RecordSchema.builder("ScanRun")
      .description("One scan: who started it, its status, and the counts it left behind for the trend.")
      .property("id", "Scan id, sortable by start time")
      .property("status", "QUEUED, RUNNING, SUCCEEDED, PARTIAL or FAILED")
      .property("trigger", "cli, demo, schedule or api")
      .property("providers", "Providers it collected")
      .property("scope", "Scope asked for (provider, provider/account), absent: everything")
      .property("requestedBy", "Caller that asked for it through the API")
      .property("error", "Why it failed as a whole")
      .property("queuedAt", "When the API queued it")
      .property("startedAt", "When it started")
      .property("finishedAt", "When it finished")
      .property("findingCount", "Findings the rule pass raised")
      .property("resolvedCount", "Findings the rule pass resolved")
      .property("staleNodesRemoved", "Nodes removed by stale cleanup")
      .property("staleRelationshipsRemoved", "Relationships removed by stale cleanup")
      .property("ruleErrors", "Rules that failed to run")
      .property("failureCount", "Failed scope outcomes")
      .property("outcomeCount", "Scope outcomes recorded")
      .property("open_critical", "Open critical findings after the scan")
      .property("open_high", "Open high findings after the scan")
      .property("open_medium", "Open medium findings after the scan")
      .property("open_low", "Open low findings after the scan")
      .property("open_info", "Open info findings after the scan")
      .property("openTotal", "Open findings after the scan")
      .property("openScoreSum", "Sum of the open findings' scores after the scan")
      .build();

  public static final RecordSchema SCAN_OUTCOME = RecordSchema.builder("ScanOutcome")
      .description("How collecting one resource type in one scope went, with the missing permission on a denial.")
      .property("scope", "provider/account/region")
      .property("provider", "Cloud provider")
      .property("account", "Account, subscription or project")
      .property("region", "Region or location, global for account-wide types")
      .property("resourceType", "Node type collected, absent: the whole scope")
      .property("succeeded", "Whether collection succeeded")
      .property("count", "Resources written")
      .property("durationMs", "Time taken")
      .property("operation", "API operation that failed")
      .property("error", "Error message")
      .property("missingPermission", "Permission the API said was missing")
      .build();

  public static final RecordSchema API_TOKEN = RecordSchema.builder("ApiToken")
      .description("An API bearer token: only a hash of its secret is kept.")
      .property("id", "Token id")
      .property("name", "Name given at creation")
      .property("role", "viewer, operator or admin")
      .property("hash", "SHA-256 of the secret")
      .property("createdAt", "When it was created")
      .property("createdBy", "Who created it")
      .property("expiresAt", "When it stops working")
      .property("revokedAt", "When it was revoked")
      .build();

  public static final RecordSchema AUDIT_ENTRY = RecordSchema.builder("AuditEntry")
      .description("One audited action of the API: who did what to which target, and whether it succeeded.")
      .property("id", "Entry id")
      .property("at", "When")
      .property("actor", "Caller")
      .property("action", "Action, e.g. finding.suppress")
      .property("target", "What it was done to")
      .property("outcome", "success or failure")
      .property("detail", "What else an auditor needs")
      .build();

  public static final RecordSchema ALERT_ROUTE = RecordSchema.builder("AlertRoute")
      .description("An alert route made through the API: which findings it selects and the channels it sends them "
          + "to. Channel secrets (webhook URLs, HMAC keys) are stored only encrypted with AES-GCM.")
      .property("id", "Route id")
      .property("name", "Name given at creation")
      .property("enabled", "Whether the route sends")
      .property("filter", "JSON of the finding filter (severity, category, rule, provider, account, event, score)")
      .property("channels", "JSON of the channels without their secrets")
      .property("secrets", "AES-GCM ciphertext of the channels' secrets, base64")
      .property("rateLimit", "Alerts per hour before the rest go into one digest")
      .property("createdAt", "When it was created")
      .property("createdBy", "Who created it")
      .property("updatedAt", "When it was last changed")
      .build();

  public static final RecordSchema ALERT_DELIVERY = RecordSchema.builder("AlertDelivery")
      .description("One attempt to deliver an alert, a digest or a test message on one channel of a route.")
      .property("id", "Delivery id, sortable by time")
      .property("routeId", "Route that selected it")
      .property("channel", "Channel type: slack, teams, webhook or email")
      .property("channelIndex", "Position of the channel in the route")
      .property("kind", "finding, digest or test")
      .property("findingId", "Finding fingerprint (absent for digests and tests)")
      .property("findingIds", "Findings a digest carried")
      .property("event", "NEW or REOPENED")
      .property("occurrence", "When the finding opened or reopened: the dedupe key with route and finding")
      .property("scanId", "Scan that raised the alert")
      .property("attempt", "Attempt number, from 1")
      .property("status", "SENT, RETRYING or FAILED")
      .property("statusCode", "HTTP status or SMTP reply code, absent when no answer came")
      .property("error", "Why the attempt failed, without secrets")
      .property("at", "When the attempt ended")
      .build();

  public static final RecordSchema REPORT = RecordSchema.builder("Report")
      .description("A posture report written by a schedule or on demand: where its files are and what it covered.")
      .property("id", "Report id, sortable by time")
      .property("schedule", "Schedule that wrote it, absent when on demand")
      .property("generatedAt", "When it was written")
      .property("since", "Start of the period it compares against")
      .property("files", "Files written (HTML, PDF)")
      .property("mailedTo", "Recipients it was e-mailed to")
      .property("status", "SUCCEEDED or FAILED")
      .property("error", "Why it failed")
      .build();

  public static final RecordSchema FINDINGS_REVISION = RecordSchema.builder("FindingsRevision")
      .description("One node counting changes to the findings, bumped by every write of a Finding, so that a "
          + "service instance can tell that its in-memory risk queue is stale without reading the findings.")
      .property("id", "Always findings")
      .property("revision", "Number of finding writes so far")
      .property("changedAt", "When the findings last changed")
      .build();

  public static final RecordSchema ACTIVITY_CHECKPOINT = RecordSchema.builder("ActivityCheckpoint")
      .description("How far misuse detection has read one activity source (a trail's log prefix, an activity API): "
          + "written in the same transaction as the detections, so no event is read twice or skipped.")
      .property("id", "Source id, e.g. aws/ACCOUNT/cloudtrail/BUCKET/PREFIX")
      .property("provider", "Cloud provider")
      .property("account", "Account, subscription or project")
      .property("position", "Last object key or page position read")
      .property("highWater", "Latest event time read")
      .property("boundaryIds", "Ids of the events read inside the re-read overlap before highWater")
      .property("eventsRead", "Events admitted over the source's life")
      .property("malformed", "Records skipped as malformed over the source's life")
      .property("updatedAt", "When the checkpoint was last written")
      .build();

  public static final RecordSchema ACTIVITY_BASELINE = RecordSchema.builder("ActivityBaseline")
      .description("What is usual for a model (who calls it, from where, with what, how often) or a data store "
          + "(who writes it), learned from activity over a window; misuse detectors compare new events with it.")
      .property("id", "kind/subject, e.g. model/arn:aws:bedrock:...")
      .property("kind", "model or store")
      .property("subject", "Model, endpoint or data store id the baseline is about")
      .property("firstSeen", "First event of the subject")
      .property("learnUntil", "End of the learning window: novelty is reported only after it")
      .property("principals", "Identities seen calling or writing it")
      .property("sourceIps", "Source addresses seen")
      .property("userAgents", "User agents seen")
      .property("events", "Events counted since firstSeen")
      .property("currentHour", "Start of the latest hour with events, for the volume baseline")
      .property("currentHourCount", "Events in that hour so far")
      .property("spikeReportedHour", "Latest hour a volume spike was reported for, so it is reported once")
      .property("updatedAt", "When the baseline was last written")
      .build();

  public static final RecordSchema MISUSE_DETECTION = RecordSchema.builder("MisuseDetection")
      .description("Suspicious activity a misuse detector found: one per detector, principal and target, "
          + "accumulating its events. Misuse rules raise a finding for each.")
      .property("id", "Fingerprint of detector, principal and target")
      .property("detector", "Detector id, the id of the misuse rule that raises it")
      .property("provider", "Cloud provider")
      .property("account", "Account, subscription or project")
      .property("region", "Region or location of the latest event")
      .property("principal", "Identity that acted (role ARN, UPN, service account e-mail)")
      .property("targetId", "Model, endpoint, data store, artifact or setting acted on")
      .property("targetKind", "model, data, artifact, control or prompt")
      .property("summary", "Sentence saying what was seen and why it is suspicious")
      .property("firstEventAt", "Time of the first event")
      .property("lastEventAt", "Time of the latest event")
      .property("eventCount", "Events that matched")
      .property("eventIds", "Ids of the latest matching events (bounded), to find them in the cloud's log")
      .property("evidence", "JSON list of the latest matching events: time, action, source, user agent, outcome")
      .property("sourceIps", "Source addresses of the matching events")
      .property("userAgents", "User agents of the matching events")
      .property("detectedAt", "When it was first detected")
      .property("updatedAt", "When it was last updated")
      .build();

  public static final RecordSchema SCAN_SNAPSHOT = RecordSchema.builder("ScanSnapshot")
      .description("What the graph held when a scan ended, compact enough to keep per scan, so two scans can be "
          + "compared after later scans rewrote the assets and findings in place. Each list is gzip-compressed "
          + "UTF-8 text, one entry a line, fields separated by tabs.")
      .property("id", "Scan id")
      .property("takenAt", "When it was taken")
      .property("assets", "gzip of lines: asset id, SHA-256 prefix of its properties (without its seen times)")
      .property("edges", "gzip of lines: from id, relationship type, to id")
      .property("findings", "gzip of lines: finding id, severity, status, rule id, main resource id")
      .property("assetCount", "Assets recorded")
      .property("edgeCount", "Relationships recorded")
      .property("findingCount", "Findings recorded")
      .build();

  public static final RecordSchema MODEL_POLICY = RecordSchema.builder("ModelPolicy")
      .description("The model policy a scan held the clouds' models to (AISPM_MODEL_POLICY): one node, rewritten by "
          + "every scan, absent when no policy is configured, so the policy rule has nothing to judge.")
      .property("id", "Always model-policy")
      .property("name", "Name the policy file gives itself")
      .property("file", "Path of the policy file")
      .property("sha256", "SHA-256 of the policy file, to tell which version judged")
      .property("judgedAt", "When the scan judged the models")
      .property("scanId", "Scan that judged them")
      .property("modelsJudged", "Models judged")
      .property("modelsOutside", "Models outside the policy")
      .build();

  public static final RecordSchema MODEL_POLICY_VERDICT = RecordSchema.builder("ModelPolicyVerdict")
      .description("How one model fares against the model policy: the facts read from its node (vendor, base "
          + "models, sources, format, scan verdict) and every violation. Rewritten by every scan with a policy.")
      .property("id", "model-policy/ and the model's id")
      .property("modelId", "Id of the model judged")
      .property("outside", "Whether the model falls outside the policy")
      .property("violations", "Rule ids of the violations, e.g. policy.vendor-not-approved")
      .property("reasons", "One sentence per violation")
      .property("vendor", "Vendor of the managed model, lower case")
      .property("baseModels", "Base models or managed model ids judged")
      .property("sources", "Sources judged: artifact URIs, images, repositories")
      .property("format", "File format, when known")
      .property("scanVerdict", "Worst scan verdict of the model's artifacts, when scanned")
      .build();

  public static final RecordSchema LISTED_OBJECT = RecordSchema.builder("ListedObject")
      .description("One object a content stage listed under a data object that an AI asset reads (a training "
          + "job's input prefix): what the store said about it in the latest scan. The provenance ledger records "
          + "these per scan, and rules compare them with when the training job ended. Replaced every scan; the "
          + "ETag before the last change aispm saw is carried over.")
      .property("uri", "The object, e.g. s3://bucket/key or gs://bucket/name")
      .property("bucket", "Bucket or container of the object")
      .property("key", "Object key or name")
      .property("size", "Size in bytes, as listed")
      .property("etag", "ETag (S3, Azure) or MD5 hash (Cloud Storage) as listed")
      .property("versionId", "Version id (S3) or generation (Cloud Storage), absent when the listing gives none")
      .property("lastModified", "When the object was last written, as the store lists it")
      .property("sha256", "SHA-256 of the content when the content scan read all of it, absent otherwise")
      .property("previousEtag", "The object's ETag before the latest change a scan observed, absent when none was seen")
      .property("previousVersionId", "The version before the latest change a scan observed")
      .property("changeSeenAt", "When a scan first saw the current ETag replace the previous one")
      .property("scanId", "Scan that listed it")
      .build();

  public static final RecordSchema PROVENANCE_ENTRY = RecordSchema.builder("ProvenanceEntry")
      .description("One entry of the provenance ledger: what a scan recorded about a training job's or a model's "
          + "inputs, as canonical JSON, hash-chained to the entry before it so that a changed, removed or "
          + "reordered entry is detected (docs/provenance.md). Written once, never updated.")
      .property("seq", "Position in the ledger, from 1, without gaps")
      .property("scanId", "Scan that recorded it")
      .property("subject", "Training job or model the entry is about (its asset id)")
      .property("subjectType", "TrainingJob or Model")
      .property("entry", "The entry as canonical JSON (sorted keys, no whitespace), the bytes that are hashed")
      .property("prevHash", "Hash of the entry before it (64 zeros for the first)")
      .property("hash", "Hex SHA-256 of the previous hash's 32 bytes followed by the UTF-8 canonical JSON")
      .build();

  public static final RecordSchema PROVENANCE_HEAD = RecordSchema.builder("ProvenanceHead")
      .description("The end of the provenance ledger: the last position and hash. Appending locks it, so concurrent "
          + "scans append one after the other, and verification compares it with the last entry, so entries "
          + "removed from the end are detected.")
      .property("id", "Always 'ledger'")
      .property("seq", "Position of the last entry")
      .property("hash", "Hash of the last entry")
      .property("updatedAt", "When the last entry was appended")
      .build();

  public static final List<RecordSchema> RECORDS = List.of(FINDING, CONTENT_FINDING, SCAN_RUN, SCAN_OUTCOME,
      API_TOKEN, AUDIT_ENTRY, ALERT_ROUTE, ALERT_DELIVERY, REPORT, FINDINGS_REVISION,
      ACTIVITY_CHECKPOINT, ACTIVITY_BASELINE, MISUSE_DETECTION, SCAN_SNAPSHOT, MODEL_POLICY, MODEL_POLICY_VERDICT,
      LISTED_OBJECT, PROVENANCE_ENTRY, PROVENANCE_HEAD);

  public static final List<RecordLink> LINKS = List.of(
      new RecordLink("AFFECTS", "Finding", "Asset", "The finding concerns the asset."),
      new RecordLink("FOUND_IN", "ContentFinding", "DataObject", "The content finding was read from the object."),
      new RecordLink("HAS_OUTCOME", "ScanRun", "ScanOutcome", "The scan recorded the outcome."),
      new RecordLink("ACTED_BY", "MisuseDetection", "Identity", "The detected activity was done by the identity."),
      new RecordLink("TARGETS", "MisuseDetection", "Asset", "The detected activity was aimed at the asset."),
      new RecordLink("HAS_SNAPSHOT", "ScanRun", "ScanSnapshot", "The graph as the scan left it."),
      new RecordLink("GAVE", "ModelPolicy", "ModelPolicyVerdict", "The policy gave the verdict."),
      new RecordLink("JUDGES", "ModelPolicyVerdict", "Asset", "The verdict is about the model."),
      new RecordLink("LISTED_UNDER", "ListedObject", "DataObject", "The object was listed under the data object."));

  /** The record labels, for checks that a label is declared. */
  public static List<String> labels() {
    List<String> out = new ArrayList<>();
    RECORDS.forEach(r -> out.add(r.label()));
    return out;
  }

  /** The record of a label, or null. */
  public static RecordSchema record(String label) {
    return RECORDS.stream().filter(r -> r.label().equals(label)).findFirst().orElse(null);
  }
}
