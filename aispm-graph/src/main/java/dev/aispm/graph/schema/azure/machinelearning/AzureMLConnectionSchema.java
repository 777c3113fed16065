package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureCognitiveAccountSchema;

/**
 * A connection of a workspace or hub: the target service and the credential the workspace keeps for
 * it. A key stored on a hub connection shared to all projects hands that key to every project user.
 */
public final class AzureMLConnectionSchema {
  private AzureMLConnectionSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLConnection")
      .description("A connection of an Azure ML workspace, hub or project. Its id is the ARM id .../workspaces/W/connections/C.")
      .property("name", "Connection name")
      .property("workspace", "Workspace, hub or project name")
      .property("category", "AzureOpenAI, AIServices, CognitiveService, AzureBlob, CognitiveSearch, ...")
      .property("target", "URL or ARM id the connection points at")
      .property("targetResourceId", "ARM id of the target resource when the connection names one")
      .property("authType", "ApiKey, AccountKey, AAD, ManagedIdentity, None, ...")
      .property("keyAuth", "Whether the workspace stores a key, token or password for the target")
      .property("isSharedToAll", "Whether every project of the hub (every workspace user) can use it")
      .property("expiryTime", "When the stored credential expires, if set")
      .build();

  public static final RelSchema IN_WORKSPACE = RelSchema.toStub("IN_WORKSPACE", NODE,
      AzureMLWorkspaceSchema.NODE, "The connection belongs to the workspace, hub or project.");
  public static final RelSchema CONNECTS_TO = RelSchema.toStub("CONNECTS_TO", NODE,
      AzureCognitiveAccountSchema.NODE, "The connection reaches the Azure OpenAI / AI Services account.");
}
