package dev.aispm.collectors.azure.arm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArmActionsTest {
  @Test
  void derivesTheReadActionAsArmAuthorizesIt() {
    assertThat(ArmActions.readAction("/subscriptions")).isEqualTo("Microsoft.Resources/subscriptions/read");
    assertThat(ArmActions.readAction("/subscriptions/s/resourcegroups")).isEqualTo("Microsoft.Resources/subscriptions/resourceGroups/read");
    assertThat(ArmActions.readAction("/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/onlineEndpoints/e/deployments"))
        .isEqualTo("Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments/read");
    assertThat(ArmActions.readAction("/subscriptions/s/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/a/providers/Microsoft.Insights/diagnosticSettings"))
        .isEqualTo("Microsoft.Insights/diagnosticSettings/read");
    assertThat(ArmActions.readAction("/subscriptions/s/resourceGroups/rg/providers/microsoft.compute/virtualMachines/vm"))
        .as("a VM's GET needs the same action as the listing").isEqualTo("Microsoft.Compute/virtualMachines/read");
    assertThat(ArmActions.readAction("/subscriptions/s/providers/Microsoft.Compute/virtualMachines"))
        .isEqualTo("Microsoft.Compute/virtualMachines/read");
  }

  @Test
  void forbiddenAnswersNameTheMissingAction() {
    ArmException e = ArmClient.error(403, "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'c' with object id 'o' does not have "
        + "authorization to perform action 'Microsoft.Storage/storageAccounts/read' over scope '/subscriptions/s'.\"}}", "x/read");
    assertThat(e.missingPermission()).isEqualTo("Microsoft.Storage/storageAccounts/read");
    assertThat(e.code()).isEqualTo("AuthorizationFailed");
    assertThat(ArmClient.error(500, "<html>", "x/read").missingPermission()).isNull();
    assertThat(ArmClient.error(403, "not json", "x/read").missingPermission()).as("falls back to the call's action").isEqualTo("x/read");
  }
}
