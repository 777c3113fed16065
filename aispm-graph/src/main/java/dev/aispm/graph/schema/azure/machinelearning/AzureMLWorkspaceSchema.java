package dev.aispm.graph.schema.azure.machinelearning;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.azure.storage.AzureStorageAccountSchema;

/** An Azure Machine Learning workspace, hub or project: the boundary of its compute, data and models. */
public final class AzureMLWorkspaceSchema {
  private AzureMLWorkspaceSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AzureMLWorkspace")
      .concept("Workspace")
      .description("An Azure ML workspace (kind Default), hub (Hub) or project (Project). Its id is the ARM id.")
      .property("name", "Workspace name")
      .property("resourceGroup", "Resource group name")
      .property("location", "Azure location")
      .property("kind", "Default, Hub, Project or FeatureStore")
      .property("hubResourceId", "The hub a project belongs to")
      .property("publicNetworkAccess", "Enabled or Disabled")
      .property("publiclyAccessible", "Whether the workspace API and studio are reachable from public networks")
      .property("isolationMode", "Managed network isolation: Disabled, AllowInternetOutbound or AllowOnlyApprovedOutbound")
      .property("customerManagedKey", "Whether the workspace data is encrypted with a customer-managed key")
      .property("keyVaultKeyId", "Key Vault key of the customer-managed encryption")
      .property("storageAccountId", "Linked default storage account")
      .property("keyVaultId", "Linked key vault")
      .property("containerRegistryId", "Linked container registry")
      .property("hbiWorkspace", "High business impact: less diagnostic data collected by Microsoft")
      .property("identityType", "SystemAssigned, UserAssigned, both or None")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, AzurePrincipalSchema.NODE,
      "The workspace reaches its storage, key vault and registry as the identity.");
  public static final RelSchema USES_STORAGE = RelSchema.toStub("USES_STORAGE", NODE,
      AzureStorageAccountSchema.NODE, "The workspace's default storage account.");
  public static final RelSchema IN_HUB = RelSchema.of("IN_HUB", NODE, NODE,
      "The project belongs to the hub and shares its network and connections.");
}
