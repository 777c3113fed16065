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
}
