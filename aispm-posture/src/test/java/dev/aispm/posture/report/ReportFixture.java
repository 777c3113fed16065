package dev.aispm.posture.report;

import dev.aispm.graph.connect.GraphConnection;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * A small posture written straight into the graph for report tests: AI assets in two clouds, an
 * open critical finding with an attack path, an open high one, a resolved and a reopened one, and
 * two finished scans, the newer with a denied collection. The top finding also reaches a training
 * prefix in which the content scan found a secret in one object: the evidence a report shows.
 */
public final class ReportFixture {
  public static final String TOP_TITLE = "Internet-reachable notebook runs as an admin";
  /** The object under the training prefix that holds the planted secret. */
  public static final String SECRET_OBJECT = "s3://training-data/fraud/train/part-0003.jsonl";
  /** Its redacted preview; the value itself is never written. */
  public static final String SECRET_PREVIEW = "AKIA****";

  private ReportFixture() {}

  public static void write(GraphConnection graph) {
    try (Session s = graph.session()) {
      s.run("MATCH (n) WHERE n:Asset OR n:Finding OR n:ScanRun OR n:ScanOutcome OR n:ContentFinding DETACH DELETE n")
          .consume();
      s.run("""
          CREATE (:Asset:Notebook {id: 'nb-1', name: 'research-nb', type: 'AWSSageMakerNotebookInstance', provider: 'aws',
                  account: '111111111111', region: 'us-east-1'})
          CREATE (:Asset:Model {id: 'm-1', name: 'fraud-model', type: 'AWSSageMakerModel', provider: 'aws',
                  account: '111111111111', region: 'us-east-1'})
          CREATE (:Asset:Model {id: 'm-2', name: 'churn-model', type: 'AWSSageMakerModel', provider: 'aws',
                  account: '111111111111', region: 'us-east-1'})
          CREATE (:Asset:Endpoint {id: 'ep-1', name: 'vertex-ep', type: 'GCPVertexEndpoint', provider: 'gcp',
                  account: 'proj-1', region: 'europe-west4'})
          CREATE (:Asset:DataStore {id: 'b-1', name: 'training-data', type: 'AWSS3Bucket', provider: 'aws',
                  account: '111111111111', region: 'us-east-1'})
          """).consume();
      String path = "[{\"kind\":\"node\",\"id\":\"internet\",\"type\":\"Internet\",\"name\":\"Internet\"},"
          + "{\"kind\":\"edge\",\"type\":\"CAN_REACH\"},"
          + "{\"kind\":\"node\",\"id\":\"nb-1\",\"type\":\"Notebook\",\"name\":\"research-nb\"},"
          + "{\"kind\":\"edge\",\"type\":\"RUNS_AS\"},"
          + "{\"kind\":\"node\",\"id\":\"role-1\",\"type\":\"Identity\",\"name\":\"AdminRole\"}]";
      s.run("""
          WITH datetime() AS now
          CREATE (:Finding {id: 'f1', ruleId: 'common_attack_path_notebook_admin', title: $top, severity: 'critical',
                  category: 'attack-path', score: 97, status: 'OPEN', result: 'FAIL', reason: 'research-nb is reachable and admin',
                  resourceId: 'nb-1', resourceIds: ['nb-1'], path: $path, scoreFactors: '[]', scope: 'aws/111111111111/us-east-1',
                  controls: [], firstSeen: now - duration('P1D'), lastSeen: now})
          CREATE (:Finding {id: 'f2', ruleId: 'aws_sagemaker_model_network_isolation', title: 'Model without network isolation',
                  severity: 'high', category: 'network', score: 70, status: 'OPEN', result: 'FAIL', reason: 'isolation off',
                  resourceId: 'm-1', resourceIds: ['m-1'], path: '[]', scoreFactors: '[]', scope: 'aws/111111111111/us-east-1',
                  controls: [], firstSeen: now - duration('P30D'), lastSeen: now})
          CREATE (:Finding {id: 'f3', ruleId: 'x', title: 'Fixed thing', severity: 'medium', category: 'data', score: 40,
                  status: 'RESOLVED', result: 'FAIL', reason: 'r', resourceId: 'm-2', resourceIds: ['m-2'], path: '[]',
                  scoreFactors: '[]', scope: 'aws/111111111111/us-east-1', controls: [], firstSeen: now - duration('P40D'),
                  lastSeen: now - duration('P2D'), resolvedAt: now - duration('P2D')})
          CREATE (:Finding {id: 'f4', ruleId: 'y', title: 'Back again', severity: 'low', category: 'data', score: 15,
                  status: 'REOPENED', result: 'FAIL', reason: 'r', resourceId: 'b-1', resourceIds: ['b-1'], path: '[]',
                  scoreFactors: '[]', scope: 'aws/111111111111/us-east-1', controls: [], firstSeen: now - duration('P40D'),
                  lastSeen: now, reopenedAt: now - duration('PT1H')})
          CREATE (:ScanRun {id: 'scan-old', status: 'SUCCEEDED', finishedAt: now - duration('P10D'), openTotal: 2})
          CREATE (r:ScanRun {id: 'scan-new', status: 'PARTIAL', finishedAt: now - duration('PT10M'), openTotal: 3})
          CREATE (r)-[:HAS_OUTCOME]->(:ScanOutcome {scope: 'gcp/proj-2/global', provider: 'gcp', account: 'proj-2',
                  region: 'global', succeeded: false, count: 0, durationMs: 5, operation: 'projects.list',
                  error: 'PERMISSION_DENIED', missingPermission: 'resourcemanager.projects.get'})
          CREATE (r)-[:HAS_OUTCOME]->(:ScanOutcome {scope: 'aws/111111111111/us-east-1', provider: 'aws',
                  account: '111111111111', region: 'us-east-1', succeeded: true, count: 4, durationMs: 30})
          """, Map.of("top", TOP_TITLE, "path", path)).consume();
      s.run("""
          MATCH (f:Finding {id: 'f1'})
          CREATE (f)-[:AFFECTS]->(p:Asset:DataObject {id: 's3://training-data/fraud/train/', type: 'AWSS3Prefix',
                  provider: 'aws', account: '111111111111', region: 'us-east-1', uri: 's3://training-data/fraud/train/',
                  secretCount: 1, objectsWithSecrets: [$object]})
          CREATE (:ContentFinding {ruleId: 'secret.aws-access-key', severity: 'critical',
                  message: 'AWS access key id', location: $object, objectUri: $object, bucket: 'training-data',
                  key: 'fraud/train/part-0003.jsonl', versionId: '3HL4kqtJlcpXroDTDmJ', etag: '9b2cf535f27731c974343645a3985328',
                  line: 812, column: 17, field: 'text', fingerprint: 'b1f4e6c2d9a07f3e5c8b2a1d0e9f8c7b6a5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f',
                  preview: $preview, scanId: 'scan-new'})-[:FOUND_IN]->(p)
          """, Map.of("object", SECRET_OBJECT, "preview", SECRET_PREVIEW)).consume();
    }
  }
}
