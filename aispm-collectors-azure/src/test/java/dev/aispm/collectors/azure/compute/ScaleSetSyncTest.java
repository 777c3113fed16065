package dev.aispm.collectors.azure.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureScope;
import dev.aispm.collectors.azure.arm.ArmException;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scale set user data reads: a failure leaves that scale set unread and is recorded once for its types. */
class ScaleSetSyncTest {
  @Test
  void aFailedReadLeavesThatScaleSetNotReadAndIsRecordedForTheScaleSetAndSupplyChainTypes() {
    ScanLedger ledger = new ScanLedger("scan");
    AzureScope scope = new AzureScope("11111111-aaaa-4aaa-8aaa-111111111111", "tenant", null, ledger);
    List<JsonNode> chosen = ScaleSetTransformerTest.scaleSets().subList(0, 3);
    Map<String, UserData> read = VirtualMachineSync.readUserData(scope, chosen, path -> {
      if (path.endsWith("/vllm-gpu-pool")) {
        throw new ArmException(403, "AuthorizationFailed", "HTTP 403 AuthorizationFailed: denied",
            "Microsoft.Compute/virtualMachineScaleSets/read", "Microsoft.Compute/virtualMachineScaleSets/read");
      }
      if (path.endsWith("/ray-workers")) {
        throw new ArmException(404, "ResourceNotFound", "HTTP 404", "Microsoft.Compute/virtualMachineScaleSets/read",
            null);
      }
      return null;
    }, "scale set", "Microsoft.Compute/virtualMachineScaleSets/read", ScaleSetSync.TYPES);

    assertThat(read.get(ScaleSetTransformerTest.SS + "vllm-gpu-pool").error()).contains("403");
    assertThat(read.get(ScaleSetTransformerTest.SS + "ray-workers"))
        .isEqualTo(UserData.notRead("the scale set no longer exists"));
    assertThat(read.get(ScaleSetTransformerTest.SS + "web-frontend-ss").status()).isEqualTo("none");
    assertThat(ledger.failures()).extracting(ScopeOutcome::resourceType)
        .containsExactlyInAnyOrder("AzureVirtualMachineScaleSet", "SoftwarePackage", "AIUsage", "Advisory");
    assertThat(ledger.failures()).allSatisfy(f ->
        assertThat(f.missingPermission()).isEqualTo("Microsoft.Compute/virtualMachineScaleSets/read"));
  }
}
