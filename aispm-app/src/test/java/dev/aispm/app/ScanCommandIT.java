package dev.aispm.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.simulator.SimulatedCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aispm scan --once --out DIR} with nothing but the standard AWS SDK settings pointing at
 * the simulated organization: the report folder holds every asset with its provider, account,
 * region, type, cloud id and properties, and every finding with its rule, severity, score,
 * resources and path. A model policy (AISPM_MODEL_POLICY) that approves no Amazon model makes the
 * policy rule report the Titan models the organization's Bedrock resources use.
 * A second scan after a training object is rewritten shows the provenance
 * ledger and its rules at work, and a forged ledger entry fails {@code ledger verify}.
 */
class ScanCommandIT {
  @TempDir
  Path dir;

  @Test
  void scanOnceWritesTheInventoryAndFindings() throws Exception {
    try (SimulatedCloud cloud = SimulatedCloud.start()) {
      Map<String, String> props = new java.util.HashMap<>(cloud.awsSdkSystemProperties());
      props.put("AISPM_DATA_DIR", dir.resolve("data").toString());
      props.put("AISPM_AWS_ROLE_NAME", cloud.awsOrganization().crossAccountRole());
      props.put("AISPM_AWS_EXTERNAL_ID", cloud.awsOrganization().externalId());
      Path policy = dir.resolve("model-policy.yaml");
      Files.writeString(policy, "version: 1\nname: it\nvendors: {approved: [anthropic, meta]}\n");
      props.put("AISPM_MODEL_POLICY", policy.toString());
      props.forEach(System::setProperty);
      PrintStream original = System.out;
      int code;
      try {
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        code = Aispm.commandLine().execute("scan", "--once", "--out", dir.resolve("out").toString());
      } finally {
        System.setOut(original);
        props.keySet().forEach(System::clearProperty);
      }
      assertThat(code).isZero();
      provenanceIsRecordedChainedAndTamperEvident(cloud, props);
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode inventory = json.readTree(Files.readString(dir.resolve("out/inventory.json")));
    assertThat(inventory.get("assets")).isNotEmpty().allSatisfy(a -> {
      assertThat(a.get("provider").asText()).isEqualTo("aws");
      assertThat(a.get("id").asText()).isNotBlank();
      assertThat(a.get("type").asText()).isNotBlank();
      assertThat(a.has("properties")).isTrue();
    });
    assertThat(inventory.get("assets")).anySatisfy(a -> {
      assertThat(a.get("type").asText()).isEqualTo("AWSSageMakerNotebookInstance");
      assertThat(a.get("account").asText()).isEqualTo("111111111111");
      assertThat(a.get("region").asText()).isEqualTo("us-east-1");
    });
    assertThat(inventory.get("assets")).anySatisfy(a -> assertThat(a.get("account").asText()).isEqualTo("222222222222"));
    JsonNode findings = json.readTree(Files.readString(dir.resolve("out/findings.json")));
    assertThat(findings.get("findings")).isNotEmpty().allSatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isNotBlank();
      assertThat(f.get("severity").asText()).isNotBlank();
      assertThat(f.get("score").asInt()).isBetween(0, 100);
      assertThat(f.get("resourceIds")).isNotEmpty();
    });
    assertThat(findings.get("findings")).anySatisfy(f -> assertThat(f.get("path").size()).isGreaterThan(3));
    assertThat(findings.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("model_outside_approved_policy");
      assertThat(f.get("resourceIds").toString()).contains("foundation-model/amazon.titan");
    });
    JsonNode scan = json.readTree(Files.readString(dir.resolve("out/scan.json")));
    assertThat(scan.get("outcomes")).anySatisfy(o -> {
      assertThat(o.get("succeeded").asBoolean()).isFalse();
      assertThat(o.get("missingPermission").asText()).startsWith("sagemaker:");
    });
  }

  private static final String FRAUD_JOB = "arn:aws:sagemaker:us-east-1:111111111111:training-job/fraud-detector-training";
  private static final String FRAUD_MODEL = "arn:aws:sagemaker:us-east-1:111111111111:model/fraud-detector-model";

  /**
   * The first scan found the planted validation set rewritten after training; the ledger holds
   * the job's inputs and verifies. Then the training set is rewritten too and scanned again: the
   * finding names its ETag before and after. Last, one stored entry is forged: verify names it.
   */
  private void provenanceIsRecordedChainedAndTamperEvident(SimulatedCloud cloud, Map<String, String> props)
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    String firstScan = json.readTree(Files.readString(dir.resolve("out/scan.json"))).get("scanId").asText();
    JsonNode first = json.readTree(Files.readString(dir.resolve("out/findings.json"))).get("findings");
    assertThat(first).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("model_training_data_changed_after_training");
      assertThat(f.get("resourceIds").toString()).contains(FRAUD_MODEL, FRAUD_JOB);
      assertThat(f.get("reason").asText()).contains("fraud/validation/part-00000.jsonl", "2026-01-10");
    });
    // Registered from a model package, with no training job aispm can see.
    assertThat(first).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("model_lineage_unknown");
      assertThat(f.get("resourceId").asText()).endsWith("model/claims-triage-model");
    });

    CliRun verified = cli(props, "ledger", "verify");
    assertThat(verified.code()).as(verified.out()).isZero();
    assertThat(verified.out()).contains("ledger intact");
    CliRun shown = cli(props, "ledger", "show", "--subject", FRAUD_JOB, "--format", "json");
    assertThat(shown.code()).isZero();
    JsonNode entry = json.readTree(json.readTree(shown.out().lines().findFirst().orElseThrow()).get("entry").asText());
    assertThat(entry.get("endedAt").asText()).isEqualTo("2023-11-02T11:00:00Z");
    assertThat(entry.get("produced").toString()).contains("s3://acme-models/fraud-detector/model.tar.gz");
    assertThat(entry.get("inputs")).hasSize(2).allSatisfy(in -> {
      assertThat(in.get("complete").asBoolean()).isTrue();
      assertThat(in.get("objects")).hasSize(1).allSatisfy(o -> {
        assertThat(o.get("etag").asText()).isNotBlank();
        assertThat(o.get("sha256").asText()).hasSize(64);
        assertThat(o.get("size").asLong()).isPositive();
      });
    });

    // The training set is rewritten after training, and the organization scanned again.
    cloud.awsObjects().put("acme-training-data", "fraud/train/part-00000.jsonl",
        "{\"transaction_id\":\"tx-1\",\"amount\":1.00,\"label\":1}\n".getBytes(StandardCharsets.UTF_8),
        java.time.Instant.now());
    CliRun second = cli(props, "scan", "--once", "--out", dir.resolve("out2").toString());
    assertThat(second.code()).isZero();
    JsonNode after = json.readTree(Files.readString(dir.resolve("out2/findings.json"))).get("findings");
    assertThat(after).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("model_training_data_changed_after_training");
      assertThat(f.get("reason").asText()).contains("fraud/train/part-00000.jsonl", " -> ", "and 1 more");
    });

    // One recorded entry of the first scan is forged in the store.
    props.forEach(System::setProperty);
    try (var graph = AppRuntime.openGraph(AppRuntime.environment());
        var session = graph.session()) {
      session.run("""
          MATCH (e:ProvenanceEntry {scanId: $scan, subject: $job})
          SET e.entry = replace(e.entry, '"etag":"', '"etag":"0')
          """, Map.of("scan", firstScan, "job", FRAUD_JOB)).consume();
    } finally {
      props.keySet().forEach(System::clearProperty);
    }
    CliRun broken = cli(props, "ledger", "verify");
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.out()).contains("ledger broken at entry", "scan " + firstScan, FRAUD_JOB);
  }

  record CliRun(int code, String out) {}

  private static CliRun cli(Map<String, String> props, String... args) {
    props.forEach(System::setProperty);
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      int code = Aispm.commandLine().execute(args);
      return new CliRun(code, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
      props.keySet().forEach(System::clearProperty);
    }
  }
}
