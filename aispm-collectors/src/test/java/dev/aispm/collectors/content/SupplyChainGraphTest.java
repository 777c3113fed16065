package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.graph.schema.aws.ec2.InstanceSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.aiusage.AiComponent;
import dev.aispm.scanners.packages.Ecosystem;
import dev.aispm.scanners.packages.SoftwarePackage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether an AI use written from code counts as the cloud's managed AI service. */
class SupplyChainGraphTest {
  private static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  private static final String OWNER = "arn:aws:ec2:us-east-1:111111111111:instance/i-1";

  @Test
  void aPackageOfTheCloudsOwnServiceIsManaged() {
    WriteBatch out = write("bedrock", "anthropic-bedrock", "Amazon Bedrock SDK");
    assertThat(usage(out).properties()).containsEntry("managed", true);
  }

  @Test
  void aPackageOfAnotherServiceIsNotManaged() {
    WriteBatch out = write("bedrock", "vllm", "vLLM inference server");
    assertThat(usage(out).properties()).containsEntry("managed", false);
  }

  @Test
  void withoutAManagedServiceNothingIsManaged() {
    // A self-hosted server's package: even a name that mentions the service is not the service.
    WriteBatch out = write(null, "anthropic-bedrock", "Amazon Bedrock SDK");
    assertThat(usage(out).properties()).containsEntry("managed", false);
  }

  private static WriteBatch write(String managedAi, String name, String title) {
    SoftwarePackage p = new SoftwarePackage(Ecosystem.PYPI, name, "1.0.0", "requirements.txt", "pin");
    AiComponent c = new AiComponent(Ecosystem.PYPI, name, "llm-sdk", title);
    WriteBatch out = new WriteBatch();
    SupplyChainGraph.write(out, OWNER, new CodeReport(CodeReport.SCANNED, null, Map.of(p, c), List.of(), List.of(), 0),
        SCOPE, InstanceSchema.USES_PACKAGE, InstanceSchema.USES_AI, managedAi);
    return out;
  }

  private static NodeRecord usage(WriteBatch out) {
    List<NodeRecord> usages = out.nodes(AiUsageSchema.NODE);
    assertThat(usages).hasSize(1);
    assertThat(out.rels(InstanceSchema.USES_AI)).hasSize(1);
    return usages.get(0);
  }
}
