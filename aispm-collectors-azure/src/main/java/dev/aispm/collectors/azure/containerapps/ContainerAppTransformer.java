package dev.aispm.collectors.azure.containerapps;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.number;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.content.AiProviderSettings;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns container apps into nodes with their images, ingress posture, managed identities and
 * environment variables' names, and links them to the internet and to the identities they run as.
 * An env var's {@code value} is never read: a plain value can be a key as surely as a secret is,
 * so only names leave this class. Ingress follows the Container Apps reference: without an
 * {@code ingress} block the app takes no requests; IP security restrictions are all Allow (only
 * the listed ranges get in) or all Deny (the listed ranges are kept out, everyone else gets in).
 */
public final class ContainerAppTransformer {
  private ContainerAppTransformer() {}

  public static void transform(List<JsonNode> apps, String tenantId, ScopeKey scope, GraphBatch out) {
    for (JsonNode app : apps) {
      transform(app, tenantId, scope, out);
    }
  }

  static void transform(JsonNode app, String tenantId, ScopeKey scope, GraphBatch out) {
    String id = ArmIds.normalize(text(app, "id"));
    if (id == null) {
      throw new IllegalStateException("container app without an id");
    }
    String name = text(app, "name");
    JsonNode p = app.path("properties");
    JsonNode ingress = p.path("configuration").path("ingress");
    boolean hasIngress = ingress.isObject() && !ingress.isEmpty();
    Boolean external = hasIngress ? Boolean.TRUE.equals(bool(ingress, "external")) : null;
    Boolean restricted = hasIngress ? allowListed(ingress) : null;
    boolean reachable = Boolean.TRUE.equals(external) && !Boolean.TRUE.equals(restricted);
    Long port = hasIngress ? number(ingress, "targetPort") : null;

    List<String> images = new ArrayList<>();
    Set<String> env = new LinkedHashSet<>();
    Set<String> fromSecrets = new LinkedHashSet<>();
    for (String group : List.of("containers", "initContainers")) {
      for (JsonNode c : p.path("template").path(group)) {
        String image = text(c, "image");
        if (image != null && !image.isBlank() && !images.contains(image.strip())) {
          images.add(image.strip());
        }
        for (JsonNode e : c.path("env")) {
          String var = text(e, "name");
          if (var == null || var.isBlank()) {
            continue;
          }
          env.add(var);
          if (text(e, "secretRef") != null) {
            fromSecrets.add(var);
          }
        }
      }
    }
    List<String> envNames = List.copyOf(env);
    List<ResourceIdentity> identities = ResourceIdentity.of(app);
    out.add(AzureContainerAppSchema.NODE, NodeRecord.of(id, scope)
        .set("name", name)
        .set("resourceGroup", ArmIds.resourceGroup(text(app, "id")))
        .set("location", text(app, "location"))
        .set("provisioningState", text(p, "provisioningState"))
        .set("environmentId", ArmIds.normalize(text(p, "managedEnvironmentId") != null
            ? text(p, "managedEnvironmentId") : text(p, "environmentId")))
        .set("images", images)
        .set("ingressEnabled", hasIngress)
        .set("ingressExternal", external)
        .set("targetPort", port)
        .set("transport", hasIngress ? text(ingress, "transport") : null)
        .set("allowInsecure", hasIngress ? Boolean.TRUE.equals(bool(ingress, "allowInsecure")) : null)
        .set("ipRestricted", restricted)
        .set("internetReachable", reachable)
        .set("identityType", ResourceIdentity.type(app))
        .set("principalIds", identities.stream().map(ResourceIdentity::principalId).toList())
        .set("environmentVariableNames", envNames)
        .set("secretEnvironmentVariables", List.copyOf(fromSecrets))
        .set("aiProviderSettings", AiProviderSettings.aiNames(envNames))
        .set("fqdn", hasIngress ? text(ingress, "fqdn") : null)
        .build());
    // Only names are evidence here (the images are read by the registry sync): the report carries
    // no package, so the package relationship argument is never used.
    CodeReport settings = CodeReport.notRead(CodeReport.NONE, "container image")
        .withEvidence(AiProviderSettings.evidence(envNames, "environment of container app " + name));
    WriteBatch ai = new WriteBatch();
    SupplyChainGraph.write(ai, id, settings, scope, AzureContainerAppSchema.USES_AI, AzureContainerAppSchema.USES_AI,
        "azure");
    out.addAll(ai, List.of(AzureContainerAppSchema.USES_AI));
    for (ResourceIdentity identity : identities) {
      out.link(AzureContainerAppSchema.RUNS_AS,
          RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
    }
    if (reachable) {
      Map<String, Object> via = new HashMap<>();
      via.put("via", "ingress");
      if (port != null) {
        via.put("port", port);
      }
      out.link(AzureContainerAppSchema.INTERNET_CAN_REACH, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, via));
    }
  }

  /**
   * Whether the restrictions let in only listed ranges: an Allow rule for a range narrower than
   * the whole internet. Deny rules keep listed ranges out and let everyone else in.
   */
  static boolean allowListed(JsonNode ingress) {
    for (JsonNode r : ingress.path("ipSecurityRestrictions")) {
      String range = text(r, "ipAddressRange");
      if ("Allow".equalsIgnoreCase(text(r, "action")) && range != null && !range.equals("0.0.0.0/0")
          && !range.equals("::/0") && !range.equalsIgnoreCase("Any")) {
        return true;
      }
    }
    return false;
  }
}
