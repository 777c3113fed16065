package dev.aispm.api.testing;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.rules.findings.FindingStore;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Writes synthetic assets and findings shaped exactly like the rule pass writes them, for the load
 * benchmark and the API tests: enough volume to measure paging, without a cloud or a rule run.
 * Finding {@code i} has id {@code %032x} of i, severity cycling critical..info, score
 * {@code 100 - i % 100}, status OPEN except every 10th RESOLVED, and controls of NIST CSF and
 * MITRE ATLAS.
 */
public final class SyntheticPosture {
  private SyntheticPosture() {}

  public static void write(GraphConnection graph, int assets, int findings) {
    try (Session s = graph.session()) {
      s.run("""
          UNWIND range(0, $n - 1) AS i
          CALL {
            WITH i
            CREATE (:Asset:Model:AWSSageMakerModel {id: 'arn:aws:sagemaker:us-east-1:111111111111:model/m' + i,
                    name: 'm' + i, type: 'AWSSageMakerModel', provider: 'aws', account: '111111111111',
                    region: 'us-east-1', tags: ['team:ml']})
          } IN TRANSACTIONS OF 5000 ROWS
          """, Map.of("n", assets)).consume();
      s.run("""
          UNWIND range(0, $n - 1) AS i
          CALL {
            WITH i
            WITH i, ['critical', 'high', 'medium', 'low', 'info'][i % 5] AS sev,
                 'arn:aws:sagemaker:us-east-1:111111111111:model/m' + (i % $assets) AS rid
            CREATE (f:Finding {id: right('00000000000000000000000000000000' + toLower(apoc_hex(i)), 32)})
            SET f.ruleId = 'synthetic_rule_' + (i % 7), f.title = 'Synthetic finding ' + i, f.severity = sev,
                f.category = 'exposure', f.provider = 'aws', f.result = CASE WHEN i % 11 = 0 THEN 'UNKNOWN' ELSE 'FAIL' END,
                f.score = 100 - i % 100, f.scoreFactors = '[]', f.reason = 'synthetic', f.path = '[]',
                f.pathLength = 0, f.resourceId = rid, f.resourceIds = [rid], f.scope = 'aws/111111111111/us-east-1',
                f.controls = ['nist-csf-2.0:PR.AA-05', 'mitre-atlas:AML.T0024'],
                f.status = CASE WHEN i % 10 = 9 THEN 'RESOLVED' ELSE 'OPEN' END,
                f.firstSeen = datetime(), f.lastSeen = datetime(), f.lastScanId = 'scan-synthetic'
          } IN TRANSACTIONS OF 5000 ROWS
          """.replace("apoc_hex(i)", hex()), Map.of("n", findings, "assets", Math.max(1, assets))).consume();
    }
    new FindingStore(graph.driver(), graph.database()).markChanged();
  }

  /** Hexadecimal of a non-negative integer in plain Cypher (no APOC on the embedded server). */
  private static String hex() {
    StringBuilder sb = new StringBuilder("reduce(h = '', k IN range(7, 0, -1) | h + substring('0123456789abcdef', "
        + "(i / toInteger(16 ^ k)) % 16, 1))");
    return sb.toString();
  }

  /** The id of synthetic finding {@code i}. */
  public static String findingId(int i) {
    return String.format("%032x", i);
  }
}
