package dev.aispm.posture.policy;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.scanners.policy.ModelFacts;
import dev.aispm.scanners.policy.ModelPolicy;
import dev.aispm.scanners.policy.ModelPolicyException;
import dev.aispm.scanners.policy.ModelPolicyLoader;
import dev.aispm.scanners.policy.PolicyViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Holds the clouds' models to the model policy after collection, before the rule pass: reads
 * every judged model node ({@link CloudModelFacts#TYPES}) with the scan status of the artifacts it
 * uses, judges it with the policy that {@code scan-files --policy} uses, and replaces the
 * {@code ModelPolicy} node and its {@code ModelPolicyVerdict} records. The rule
 * {@code model_outside_approved_policy} reads those records, so it stays a read-only query and
 * the judging (glob patterns, licence expressions, Hugging Face names) is written once, in Java.
 * Without a policy, {@link #clear} removes them and the rule has nothing to report.
 */
public final class ModelPolicyCheck {
  /** The environment variable naming the policy file. */
  public static final String ENV = "AISPM_MODEL_POLICY";
  static final String POLICY_ID = "model-policy";

  private final Path file;
  private final ModelPolicy policy;
  private final String sha256;

  private ModelPolicyCheck(Path file, ModelPolicy policy, String sha256) {
    this.file = file;
    this.policy = policy;
    this.sha256 = sha256;
  }

  /** Loads the policy file; the exception's message names the file and the key at fault. */
  public static ModelPolicyCheck load(Path file) throws ModelPolicyException {
    ModelPolicy policy = ModelPolicyLoader.load(file);
    try {
      byte[] bytes = Files.readAllBytes(file);
      return new ModelPolicyCheck(file, policy, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(bytes)));
    } catch (IOException e) {
      throw new ModelPolicyException(file + ": cannot read the policy file (" + e.getMessage() + ")", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The policy named by {@code AISPM_MODEL_POLICY}, or null when it is unset. */
  public static ModelPolicyCheck fromEnvironment(Map<String, String> env) throws ModelPolicyException {
    String path = env.get(ENV);
    return path == null || path.isBlank() ? null : load(Path.of(path.strip()));
  }

  /**
   * The policy named by {@code AISPM_MODEL_POLICY}, or null; for callers that do not see the
   * policy's own exception (the service), a bad file is an {@link IllegalStateException} naming it.
   */
  public static ModelPolicyCheck configured(Map<String, String> env) {
    try {
      return fromEnvironment(env);
    } catch (ModelPolicyException e) {
      throw new IllegalStateException("bad model policy (" + ENV + "): " + e.getMessage(), e);
    }
  }

  /** The loaded policy. */
  public ModelPolicy policy() {
    return policy;
  }

  /** Judges every model in the graph and replaces the verdicts; returns how many are outside the policy. */
  public int apply(GraphConnection graph, String scanId, Instant at) {
    List<Map<String, Object>> verdicts = new ArrayList<>();
    try (Session s = graph.session()) {
      List<Record> models = s.executeRead(tx -> tx.run("""
          MATCH (m:Asset) WHERE m.type IN $types AND (m.stub IS NULL OR m.type = 'AWSBedrockFoundationModel')
          OPTIONAL MATCH (m)-[:USES_ARTIFACT]->(a:ModelArtifact)
          WITH m, [s IN collect(a.scanStatus) WHERE s IS NOT NULL] AS statuses
          RETURN m.id AS id, m.type AS type, properties(m) AS props, statuses
          ORDER BY id
          """, Map.of("types", CloudModelFacts.TYPES)).list());
      for (Record r : models) {
        String id = r.get("id").asString();
        ModelFacts facts = CloudModelFacts.of(id, r.get("type").asString(), r.get("props").asMap(),
            r.get("statuses").asList(v -> v.asString()));
        verdicts.add(verdict(id, facts, policy.judge(facts)));
      }
    }
    long outside = verdicts.stream().filter(v -> (Boolean) v.get("outside")).count();
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", POLICY_ID);
    node.put("name", policy.name());
    node.put("file", file.toString());
    node.put("sha256", sha256);
    node.put("judgedAt", at.toString());
    node.put("scanId", scanId);
    node.put("modelsJudged", verdicts.size());
    node.put("modelsOutside", outside);
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> {
        remove(tx);
        tx.run("CREATE (p:ModelPolicy) SET p = $node", Map.of("node", node)).consume();
        tx.run("""
            MATCH (p:ModelPolicy {id: $policy})
            UNWIND $verdicts AS row
            MATCH (m:Asset {id: row.modelId})
            CREATE (p)-[:GAVE]->(v:ModelPolicyVerdict)-[:JUDGES]->(m)
            SET v = row
            """, Map.of("policy", POLICY_ID, "verdicts", verdicts)).consume();
      });
    }
    return (int) outside;
  }

  /** Removes the policy and its verdicts: no policy is configured, so nothing is judged. */
  public static void clear(GraphConnection graph) {
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(ModelPolicyCheck::remove);
    }
  }

  private static void remove(org.neo4j.driver.TransactionContext tx) {
    tx.run("MATCH (v:ModelPolicyVerdict) DETACH DELETE v").consume();
    tx.run("MATCH (p:ModelPolicy) DETACH DELETE p").consume();
  }

  static Map<String, Object> verdict(String modelId, ModelFacts facts, List<PolicyViolation> violations) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", POLICY_ID + "/" + modelId);
    row.put("modelId", modelId);
    row.put("outside", !violations.isEmpty());
    row.put("violations", violations.stream().map(PolicyViolation::ruleId).distinct().toList());
    row.put("reasons", violations.stream().map(PolicyViolation::message).toList());
    row.put("vendor", facts.vendor());
    row.put("baseModels", facts.baseModels());
    row.put("sources", facts.sources());
    row.put("format", facts.format());
    row.put("scanVerdict", facts.verdict() == null ? null : facts.verdict().label());
    return row;
  }
}
