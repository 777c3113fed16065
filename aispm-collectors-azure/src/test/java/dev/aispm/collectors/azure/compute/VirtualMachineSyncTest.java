package dev.aispm.collectors.azure.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureScope;
import dev.aispm.collectors.azure.arm.ArmException;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** User data reads: in parallel, each failure leaving that VM unread, recorded once for the VM and supply-chain types. */
class VirtualMachineSyncTest {
  static final String VM = "/subscriptions/11111111-aaaa-4aaa-8aaa-111111111111/resourcegroups/vm-prod/providers/"
      + "microsoft.compute/virtualmachines/";

  @Test
  void aFailedReadLeavesThatVmNotReadAndIsRecordedOnceWhileTheOthersAreRead() {
    ScanLedger ledger = new ScanLedger("scan");
    AzureScope scope = new AzureScope("11111111-aaaa-4aaa-8aaa-111111111111", "tenant", null, ledger);
    List<JsonNode> chosen = VirtualMachineTransformerTest.vms().subList(0, 3);
    String script = Base64.getEncoder().encodeToString("ray start --head\n".getBytes(StandardCharsets.UTF_8));
    Map<String, UserData> read = VirtualMachineSync.readUserData(scope, chosen, path -> {
      if (path.endsWith("/gpu-inference-01")) {
        throw new ArmException(403, "AuthorizationFailed", "HTTP 403 AuthorizationFailed: denied",
            "Microsoft.Compute/virtualMachines/read", "Microsoft.Compute/virtualMachines/read");
      }
      if (path.endsWith("/render-02")) {
        throw new ArmException(404, "ResourceNotFound", "HTTP 404", "Microsoft.Compute/virtualMachines/read", null);
      }
      return script;
    });

    assertThat(read.get(VM + "ray-head")).isEqualTo(new UserData("read", null, "ray start --head\n"));
    assertThat(read.get(VM + "gpu-inference-01").status()).isEqualTo("not-read");
    assertThat(read.get(VM + "gpu-inference-01").error()).contains("403");
    assertThat(read.get(VM + "render-02")).isEqualTo(UserData.notRead("the VM no longer exists"));
    assertThat(ledger.failures()).extracting(ScopeOutcome::resourceType)
        .containsExactlyInAnyOrder("AzureVirtualMachine", "SoftwarePackage", "AIUsage", "Advisory");
    assertThat(ledger.failures()).allSatisfy(f ->
        assertThat(f.missingPermission()).isEqualTo("Microsoft.Compute/virtualMachines/read"));
  }

  @Test
  void nothingChosenAsksNothing() {
    ScanLedger ledger = new ScanLedger("scan");
    AzureScope scope = new AzureScope("s", "tenant", null, ledger);
    assertThat(VirtualMachineSync.readUserData(scope, List.of(), path -> {
      throw new AssertionError("not asked");
    })).isEmpty();
    assertThat(ledger.failures()).isEmpty();
  }
}
