package dev.aispm.collectors.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.arm.Json;
import dev.aispm.collectors.azure.authorization.AuthorizationFetcher;
import dev.aispm.collectors.azure.authorization.PrincipalTransformer;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.azure.authorization.RolePermissions;
import dev.aispm.collectors.azure.cognitiveservices.CognitiveAccountTransformer;
import dev.aispm.collectors.azure.cognitiveservices.CognitiveServicesFetcher;
import dev.aispm.collectors.azure.cognitiveservices.DeploymentTransformer;
import dev.aispm.collectors.azure.cognitiveservices.RaiPolicyTransformer;
import dev.aispm.collectors.azure.compute.MachineFrontends;
import dev.aispm.collectors.azure.compute.ScaleSetSync;
import dev.aispm.collectors.azure.compute.VirtualMachineSync;
import dev.aispm.collectors.azure.machinelearning.BatchDeploymentTransformer;
import dev.aispm.collectors.azure.machinelearning.BatchEndpointTransformer;
import dev.aispm.collectors.azure.machinelearning.ComputeTransformer;
import dev.aispm.collectors.azure.machinelearning.ConnectionTransformer;
import dev.aispm.collectors.azure.machinelearning.DataAssetTransformer;
import dev.aispm.collectors.azure.machinelearning.DatastoreResolver;
import dev.aispm.collectors.azure.machinelearning.DatastoreTransformer;
import dev.aispm.collectors.azure.machinelearning.DeploymentAssets;
import dev.aispm.collectors.azure.machinelearning.EndpointTransformer;
import dev.aispm.collectors.azure.machinelearning.EnvironmentTransformer;
import dev.aispm.collectors.azure.machinelearning.JobTransformer;
import dev.aispm.collectors.azure.machinelearning.MachineLearningFetcher;
import dev.aispm.collectors.azure.machinelearning.ModelVersionTransformer;
import dev.aispm.collectors.azure.machinelearning.OnlineDeploymentTransformer;
import dev.aispm.collectors.azure.machinelearning.RegistryTransformer;
import dev.aispm.collectors.azure.machinelearning.WorkspaceTransformer;
import dev.aispm.collectors.azure.network.NetworkFetcher;
import dev.aispm.collectors.azure.network.NetworkView;
import dev.aispm.collectors.azure.network.PrivateEndpointTransformer;
import dev.aispm.collectors.azure.network.RouteTableTransformer;
import dev.aispm.collectors.azure.network.SecurityGroupTransformer;
import dev.aispm.collectors.azure.network.VirtualNetworkTransformer;
import dev.aispm.collectors.azure.resources.SubscriptionFetcher;
import dev.aispm.collectors.azure.resources.SubscriptionTransformer;
import dev.aispm.collectors.azure.storage.BlobLocation;
import dev.aispm.collectors.azure.storage.ContainerTransformer;
import dev.aispm.collectors.azure.storage.StorageAccountFetcher;
import dev.aispm.collectors.azure.storage.StorageAccountTransformer;
import dev.aispm.graph.collect.ScanProgress;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.azure.authorization.AzurePrincipalSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureCognitiveAccountSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureCognitiveDeploymentSchema;
import dev.aispm.graph.schema.azure.cognitiveservices.AzureRaiPolicySchema;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineScaleSetSchema;
import dev.aispm.graph.schema.azure.compute.AzureVirtualMachineSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLBatchDeploymentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLBatchEndpointSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLComputeSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLConnectionSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLDatastoreSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLDataAssetSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLEnvironmentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLJobSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLModelVersionSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLOnlineDeploymentSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLOnlineEndpointSchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLRegistrySchema;
import dev.aispm.graph.schema.azure.machinelearning.AzureMLWorkspaceSchema;
import dev.aispm.graph.schema.azure.network.AzureNetworkSecurityGroupSchema;
import dev.aispm.graph.schema.azure.network.AzurePrivateEndpointSchema;
import dev.aispm.graph.schema.azure.network.AzureSubnetSchema;
import dev.aispm.graph.schema.azure.network.AzureVirtualNetworkSchema;
import dev.aispm.graph.schema.azure.resources.AzureResourceGroupSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobContainerSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobModelArtifactSchema;
import dev.aispm.graph.schema.azure.storage.AzureBlobPrefixSchema;
import dev.aispm.graph.schema.azure.storage.AzureStorageAccountSchema;
import dev.aispm.collectors.azure.containerregistry.ContainerRegistrySync;
import dev.aispm.collectors.azure.containerregistry.WorkloadImages;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerRegistrySchema;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.azure.containerapps.ContainerAppSync;
import dev.aispm.collectors.azure.web.FunctionAppSync;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppJobSchema;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppSchema;
import dev.aispm.graph.schema.azure.web.AzureFunctionAppSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects one subscription: fetch every service, transform into one batch, in the order the
 * transforms depend on (storage and network before the AI services that refer to them, the AI
 * services before the principals they run as). Each read that fails is recorded on the ledger for
 * the types it feeds, and the rest of the subscription goes on.
 */
final class SubscriptionSync {
  /** Node types this sync owns in a subscription scope (the subscription node is written by the collector). */
  static final List<NodeSchema> TYPES = List.of(AzureResourceGroupSchema.NODE, AzureStorageAccountSchema.NODE,
      AzureBlobContainerSchema.NODE, AzureBlobPrefixSchema.NODE, AzureBlobModelArtifactSchema.NODE,
      AzureVirtualNetworkSchema.NODE, AzureSubnetSchema.NODE, AzureNetworkSecurityGroupSchema.NODE,
      AzurePrivateEndpointSchema.NODE,
      AzureMLWorkspaceSchema.NODE, AzureMLComputeSchema.INSTANCE, AzureMLComputeSchema.CLUSTER,
      AzureMLOnlineEndpointSchema.NODE, AzureMLOnlineDeploymentSchema.NODE, AzureMLModelVersionSchema.NODE,
      AzureMLDatastoreSchema.NODE, AzureMLJobSchema.NODE, AzureMLDataAssetSchema.NODE, AzureMLConnectionSchema.NODE,
      AzureMLRegistrySchema.NODE, AzureMLBatchEndpointSchema.NODE, AzureMLBatchDeploymentSchema.NODE,
      AzureMLEnvironmentSchema.NODE, AzureCognitiveAccountSchema.NODE, AzureCognitiveDeploymentSchema.NODE,
      AzureRaiPolicySchema.NODE, AzurePrincipalSchema.NODE, AzureContainerRegistrySchema.NODE,
      AzureContainerImageSchema.NODE, SoftwarePackageSchema.NODE, AiUsageSchema.NODE, AdvisorySchema.NODE, AzureFunctionAppSchema.NODE,
      AzureContainerAppSchema.NODE, AzureContainerAppJobSchema.NODE, AzureVirtualMachineSchema.NODE,
      AzureVirtualMachineScaleSetSchema.NODE);

  private final AzureScope s;
  private final ScanProgress progress;
  private final ImageReader images;
  private final ContainerRegistrySync.DataPlane registries;
  /** Images and what their layers hold, loaded by the collector after the batch (they reference registries in it). */
  private WriteBatch imageBatch = new WriteBatch();
  private final String label;
  private final GraphBatch out = new GraphBatch();
  /** Storage account ARM id by account name, for resolving blob URIs. */
  private final Map<String, String> accountIds = new HashMap<>();
  private final Map<String, ResourceIdentity> identities = new LinkedHashMap<>();
  private final Set<String> aiContainers = new HashSet<>();

  private final FunctionAppSync functionApps;
  /** The AI catalogue and advisories compute instances' setup scripts are read against; null: not read. */
  private final CodePackageScan codeScan;

  SubscriptionSync(AzureScope scope, ScanProgress progress, ImageReader images,
      ContainerRegistrySync.DataPlane registries, FunctionAppSync functionApps, CodePackageScan codeScan) {
    this.s = scope;
    this.codeScan = codeScan;
    this.progress = progress;
    this.images = images;
    this.registries = registries;
    this.functionApps = functionApps;
    this.label = "azure " + scope.subscriptionId();
  }

  GraphBatch collect() {
    step("resource groups", 0);
    s.read(() -> new SubscriptionFetcher(s.arm()).resourceGroups(s.path()), AzureResourceGroupSchema.NODE)
        .ifPresent(groups -> SubscriptionTransformer.resourceGroups(groups, s.subscriptionId(), s.scope(), out));
    step("storage accounts", 1);
    storage();
    step("networks", 2);
    NetworkView network = network();
    step("machine learning", 3);
    machineLearning(network);
    step("cognitive services", 4);
    cognitiveServices();
    step("function apps", 5);
    functionApps();
    step("container apps", 6);
    ContainerAppSync.collect(s, identities, out);
    step("virtual machines", 7);
    AiCatalogue catalogue = codeScan == null ? AiCatalogue.builtIn() : codeScan.catalogue();
    AdvisoryIndex advisories = codeScan == null ? new AdvisoryIndex(List.of()) : codeScan.advisories();
    // One listing of the subscription's public IPs and load balancers serves both kinds of machine.
    MachineFrontends frontends = new MachineFrontends(s);
    VirtualMachineSync.collect(s, network, frontends, catalogue, advisories, identities, out);
    ScaleSetSync.collect(s, network, frontends, catalogue, advisories, identities, out);
    step("role assignments", 8);
    principals();
    markAiStorage();
    step("container registries", 9);
    ContainerRegistrySync.Result acr = ContainerRegistrySync.sync(s, images, registries, WorkloadImages.of(out));
    out.add(AzureContainerRegistrySchema.NODE, acr.registries());
    imageBatch = acr.images();
    step("done", 10);
    return out;
  }

  /** The container images read by {@link #collect()}, with their packages, AI use and advisories. */
  WriteBatch images() {
    return imageBatch;
  }

  private void step(String what, int done) {
    progress.step(label, what, done, 10);
  }

  private void functionApps() {
    Map<String, String> endpoints = new HashMap<>();
    for (NodeRecord a : out.nodes(AzureStorageAccountSchema.NODE)) {
      Object endpoint = a.properties().get("blobEndpoint");
      Object name = a.properties().get("name");
      if (endpoint != null && name != null) {
        endpoints.put(name.toString().toLowerCase(Locale.ROOT), endpoint.toString());
      }
    }
    functionApps.collect(endpoints, identities, out);
  }

  private void storage() {
    StorageAccountFetcher fetcher = new StorageAccountFetcher(s.arm());
    List<JsonNode> accounts = s.read(() -> fetcher.accounts(s.path()),
        AzureStorageAccountSchema.NODE, AzureBlobContainerSchema.NODE).orElse(List.of());
    for (JsonNode a : accounts) {
      String path = Json.text(a, "id");
      String id = ArmIds.normalize(path);
      accountIds.put(Json.text(a, "name").toLowerCase(Locale.ROOT), id);
      // Requests use the id as ARM spelled it; the graph keeps it lower-case.
      JsonNode blobService = s.read(() -> fetcher.blobService(path), AzureStorageAccountSchema.NODE).orElse(null);
      NodeRecord account = StorageAccountTransformer.transform(a, blobService, s.scope());
      out.add(AzureStorageAccountSchema.NODE, account);
      s.read(() -> fetcher.containers(path), AzureBlobContainerSchema.NODE).ifPresent(containers -> {
        List<NodeRecord> records = ContainerTransformer.transform(containers, account, s.scope());
        out.add(AzureBlobContainerSchema.NODE, records);
        records.forEach(c -> out.link(AzureBlobContainerSchema.IN_ACCOUNT, RelRecord.of(c.id(), id, s.scope())));
      });
    }
  }

  private NetworkView network() {
    NetworkFetcher fetcher = new NetworkFetcher(s.arm());
    // Subnets' routing depends on the route tables: a failed read is a failure of the subnet type.
    Map<String, Boolean> routes = s.read(() -> fetcher.routeTables(s.path()), AzureSubnetSchema.NODE)
        .map(RouteTableTransformer::defaultRouteToInternet).orElse(null);
    boolean subnets = s.read(() -> fetcher.virtualNetworks(s.path()), AzureVirtualNetworkSchema.NODE, AzureSubnetSchema.NODE)
        .map(v -> {
          VirtualNetworkTransformer.transform(v, routes, s.scope(), out);
          return true;
        }).orElse(false);
    boolean groups = s.read(() -> fetcher.securityGroups(s.path()), AzureNetworkSecurityGroupSchema.NODE)
        .map(g -> {
          out.add(AzureNetworkSecurityGroupSchema.NODE, SecurityGroupTransformer.transform(g, s.scope()));
          return true;
        }).orElse(false);
    s.read(() -> fetcher.privateEndpoints(s.path()), AzurePrivateEndpointSchema.NODE)
        .ifPresent(e -> PrivateEndpointTransformer.transform(e, s.scope(), out));
    return new NetworkView(out.nodes(AzureSubnetSchema.NODE), out.nodes(AzureNetworkSecurityGroupSchema.NODE), subnets, groups);
  }

  /** Every data asset container of a workspace with its versions. */
  private static List<DataAssetTransformer.Container> dataAssets(MachineLearningFetcher ml, String wsPath) {
    List<DataAssetTransformer.Container> out = new ArrayList<>();
    for (JsonNode c : ml.dataContainers(wsPath)) {
      out.add(new DataAssetTransformer.Container(c, ml.dataVersions(wsPath, Json.text(c, "name"))));
    }
    return out;
  }

  private void machineLearning(NetworkView network) {
    MachineLearningFetcher ml = new MachineLearningFetcher(s.arm());
    s.read(() -> ml.registries(s.path()), AzureMLRegistrySchema.NODE).ifPresent(registries -> {
      RegistryTransformer.transform(registries, s.tenantId(), s.scope(), out);
      registries.forEach(r -> ResourceIdentity.of(r).forEach(i -> identities.putIfAbsent(i.principalId(), i)));
    });
    List<JsonNode> workspaces = s.read(() -> ml.workspaces(s.path()), AzureMLWorkspaceSchema.NODE,
        AzureMLComputeSchema.INSTANCE, AzureMLComputeSchema.CLUSTER, AzureMLOnlineEndpointSchema.NODE,
        AzureMLOnlineDeploymentSchema.NODE, AzureMLModelVersionSchema.NODE, AzureMLDatastoreSchema.NODE,
        AzureMLJobSchema.NODE, AzureMLDataAssetSchema.NODE, AzureMLBatchEndpointSchema.NODE, AzureMLBatchDeploymentSchema.NODE,
        AzureMLConnectionSchema.NODE, AzureMLEnvironmentSchema.NODE, AzureBlobPrefixSchema.NODE,
        AzureBlobModelArtifactSchema.NODE, SupplyChainGraph.TYPES.get(0), SupplyChainGraph.TYPES.get(1),
        SupplyChainGraph.TYPES.get(2)).orElse(List.of());
    for (JsonNode ws : workspaces) {
      String wsId = ArmIds.normalize(Json.text(ws, "id"));
      String wsPath = Json.text(ws, "id");
      String wsName = Json.text(ws, "name");
      WorkspaceTransformer.transform(ws, s.tenantId(), s.scope(), out);
      ResourceIdentity.of(ws).forEach(i -> identities.putIfAbsent(i.principalId(), i));
      String storage = ArmIds.normalize(Json.text(ws, "properties", "storageAccount"));
      Boolean wsPublic = (Boolean) out.nodes(AzureMLWorkspaceSchema.NODE).stream().filter(n -> n.id().equals(wsId))
          .findFirst().map(n -> n.properties().get("publiclyAccessible")).orElse(null);

      s.read(() -> ml.connections(wsPath), AzureMLConnectionSchema.NODE)
          .ifPresent(c -> ConnectionTransformer.transform(c, wsId, wsName, s.scope(), out));
      s.read(() -> ml.environments(wsPath), AzureMLEnvironmentSchema.NODE).ifPresent(environments -> {
        for (JsonNode env : environments) {
          String name = Json.text(env, "name");
          s.read(() -> ml.environmentVersions(wsPath, name), AzureMLEnvironmentSchema.NODE)
              .ifPresent(v -> EnvironmentTransformer.transform(name, v, wsId, wsName, s.scope(), out));
        }
      });
      // What instances' setup scripts install hangs from them: an unread list must not lose it to cleanup.
      s.read(() -> ml.computes(wsPath), AzureMLComputeSchema.INSTANCE, AzureMLComputeSchema.CLUSTER,
          SupplyChainGraph.TYPES.get(0), SupplyChainGraph.TYPES.get(1), SupplyChainGraph.TYPES.get(2)).ifPresent(computes -> {
        ComputeTransformer.transform(computes, wsId, wsName, s.tenantId(), network,
            codeScan == null ? null : codeScan.catalogue(), codeScan == null ? null : codeScan.advisories(), s.scope(), out);
        computes.forEach(c -> ResourceIdentity.of(c).forEach(i -> identities.putIfAbsent(i.principalId(), i)));
      });
      Map<String, BlobLocation> stores = s.read(() -> ml.datastores(wsPath), AzureMLDatastoreSchema.NODE,
              AzureBlobPrefixSchema.NODE, AzureBlobModelArtifactSchema.NODE)
          .map(d -> DatastoreTransformer.transform(d, wsId, wsName, accountIds, s.scope(), out)).orElse(Map.of());
      stores.values().forEach(l -> {
        String c = l.containerId(accountIds);
        if (c != null) {
          aiContainers.add(c);
        }
      });
      if (storage != null) {
        aiContainers.addAll(containersOf(storage));
      }
      DatastoreResolver datastoreResolver = new DatastoreResolver(stores);
      Map<String, DataAssetTransformer.Asset> assets = s.read(() -> dataAssets(ml, wsPath), AzureMLDataAssetSchema.NODE,
              AzureBlobPrefixSchema.NODE)
          .map(c -> DataAssetTransformer.transform(c, wsId, wsName, datastoreResolver, accountIds, s.scope(), out))
          .orElse(Map.of());
      DatastoreResolver resolver = datastoreResolver.withDataAssets(assets);
      s.read(() -> ml.modelVersions(wsPath), AzureMLModelVersionSchema.NODE, AzureBlobModelArtifactSchema.NODE)
          .ifPresent(v -> ModelVersionTransformer.transform(v, wsId, wsName, resolver, accountIds, s.scope(), out));
      s.read(() -> ml.jobs(wsPath), AzureMLJobSchema.NODE, AzureBlobPrefixSchema.NODE, AzureBlobModelArtifactSchema.NODE)
          .ifPresent(j -> JobTransformer.transform(j, wsId, wsName, resolver, accountIds, s.scope(), out));
      // One map for both kinds of deployment: an anonymous version read for one is not asked for again.
      Map<String, String> images = environmentImages();
      s.read(() -> ml.onlineEndpoints(wsPath), AzureMLOnlineEndpointSchema.NODE, AzureMLOnlineDeploymentSchema.NODE)
          .ifPresent(endpoints -> {
        for (JsonNode e : endpoints) {
          String ePath = Json.text(e, "id");
          List<JsonNode> deployments = s.read(() -> ml.onlineDeployments(ePath), AzureMLOnlineEndpointSchema.NODE,
              AzureMLOnlineDeploymentSchema.NODE).orElse(null);
          EndpointTransformer.transform(e, deployments, wsId, wsName, s.tenantId(), s.scope(), out);
          ResourceIdentity.of(e).forEach(i -> identities.putIfAbsent(i.principalId(), i));
          if (deployments != null) {
            readUnlistedEnvironments(ml, deployments, wsPath, images, AzureMLOnlineDeploymentSchema.NODE);
            OnlineDeploymentTransformer.transform(deployments, ArmIds.normalize(ePath), Json.text(e, "name"), wsId, wsName,
                images, s.scope(), out);
          }
        }
      });
      s.read(() -> ml.batchEndpoints(wsPath), AzureMLBatchEndpointSchema.NODE, AzureMLBatchDeploymentSchema.NODE)
          .ifPresent(endpoints -> {
        for (JsonNode e : endpoints) {
          String ePath = Json.text(e, "id");
          List<JsonNode> deployments = s.read(() -> ml.batchDeployments(ePath), AzureMLBatchEndpointSchema.NODE,
              AzureMLBatchDeploymentSchema.NODE).orElse(null);
          BatchEndpointTransformer.transform(e, deployments, wsPublic, wsId, wsName, s.tenantId(), s.scope(), out);
          ResourceIdentity.of(e).forEach(i -> identities.putIfAbsent(i.principalId(), i));
          if (deployments != null) {
            readUnlistedEnvironments(ml, deployments, wsPath, images, AzureMLBatchDeploymentSchema.NODE);
            BatchDeploymentTransformer.transform(deployments, ArmIds.normalize(ePath), Json.text(e, "name"), wsId, wsName,
                images, s.scope(), out);
          }
        }
      });
    }
    // Containers the lineage names are AI data too.
    for (RelRecord r : out.rels(AzureBlobPrefixSchema.IN_BUCKET)) {
      aiContainers.add(r.toId());
    }
    for (RelRecord r : out.rels(AzureBlobModelArtifactSchema.IN_BUCKET)) {
      aiContainers.add(r.toId());
    }
  }

  /**
   * Image reference by environment version id, for the versions the workspaces' listings returned
   * (null for a version built from a Dockerfile: listed, so not read again).
   */
  private Map<String, String> environmentImages() {
    Map<String, String> images = new HashMap<>();
    for (NodeRecord e : out.nodes(AzureMLEnvironmentSchema.NODE)) {
      images.put(e.id(), e.properties().get("image") instanceof String image ? image : null);
    }
    return images;
  }

  /**
   * Reads, one by one, the environment versions deployments run that no listing returned: an
   * inline environment in a deployment's definition becomes an anonymous version the environment
   * listing leaves out, and its image is what the deployment serves from. A failed read leaves
   * the deployment's image unknown and is recorded on the deployment type (online or batch).
   */
  private void readUnlistedEnvironments(MachineLearningFetcher ml, List<JsonNode> deployments, String wsPath,
      Map<String, String> images, NodeSchema deploymentType) {
    for (JsonNode d : deployments) {
      String path = DeploymentAssets.environmentPath(d, wsPath);
      String id = ArmIds.normalize(path);
      if (id == null || images.containsKey(id)) {
        continue;
      }
      // Remembered even when unread or imageless, so a version shared by deployments is asked for once.
      images.put(id, s.read(() -> ml.environmentVersion(path), deploymentType)
          .map(v -> Json.text(v, "properties", "image")).orElse(null));
    }
  }

  private List<String> containersOf(String accountId) {
    return out.nodes(AzureBlobContainerSchema.NODE).stream()
        .filter(c -> accountId.equals(c.properties().get("storageAccountId"))).map(NodeRecord::id).toList();
  }

  private void cognitiveServices() {
    CognitiveServicesFetcher cs = new CognitiveServicesFetcher(s.arm());
    List<JsonNode> accounts = s.read(() -> cs.accounts(s.path()), AzureCognitiveAccountSchema.NODE,
        AzureCognitiveDeploymentSchema.NODE, AzureRaiPolicySchema.NODE).orElse(List.of());
    for (JsonNode a : accounts) {
      if (!CognitiveAccountTransformer.isAiKind(a)) {
        continue;
      }
      String path = Json.text(a, "id");
      String id = ArmIds.normalize(path);
      String name = Json.text(a, "name");
      List<JsonNode> diagnostics = s.read(() -> cs.diagnosticSettings(path), AzureCognitiveAccountSchema.NODE).orElse(null);
      CognitiveAccountTransformer.transform(a, diagnostics, s.tenantId(), s.scope(), out);
      ResourceIdentity.of(a).forEach(i -> identities.putIfAbsent(i.principalId(), i));
      Map<String, Boolean> weakened = s.read(() -> cs.raiPolicies(path), AzureRaiPolicySchema.NODE)
          .map(p -> RaiPolicyTransformer.transform(p, name, s.scope(), out)).orElse(null);
      Map<String, List<String>> disabled = new HashMap<>();
      for (NodeRecord p : out.nodes(AzureRaiPolicySchema.NODE)) {
        if (p.id().startsWith(id + "/")) {
          @SuppressWarnings("unchecked")
          List<String> filters = (List<String>) p.properties().get("disabledFilters");
          disabled.put(((String) p.properties().get("name")).toLowerCase(Locale.ROOT), filters);
        }
      }
      s.read(() -> cs.deployments(path), AzureCognitiveDeploymentSchema.NODE)
          .ifPresent(d -> DeploymentTransformer.transform(d, id, name, weakened, disabled, s.scope(), out));
    }
  }

  private void principals() {
    AuthorizationFetcher auth = new AuthorizationFetcher(s.arm());
    List<JsonNode> assignments = s.read(() -> auth.roleAssignments(s.path()), AzurePrincipalSchema.NODE).orElse(null);
    Map<String, RolePermissions> definitions = s.read(() -> auth.roleDefinitions(s.path()), AzurePrincipalSchema.NODE)
        .map(PrincipalTransformer::byGuid).orElse(null);
    List<PrincipalTransformer.ContainerRef> containers = new ArrayList<>();
    for (NodeRecord c : out.nodes(AzureBlobContainerSchema.NODE)) {
      containers.add(new PrincipalTransformer.ContainerRef(c.id(), (Boolean) c.properties().get("allowSharedKeyAccess"),
          aiContainers.contains(c.id())));
    }
    PrincipalTransformer.transform(s.tenantId(), s.subscriptionId(), identities, assignments, definitions, containers,
        s.scope(), out);
  }

  /** Sets usedByAi on containers and accounts the AI assets of this subscription use. */
  private void markAiStorage() {
    Set<String> accounts = new HashSet<>();
    List<NodeRecord> containers = new ArrayList<>();
    for (NodeRecord c : out.nodes(AzureBlobContainerSchema.NODE)) {
      boolean used = aiContainers.contains(c.id());
      if (used) {
        accounts.add((String) c.properties().get("storageAccountId"));
      }
      containers.add(with(c, "usedByAi", used));
    }
    out.add(AzureBlobContainerSchema.NODE, containers);
    List<NodeRecord> updated = new ArrayList<>();
    for (NodeRecord a : out.nodes(AzureStorageAccountSchema.NODE)) {
      updated.add(with(a, "usedByAi", accounts.contains(a.id())));
    }
    out.add(AzureStorageAccountSchema.NODE, updated);
  }

  private static NodeRecord with(NodeRecord r, String key, Object value) {
    NodeRecord.Builder b = NodeRecord.of(r.id(), r.scope());
    r.properties().forEach(b::set);
    return b.set(key, value).build();
  }
}
