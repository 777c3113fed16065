package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model folder inside a scanned data prefix is read for code twice, once as part of the prefix
 * and once as the model: the same pin in the same manifest must give one finding, on the model,
 * while a manifest the prefix alone holds is still judged on the prefix.
 */
class CodeHeldTwiceRuleIT {
  private static final String RULE = "data_store_code_ai_tooling_without_known_vulnerability";
  private static final String INDEX_RULE = "data_store_code_unpinned_ai_package_from_custom_index";

  private static String holder(String label, String id) {
    return "CREATE (" + label.toLowerCase() + ":Asset:DataObject:" + label
        + (label.endsWith("ModelArtifact") ? ":ModelArtifact" : "") + " {id: '" + id + "', type: '" + label
        + "', scope: 'gcp/acme-ml/us-central1', provider: 'gcp', account: 'acme-ml', region: 'us-central1', uri: '"
        + id + "', codeObjectsScanned: 1, codeScanComplete: true})\n";
  }

  private static String pin(String holder, String var, String location) {
    String id = holder + "#package/pkg:pypi/mlflow@2.2.0";
    return "CREATE (" + var + ")-[:USES_PACKAGE]->(" + var + "p:Asset:Software:SoftwarePackage {id: '" + id
        + "', type: 'SoftwarePackage', scope: 'gcp/acme-ml/us-central1', provider: 'gcp', account: 'acme-ml',"
        + " region: 'us-central1', ecosystem: 'PyPI', name: 'mlflow', version: '2.2.0', purl: 'pkg:pypi/mlflow@2.2.0',"
        + " record: 'requirements', location: '" + location + "'})\n"
        + "CREATE (" + var + "p)-[:AFFECTED_BY]->(:Asset:Vulnerability:Advisory {id: '" + id
        + "#advisory/GHSA-xg73-94fp-g449', type: 'Advisory', scope: 'gcp/acme-ml/us-central1', provider: 'gcp',"
        + " account: 'acme-ml', region: 'us-central1', advisoryId: 'GHSA-xg73-94fp-g449', severity: 'critical',"
        + " severitySource: 'rated', fixedVersion: '2.2.1'})\n";
  }

  private static List<String> verdicts() {
    return verdicts(RULE);
  }

  private static List<String> verdicts(String rule) {
    RuleEngine engine = new RuleEngine(InProcessNeo4j.connection().driver(), null);
    return engine.evaluate(RuleCatalog.builtIn().rule(rule).orElseThrow()).stream()
        .map(r -> r.resourceId() + "=" + r.status()).toList();
  }

  @Test
  void theSameManifestIsJudgedOnceOnTheModel() {
    String prefix = "gs://acme-vertex-models/fraud/";
    String model = "gs://acme-vertex-models/fraud/model/";
    String manifest = "gs://acme-vertex-models/fraud/model/requirements.txt";
    RuleCatalogIT.load(holder("GCSPrefix", prefix) + holder("GCSModelArtifact", model)
        + pin(prefix, "gcsprefix", manifest) + pin(model, "gcsmodelartifact", manifest));
    assertThat(verdicts()).containsExactly(model + "=FAIL");
  }

  /** The same holds for an unpinned package from a manifest that names a private index. */
  @Test
  void anUnpinnedPackageFromTheSameManifestIsJudgedOnceOnTheModel() {
    String prefix = "gs://acme-vertex-models/fraud/";
    String model = "gs://acme-vertex-models/fraud/model/";
    String manifest = "gs://acme-vertex-models/fraud/model/requirements.txt";
    String unpinned = "gs://acme-vertex-models/fraud/#package/pkg:pypi/langchain";
    RuleCatalogIT.load(holder("GCSPrefix", prefix) + holder("GCSModelArtifact", model)
        + "SET gcsprefix.packageIndexes = ['https://pypi.acme-internal.example/simple'], "
        + "gcsmodelartifact.packageIndexes = ['https://pypi.acme-internal.example/simple']\n"
        + "CREATE (gcsprefix)-[:USES_PACKAGE]->(:Asset:Software:SoftwarePackage {id: '" + unpinned
        + "', type: 'SoftwarePackage', name: 'langchain', purl: 'pkg:pypi/langchain', location: '" + manifest + "'})\n"
        + "CREATE (gcsmodelartifact)-[:USES_PACKAGE]->(:Asset:Software:SoftwarePackage {id: '" + model
        + "#package/pkg:pypi/langchain', type: 'SoftwarePackage', name: 'langchain', purl: 'pkg:pypi/langchain',"
        + " location: '" + manifest + "'})\n");
    assertThat(verdicts(INDEX_RULE)).containsExactly(model + "=FAIL");
  }

  @Test
  void aManifestOnlyThePrefixHoldsIsStillJudgedOnThePrefix() {
    String prefix = "gs://acme-vertex-models/fraud/";
    String model = "gs://acme-vertex-models/fraud/model/";
    RuleCatalogIT.load(holder("GCSPrefix", prefix) + holder("GCSModelArtifact", model)
        + pin(prefix, "gcsprefix", "gs://acme-vertex-models/fraud/prep/requirements.txt")
        + pin(model, "gcsmodelartifact", "gs://acme-vertex-models/fraud/model/requirements.txt"));
    assertThat(verdicts()).containsExactlyInAnyOrder(prefix + "=FAIL", model + "=FAIL");
  }
}
