package dev.aispm.collectors.azure.containerapps;

import static dev.aispm.collectors.azure.arm.Json.number;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.content.AiProviderSettings;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;

/**
 * Turns Container Apps jobs into nodes with their trigger, images, managed identities and
 * environment variables' names, and links them to the identities they run as and the AI use their
 * names show. A job's template is an app's ({@link ContainerTemplate}), so secret values and plain
 * values stay out alike. A job has no ingress: it is never reachable from the internet, and says so
 * ({@code internetReachable: false}) rather than leaving it unknown.
 */
public final class ContainerAppJobTransformer {
  private ContainerAppJobTransformer() {}

  public static void transform(List<JsonNode> jobs, String tenantId, ScopeKey scope, GraphBatch out) {
    for (JsonNode job : jobs) {
      transform(job, tenantId, scope, out);
    }
  }

  static void transform(JsonNode job, String tenantId, ScopeKey scope, GraphBatch out) {
    String id = ArmIds.normalize(text(job, "id"));
    if (id == null) {
      throw new IllegalStateException("container apps job without an id");
    }
    String name = text(job, "name");
    JsonNode p = job.path("properties");
    JsonNode configuration = p.path("configuration");
    ContainerTemplate template = ContainerTemplate.of(p.path("template"));
    List<String> envNames = template.environmentVariableNames();
    List<ResourceIdentity> identities = ResourceIdentity.of(job);
    out.add(AzureContainerAppJobSchema.NODE, NodeRecord.of(id, scope)
        .set("name", name)
        .set("resourceGroup", ArmIds.resourceGroup(text(job, "id")))
        .set("location", text(job, "location"))
        .set("provisioningState", text(p, "provisioningState"))
        .set("environmentId", ArmIds.normalize(text(p, "environmentId")))
        .set("triggerType", text(configuration, "triggerType"))
        .set("cronExpression", text(configuration, "scheduleTriggerConfig", "cronExpression"))
        .set("replicaTimeout", number(configuration, "replicaTimeout"))
        .set("images", template.images())
        .set("internetReachable", false)
        .set("identityType", ResourceIdentity.type(job))
        .set("principalIds", identities.stream().map(ResourceIdentity::principalId).toList())
        .set("environmentVariableNames", envNames)
        .set("secretEnvironmentVariables", template.secretEnvironmentVariables())
        .set("aiProviderSettings", AiProviderSettings.aiNames(envNames))
        .properties(b -> SettingSecrets.write(b, SettingSecrets.report(ContainerTemplate.plainValues(p.path("template"), ""),
            "container apps job " + name + " environment")))
        .build());
    WorkloadLinks.write(id, "container apps job " + name, envNames, identities, tenantId, scope,
        AzureContainerAppJobSchema.RUNS_AS, AzureContainerAppJobSchema.USES_AI, out);
  }
}
