package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.number;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.azure.network.NetworkView;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLComputeSchema;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compute instances and clusters, and whether the internet reaches them.
 *
 * <p>Reachability: a node needs a public IP ({@code enableNodePublicIp}, true when absent as the
 * API documents) and an open door: SSH public access, or a customer subnet whose security group
 * admits the world. Outside a customer subnet Azure ML's own security group admits only its
 * service tags plus SSH when enabled, so SSH is the only door. Without a public IP it is not
 * reachable; a customer subnet whose group could not be read leaves it unknown.
 *
 * <p>An instance's setup scripts run as root (one at creation, one at every start), so the AI
 * packages their install commands put into the notebook hang from the instance with their
 * advisories, as {@link SetupScripts} reads them; the scripts' text is never stored.
 */
public final class ComputeTransformer {
  private ComputeTransformer() {}

  /** Computes whose setup scripts are not read: nothing is said about what instances install. */
  public static void transform(List<JsonNode> computes, String workspaceId, String workspaceName,
      String tenantId, NetworkView network, ScopeKey scope, GraphBatch out) {
    transform(computes, workspaceId, workspaceName, tenantId, network, null, null, scope, out);
  }

  /**
   * @param catalogue  what counts as an AI package; null leaves setup scripts unread
   * @param advisories the advisories installed versions are matched against
   */
  public static void transform(List<JsonNode> computes, String workspaceId, String workspaceName,
      String tenantId, NetworkView network, AiCatalogue catalogue, AdvisoryIndex advisories, ScopeKey scope,
      GraphBatch out) {
    for (JsonNode c : computes) {
      String type = text(c, "properties", "computeType");
      boolean instance = "ComputeInstance".equalsIgnoreCase(type);
      if (!instance && !"AmlCompute".equalsIgnoreCase(type)) {
        continue; // attached Kubernetes, Databricks, VMs: not Azure ML-managed nodes
      }
      String id = ArmIds.normalize(text(c, "id"));
      JsonNode p = c.path("properties").path("properties");
      Boolean publicIpFlag = bool(p, "enableNodePublicIp");
      boolean publicIp = publicIpFlag == null || publicIpFlag;
      String subnet = ArmIds.normalize(text(p, "subnet", "id"));
      Boolean ssh = instance ? sshEnabled(text(p, "sshSettings", "sshPublicAccess"))
          : clusterSsh(text(p, "remoteLoginPortPublicAccess"), text(p, "userAccountCredentials", "adminUserName"));
      String nsg = subnet == null ? null : network.securityGroupOf(subnet);
      Boolean nsgOpen = subnet == null ? Boolean.FALSE
          : !network.knowsSubnet(subnet) ? null : nsg == null ? Boolean.FALSE : network.openToWorld(nsg);
      String via = null;
      Boolean reachable;
      if (!publicIp) {
        reachable = false;
      } else if (Boolean.TRUE.equals(ssh)) {
        reachable = true;
        via = "sshPublicAccess";
      } else if (Boolean.TRUE.equals(nsgOpen)) {
        reachable = true;
        via = "securityGroupOpenToWorld";
      } else if (ssh == null || nsgOpen == null) {
        reachable = null;
      } else {
        reachable = false;
      }
      NodeRecord.Builder node = NodeRecord.of(id, scope)
          .set("name", text(c, "name"))
          .set("workspace", workspaceName)
          .set("vmSize", text(p, "vmSize"))
          .set("sshPublicAccess", ssh)
          .set("publicIp", publicIp)
          .set("subnetId", subnet)
          .set("localAuthDisabled", bool(c, "properties", "disableLocalAuth"))
          .set("identityType", ResourceIdentity.type(c))
          .set("internetReachable", reachable);
      if (instance) {
        Boolean root = bool(p, "enableRootAccess");
        String idle = text(p, "idleTimeBeforeShutdown");
        node.set("state", text(p, "state"))
            .set("publicIpAddress", text(p, "connectivityEndpoints", "publicIpAddress"))
            .set("rootAccess", root == null ? Boolean.TRUE : root)
            .set("idleShutdownAfter", idle)
            .set("idleShutdownEnabled", idle != null)
            .set("authorizationType", text(p, "computeInstanceAuthorizationType"));
        SetupScripts.Found scripts = catalogue == null ? null
            : SetupScripts.read(c, text(c, "name") == null ? id : text(c, "name"), catalogue, advisories);
        if (scripts != null) {
          SettingSecrets.write(scripts.installs().describe(node), scripts.secrets())
              .set("workspaceSetupScripts", scripts.workspaceFiles().isEmpty() ? null : scripts.workspaceFiles());
          WriteBatch supplyChain = new WriteBatch();
          // Azure OpenAI and Azure AI Services are Azure's managed AI: their use shows in their own inventory.
          SupplyChainGraph.write(supplyChain, id, scripts.installs().code(), scope, AzureMLComputeSchema.INSTANCE_USES_PACKAGE,
              AzureMLComputeSchema.INSTANCE_USES_AI, "azure");
          out.addAll(supplyChain, List.of(AzureMLComputeSchema.INSTANCE_USES_PACKAGE, AzureMLComputeSchema.INSTANCE_USES_AI,
              AdvisorySchema.AFFECTED_BY));
        }
      } else {
        node.set("state", text(c, "properties", "provisioningState"))
            .set("remoteLoginPortPublicAccess", text(p, "remoteLoginPortPublicAccess"))
            .set("minNodes", number(p, "scaleSettings", "minNodeCount"))
            .set("maxNodes", number(p, "scaleSettings", "maxNodeCount"));
      }
      NodeSchema schema = instance ? AzureMLComputeSchema.INSTANCE : AzureMLComputeSchema.CLUSTER;
      out.add(schema, node.build());
      out.link(instance ? AzureMLComputeSchema.INSTANCE_IN_WORKSPACE : AzureMLComputeSchema.CLUSTER_IN_WORKSPACE,
          RelRecord.of(id, workspaceId, scope));
      RelSchema runsAs = instance ? AzureMLComputeSchema.INSTANCE_RUNS_AS : AzureMLComputeSchema.CLUSTER_RUNS_AS;
      for (ResourceIdentity identity : ResourceIdentity.of(c)) {
        out.link(runsAs, RelRecord.of(id, ResourceIdentity.nodeId(tenantId, identity.principalId()), scope));
      }
      if (subnet != null) {
        out.link(instance ? AzureMLComputeSchema.INSTANCE_IN_SUBNET : AzureMLComputeSchema.CLUSTER_IN_SUBNET,
            RelRecord.of(id, subnet, scope));
        if (nsg != null) {
          out.link(instance ? AzureMLComputeSchema.INSTANCE_HAS_SECURITY_GROUP : AzureMLComputeSchema.CLUSTER_HAS_SECURITY_GROUP,
              RelRecord.of(id, nsg, scope));
        }
      }
      if (Boolean.TRUE.equals(reachable)) {
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("via", via);
        if (nsg != null && "securityGroupOpenToWorld".equals(via)) {
          edge.put("securityGroupId", nsg);
          edge.put("ports", network.openPorts(nsg));
        } else {
          edge.put("ports", List.of("Tcp:22"));
        }
        out.link(instance ? AzureMLComputeSchema.INTERNET_CAN_REACH_INSTANCE : AzureMLComputeSchema.INTERNET_CAN_REACH_CLUSTER,
            RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, edge));
      }
    }
  }

  static Boolean sshEnabled(String access) {
    return access == null ? Boolean.FALSE : access.equalsIgnoreCase("Enabled");
  }

  /** NotSpecified opens the port when an admin user is configured, as the API documents. */
  static Boolean clusterSsh(String access, String adminUser) {
    if (access == null || access.equalsIgnoreCase("NotSpecified")) {
      return adminUser != null;
    }
    return access.equalsIgnoreCase("Enabled");
  }
}
