package dev.aispm.collectors.azure.machinelearning;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmClient;
import java.util.ArrayList;
import java.util.List;

/** Lists Azure ML resources over ARM REST, api-version 2024-04-01. ARM only, no shaping. */
public final class MachineLearningFetcher {
  public static final String API = "2024-04-01";
  private final ArmClient arm;

  public MachineLearningFetcher(ArmClient arm) {
    this.arm = arm;
  }

  /** Workspaces, hubs and projects of the subscription. */
  public List<JsonNode> workspaces(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.MachineLearningServices/workspaces", API);
  }

  /** Registries of the subscription (shared models, environments and components). */
  public List<JsonNode> registries(String subscriptionPath) {
    return arm.list(subscriptionPath + "/providers/Microsoft.MachineLearningServices/registries", API);
  }

  /** Connections of a workspace, hub or project; the list carries no secrets. */
  public List<JsonNode> connections(String workspaceId) {
    return arm.list(workspaceId + "/connections", API);
  }

  /** Environment containers (name, latest version). */
  public List<JsonNode> environments(String workspaceId) {
    return arm.list(workspaceId + "/environments", API);
  }

  public List<JsonNode> environmentVersions(String workspaceId, String name) {
    return arm.list(workspaceId + "/environments/" + name + "/versions", API);
  }

  /**
   * One environment version by ARM id: for a version a deployment runs that the workspace's
   * listing did not show (the anonymous environment an inline definition becomes).
   */
  public JsonNode environmentVersion(String versionId) {
    return arm.get(versionId, API);
  }

  public List<JsonNode> computes(String workspaceId) {
    return arm.list(workspaceId + "/computes", API);
  }

  public List<JsonNode> onlineEndpoints(String workspaceId) {
    return arm.list(workspaceId + "/onlineEndpoints", API);
  }

  public List<JsonNode> onlineDeployments(String endpointId) {
    return arm.list(endpointId + "/deployments", API);
  }

  public List<JsonNode> batchEndpoints(String workspaceId) {
    return arm.list(workspaceId + "/batchEndpoints", API);
  }

  public List<JsonNode> batchDeployments(String endpointId) {
    return arm.list(endpointId + "/deployments", API);
  }

  /** Every version of every registered model: the model containers, then each one's versions. */
  public List<JsonNode> modelVersions(String workspaceId) {
    List<JsonNode> versions = new ArrayList<>();
    for (JsonNode model : arm.list(workspaceId + "/models", API)) {
      versions.addAll(arm.list(workspaceId + "/models/" + model.path("name").asText() + "/versions", API));
    }
    return versions;
  }

  public List<JsonNode> datastores(String workspaceId) {
    return arm.list(workspaceId + "/datastores", API);
  }

  /** Data asset containers (name, latest version). */
  public List<JsonNode> dataContainers(String workspaceId) {
    return arm.list(workspaceId + "/data", API);
  }

  public List<JsonNode> dataVersions(String workspaceId, String name) {
    return arm.list(workspaceId + "/data/" + name + "/versions", API);
  }

  public List<JsonNode> jobs(String workspaceId) {
    return arm.list(workspaceId + "/jobs", API);
  }
}
