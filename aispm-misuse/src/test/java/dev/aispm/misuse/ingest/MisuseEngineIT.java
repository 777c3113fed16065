package dev.aispm.misuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.misuse.detect.DetectorSettings;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.playbook.FindingPlaybook;
import dev.aispm.misuse.playbook.PlaybookCatalog;
import dev.aispm.misuse.playbook.PlaybookService;
import dev.aispm.misuse.playbook.PlaybookStep;
import dev.aispm.misuse.source.Recorded;
import dev.aispm.misuse.source.aws.CloudTrailParser;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.engine.PostureEvaluator;
import dev.aispm.rules.findings.Finding;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * A recorded day of CloudTrail with planted misuse, through the engine into a real Neo4j and on
 * through the ordinary rule pass: the detections become scored misuse findings linked to the
 * graph, and reading the same log file again admits nothing.
 */
class MisuseEngineIT {
  static final String SOURCE = "aws/111111111111/cloudtrail/acme-trail/AWSLogs/111111111111/CloudTrail/us-east-1/";
  static final String KEY = "AWSLogs/111111111111/CloudTrail/us-east-1/2026/12/05/111111111111_CloudTrail_us-east-1_20260505T0910Z_a.json.gz";
  final GraphConnection graph = InProcessNeo4j.connection();
  final Clock clock = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);

  @BeforeEach
  void inventory() {
    InProcessNeo4j.reset();
    try (Session s = graph.session()) {
      s.run("""
          CREATE (b:Asset:DataStore:AWSS3Bucket {id: 'arn:aws:s3:::acme-training-data', type: 'AWSS3Bucket',
                  provider: 'aws', account: '111111111111', region: 'us-east-1', scope: 'aws/111111111111/us-east-1',
                  name: 'acme-training-data', usedByAi: true})
          CREATE (r:Asset:Identity:AWSIAMRole {id: 'arn:aws:iam::111111111111:role/etl', type: 'AWSIAMRole',
                  provider: 'aws', account: '111111111111', region: 'global', scope: 'aws/111111111111/global',
                  name: 'etl', isAdmin: false})
          CREATE (r)-[:CAN_WRITE]->(b)
          CREATE (j:Asset:TrainingJob:AWSSageMakerTrainingJob {id: 'arn:aws:sagemaker:us-east-1:111111111111:training-job/churn',
                  type: 'AWSSageMakerTrainingJob', provider: 'aws', account: '111111111111', region: 'us-east-1',
                  scope: 'aws/111111111111/us-east-1', name: 'churn'})
          CREATE (px:Asset:DataObject:AWSS3Prefix {id: 's3://acme-training-data/claims/', type: 'AWSS3Prefix',
                  provider: 'aws', account: '111111111111', region: 'us-east-1', scope: 'aws/111111111111/us-east-1'})
          CREATE (m:Asset:Model:AWSSageMakerModel {id: 'arn:aws:sagemaker:us-east-1:111111111111:model/churn',
                  type: 'AWSSageMakerModel', provider: 'aws', account: '111111111111', region: 'us-east-1',
                  scope: 'aws/111111111111/us-east-1', name: 'churn'})
          CREATE (j)-[:READS]->(px)-[:IN_BUCKET]->(b)
          CREATE (j)-[:PRODUCED]->(m)
          CREATE (a:Asset:ModelArtifact:DataObject:AWSModelArtifact {id: 's3://acme-models/churn/v8/model.tar.gz',
                  type: 'AWSModelArtifact', provider: 'aws', account: '111111111111', region: 'us-east-1',
                  scope: 'aws/111111111111/us-east-1', uri: 's3://acme-models/churn/v8/model.tar.gz', scanStatus: 'clean'})
          """).consume();
    }
  }

  private MisuseEngine.SourceRun read(MisuseEngine engine) {
    MisuseEngine.SourceRun run = engine.openByKey(SOURCE, "aws", "111111111111");
    ParseResult unit = CloudTrailParser.parseLogFile(new ByteArrayInputStream(Recorded.bytes("aws/cloudtrail-misuse-day.json")));
    // The listing starts after the stored position: a file at or before it is not read again.
    if (run.checkpoint().position() == null || KEY.compareTo(run.checkpoint().position()) > 0) {
      run.accept(unit, KEY);
    }
    run.commit();
    return run;
  }

  @Test
  void plantedMisuseBecomesScoredFindingsAndARerunReadsNothingTwice() {
    MisuseEngine engine = new MisuseEngine(graph, IngestSettings.DEFAULTS, DetectorSettings.DEFAULTS, clock);
    MisuseEngine.SourceRun first = read(engine);
    assertThat(first.admitted()).isEqualTo(4);

    assertThat(InProcessNeo4j.count("MATCH (d:MisuseDetection) RETURN count(d)")).isEqualTo(3);
    assertThat(InProcessNeo4j.count("""
        MATCH (d:MisuseDetection {detector: 'misuse_training_data_bulk_delete'})-[:TARGETS]->(:AWSS3Bucket)
        WHERE d.principal = 'arn:aws:iam::111111111111:user/contractor' AND d.eventIds = ['day-0002']
        RETURN count(d)""")).isEqualTo(1);
    assertThat(InProcessNeo4j.count("""
        MATCH (d:MisuseDetection {detector: 'misuse_model_deployed_from_unscanned_artifact'})
        WHERE d.targetId = 's3://acme-models/churn/v9/model.tar.gz' RETURN count(d)""")).isEqualTo(1);
    assertThat(InProcessNeo4j.count("""
        MATCH (c:ActivityCheckpoint {id: $id}) WHERE c.eventsRead = 4 RETURN count(c)"""
        .replace("$id", "'" + SOURCE + "'"))).isEqualTo(1);
    // The bucket's writer baseline learned the ETL role and the contractor.
    assertThat(InProcessNeo4j.count("""
        MATCH (b:ActivityBaseline {id: 'store/acme-training-data'}) RETURN size(b.principals)""")).isEqualTo(2);

    List<Finding> misuse = new PostureEvaluator(graph.driver(), graph.database())
        .run(RuleCatalog.builtIn(), Set.of(), new SyncTag("scan-1", clock.instant())).findings().stream()
        .filter(f -> f.rule().category().id().equals("misuse")).toList();
    assertThat(misuse).extracting(f -> f.rule().id()).containsExactlyInAnyOrder(
        "misuse_training_data_bulk_delete", "misuse_model_deployed_from_unscanned_artifact",
        "misuse_ai_control_plane_weakened");
    Finding bulk = misuse.stream().filter(f -> f.rule().id().equals("misuse_training_data_bulk_delete")).findFirst().orElseThrow();
    assertThat(bulk.resourceId()).isEqualTo("arn:aws:s3:::acme-training-data");
    assertThat(bulk.reason()).contains("deleted 120 objects").contains("1 event(s)");
    assertThat(bulk.score().factors()).extracting(f -> f.name()).contains("base");
    assertThat(bulk.rule().compliance().of("mitre-atlas")).contains("AML.T0020");
    assertThat(InProcessNeo4j.count("""
        MATCH (f:Finding {ruleId: 'misuse_training_data_bulk_delete'})-[:AFFECTS]->(:AWSS3Bucket) RETURN count(f)"""))
        .isEqualTo(1);

    // The finding's playbook: AWS steps filled from the detection, the blast radius reaches the job
    // that reads the bucket and the model it produced, the evidence keeps the event.
    FindingPlaybook playbook = new PlaybookService(graph, PlaybookCatalog.builtIn()).forFinding(bulk.id()).orElseThrow();
    assertThat(playbook.provider()).isEqualTo("aws");
    assertThat(playbook.containment()).extracting(PlaybookStep::action)
        .startsWith("Snapshot the evidence").contains("Restore the data's previous versions");
    assertThat(playbook.containment()).allSatisfy(step -> assertThat(step.provider()).isEqualTo("aws"));
    assertThat(playbook.containment()).anySatisfy(step -> assertThat(step.command())
        .contains("--user-name contractor").doesNotContain("{principalName}"));
    assertThat(playbook.blastRadius()).extracting(FindingPlaybook.Reach::id, FindingPlaybook.Reach::relation)
        .contains(org.assertj.core.groups.Tuple.tuple("arn:aws:sagemaker:us-east-1:111111111111:training-job/churn", "READS_FROM"),
            org.assertj.core.groups.Tuple.tuple("arn:aws:sagemaker:us-east-1:111111111111:model/churn", "TRAINED_FROM"));
    assertThat(playbook.evidence().events()).extracting(FindingPlaybook.EventRef::id).containsExactly("day-0002");
    assertThat(playbook.evidence().scanIds()).containsExactly("scan-1");
    assertThat(playbook.detection().eventCount()).isEqualTo(1);
    Finding posture = new PostureEvaluator(graph.driver(), graph.database())
        .run(RuleCatalog.builtIn(), Set.of(), new SyncTag("scan-1", clock.instant())).findings().stream()
        .filter(f -> !f.rule().category().id().equals("misuse")).findFirst().orElse(null);
    if (posture != null) {
      assertThat(new PlaybookService(graph, PlaybookCatalog.builtIn()).forFinding(posture.id())).isEmpty();
    }
    assertThat(new PlaybookService(graph, PlaybookCatalog.builtIn()).forFinding("0".repeat(32))).isEmpty();

    // A new engine, as in the next scan: the file is at the checkpoint, nothing is admitted twice.
    MisuseEngine.SourceRun second = read(new MisuseEngine(graph, IngestSettings.DEFAULTS, DetectorSettings.DEFAULTS, clock));
    assertThat(second.admitted()).isZero();
    assertThat(InProcessNeo4j.count("MATCH (d:MisuseDetection) RETURN sum(d.eventCount)")).isEqualTo(3);
    // A file delivered again under another key: the events inside the overlap before the stored
    // high-water mark (09:10 and 09:20) are known by id; within one run nothing is admitted twice.
    MisuseEngine third = new MisuseEngine(graph, IngestSettings.DEFAULTS, DetectorSettings.DEFAULTS, clock);
    MisuseEngine.SourceRun run = third.openByKey(SOURCE, "aws", "111111111111");
    ParseResult unit = CloudTrailParser.parseLogFile(new ByteArrayInputStream(Recorded.bytes("aws/cloudtrail-misuse-day.json")));
    run.accept(unit, KEY + "-copy");
    long once = run.admitted();
    run.accept(unit, KEY + "-copy2");
    assertThat(once).isEqualTo(2);
    assertThat(run.admitted()).isEqualTo(once);
  }

  @Test
  void aWindowAnsweredNewestFirstIsAdmittedOldestFirstAcrossCommits() {
    // Commits after every event: a mark moved to the newest event first would drop the older ones.
    IngestSettings everyEvent = new IngestSettings(IngestSettings.DEFAULTS.backfill(), IngestSettings.DEFAULTS.overlap(), 1);
    java.util.function.Function<String, dev.aispm.misuse.event.ActivityEvent> at = t -> new dev.aispm.misuse.event.ActivityEvent(
        "az-" + t, Instant.parse("2026-12-05T" + t + ":00Z"), "azure", "s1", "global", "ops@example.com", null, null,
        "Microsoft.Resources", "Microsoft.Resources/tags/write", List.of(), true, null, java.util.Map.of());
    List<ParseResult> newestFirst = List.of(
        new ParseResult(List.of(at.apply("11:00"), at.apply("10:30")), 1, List.of("no eventDataId"), "next"),
        new ParseResult(List.of(at.apply("10:00"), at.apply("09:30")), 0, List.of(), null));
    MisuseEngine.SourceRun run = new MisuseEngine(graph, everyEvent, DetectorSettings.DEFAULTS, clock)
        .openByTime("azure/s1/activity-log", "azure", "s1");
    run.acceptInTimeOrder(newestFirst, null);
    run.commit();
    assertThat(run.admitted()).isEqualTo(4);
    assertThat(run.malformed()).isEqualTo(1);

    MisuseEngine.SourceRun again = new MisuseEngine(graph, everyEvent, DetectorSettings.DEFAULTS, clock)
        .openByTime("azure/s1/activity-log", "azure", "s1");
    assertThat(again.checkpoint().highWater()).isEqualTo(Instant.parse("2026-12-05T11:00:00Z"));
    assertThat(again.checkpoint().eventsRead()).isEqualTo(4);
    again.acceptInTimeOrder(newestFirst, null);
    again.commit();
    assertThat(again.admitted()).as("the overlap's events are known by id; older ones are before the mark").isZero();
    again.acceptInTimeOrder(List.of(), null);
    assertThat(again.admitted()).isZero();
  }

  @Test
  void capturedEndpointCallsFeedThePromptAndModelDetectorsOnce() {
    String endpoint = "arn:aws:sagemaker:us-east-1:111111111111:endpoint/support-llm";
    String source = "aws/sagemaker-capture/acme-capture/datacapture/support-llm/";
    // The recorded capture file is from 1 December: read within the backfill window.
    Clock captureClock = Clock.fixed(Instant.parse("2026-12-01T16:00:00Z"), ZoneOffset.UTC);
    java.util.function.Supplier<MisuseEngine.SourceRun> read = () -> {
      MisuseEngine.SourceRun run = new MisuseEngine(graph, IngestSettings.DEFAULTS, DetectorSettings.DEFAULTS,
          captureClock).openByKey(source, "aws", "111111111111");
      dev.aispm.misuse.source.aws.DataCaptureParser.Result unit = dev.aispm.misuse.source.aws.DataCaptureParser.parse(
          new ByteArrayInputStream(Recorded.bytes("aws/sagemaker-data-capture.jsonl")),
          new dev.aispm.misuse.source.aws.DataCaptureParser.Endpoint("111111111111", "us-east-1", endpoint));
      run.acceptInvocations(unit.records(), unit.malformed(), "datacapture/support-llm/AllTraffic/2026/12/01/15/a.jsonl");
      run.commit();
      return run;
    };
    MisuseEngine.SourceRun first = read.get();
    assertThat(first.admitted()).isEqualTo(3);
    assertThat(first.malformed()).isEqualTo(2);
    assertThat(InProcessNeo4j.count("""
        MATCH (d:MisuseDetection) WHERE d.targetId = '%s' AND d.detector IN
          ['misuse_prompt_injection_attempt', 'misuse_sensitive_data_in_prompts'] RETURN count(d)""".formatted(endpoint)))
        .isEqualTo(2);
    // The endpoint's call baseline learned its calls: the volume detectors saw them.
    assertThat(InProcessNeo4j.count("""
        MATCH (b:ActivityBaseline) WHERE b.id ENDS WITH 'endpoint/support-llm' RETURN count(b)""")).isEqualTo(1);

    MisuseEngine.SourceRun again = read.get();
    assertThat(again.admitted()).isZero();
  }
}
