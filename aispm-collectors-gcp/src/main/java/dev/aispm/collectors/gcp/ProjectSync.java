package dev.aispm.collectors.gcp;

import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.collectors.gcp.artifactregistry.ArtifactRegistrySync;
import dev.aispm.collectors.gcp.images.ImageLinkSync;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.write.WriteBatch;
import com.google.cloud.storage.Acl;
import com.google.cloud.storage.Bucket;
import com.google.iam.admin.v1.ServiceAccount;
import com.google.iam.admin.v1.ServiceAccountKey;
import dev.aispm.collectors.gcp.compute.ComputeInstanceFetcher;
import dev.aispm.collectors.gcp.compute.ComputeInstanceTransformer;
import dev.aispm.collectors.gcp.compute.FirewallFetcher;
import dev.aispm.collectors.gcp.compute.FirewallRule;
import dev.aispm.collectors.gcp.compute.FirewallTransformer;
import dev.aispm.collectors.gcp.iam.Bindings;
import dev.aispm.collectors.gcp.iam.RoleCatalog;
import dev.aispm.collectors.gcp.iam.RoleFetcher;
import dev.aispm.collectors.gcp.iam.ServiceAccountFetcher;
import dev.aispm.collectors.gcp.iam.ServiceAccountTransformer;
import dev.aispm.collectors.gcp.resourcemanager.ProjectFetcher;
import dev.aispm.collectors.gcp.resourcemanager.ProjectTransformer;
import dev.aispm.collectors.gcp.serviceusage.EnabledApiFetcher;
import dev.aispm.collectors.gcp.serviceusage.EnabledApiTransformer;
import dev.aispm.collectors.gcp.storage.AccessTransformer;
import dev.aispm.collectors.gcp.storage.BucketFetcher;
import dev.aispm.collectors.gcp.storage.BucketTransformer;
import dev.aispm.collectors.gcp.functions.CloudFunctionSync;
import dev.aispm.collectors.gcp.functions.FunctionSourceReader;
import dev.aispm.collectors.gcp.vertex.VertexSync;
import dev.aispm.collectors.gcp.workbench.InstanceFetcher;
import dev.aispm.collectors.gcp.workbench.InstanceTransformer;
import dev.aispm.collectors.gcp.workbench.PostStartupScript;
import dev.aispm.collectors.gcp.workbench.PostStartupScriptReader;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.SupplyChainGraph;
import com.google.cloud.notebooks.v2.Instance;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactImageSchema;
import dev.aispm.graph.schema.gcp.artifactregistry.GcpArtifactRepositorySchema;
import dev.aispm.graph.schema.gcp.compute.ComputeInstanceSchema;
import dev.aispm.graph.schema.gcp.compute.FirewallSchema;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.graph.schema.gcp.functions.CloudFunctionSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunJobSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.schema.gcp.compute.VpcNetworkSchema;
import dev.aispm.graph.schema.gcp.iam.GcpPrincipalSchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountKeySchema;
import dev.aispm.graph.schema.gcp.iam.ServiceAccountSchema;
import dev.aispm.graph.schema.gcp.project.GcpProjectSchema;
import dev.aispm.graph.schema.gcp.storage.GcsBucketSchema;
import dev.aispm.graph.schema.gcp.workbench.WorkbenchInstanceSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import java.time.Duration;
import dev.aispm.graph.write.ScopeKey;
import org.neo4j.driver.Session;

/**
 * Collects one project: its enabled AI APIs, IAM (project policy, service accounts and keys),
 * buckets and who can reach them, firewall rules, Workbench instances (and what their post-startup
 * scripts install), the Compute Engine VMs that run AI, then Vertex AI in every location. Each step records its own outcome, so a
 * denied permission costs that step only; an API known to be disabled is skipped instead of being
 * called into an error.
 */
public final class ProjectSync {
  static final String AIPLATFORM = "aiplatform.googleapis.com";
  static final String NOTEBOOKS = "notebooks.googleapis.com";
  static final String ARTIFACTREGISTRY = "artifactregistry.googleapis.com";
  static final String CLOUDFUNCTIONS = "cloudfunctions.googleapis.com";
  static final String RUN = "run.googleapis.com";
  static final String COMPUTE = "compute.googleapis.com";

  private ProjectSync() {}

  /** @param codeScan what Workbench post-startup scripts are read against and within; null turns their reading off */
  public static void sync(GcpScope g, ImageReader images, java.net.http.HttpClient registryHttp,
      FunctionSourceReader functionSources, CodePackageScan codeScan) {
    GcpClients c = g.clients();
    GcpSettings.Endpoints ep = c.settings().endpoints();
    String project = g.project().projectId();
    Instant start = Instant.now();
    g.progress("project");
    Read<List<String>> services = g.read(GcpProjectSchema.NODE, "serviceusage.services.list",
        () -> EnabledApiTransformer.names(EnabledApiFetcher.enabled(c.rest(), ep.serviceUsageOrDefault(), project)));
    Read<List<String>> apis = services.known()
        ? Read.of(services.value().stream().filter(EnabledApiTransformer.AI_APIS::contains).toList()) : services;
    g.context().writer().upsertNodes(GcpProjectSchema.NODE, List.of(ProjectTransformer.node(g.project(), apis)),
        g.context().tag());
    g.succeeded(GcpProjectSchema.NODE, 1, start);
    typesOfDisabledApis(services).forEach(t -> g.succeeded(t, 0, start));

    RoleCatalog roles = customRoles(g);
    Read<Bindings> policy = inherited(g, g.read(ServiceAccountSchema.NODE, "resourcemanager.projects.getIamPolicy",
        () -> Bindings.of(ProjectFetcher.iamPolicy(c.projects(), project)).withRoles(roles)));
    List<String> accounts = serviceAccounts(g, policy, roles);
    buckets(g, accounts, policy, roles);
    Read<List<FirewallRule>> firewalls = firewalls(g);
    Set<String> workbenchVms = enabled(apis, NOTEBOOKS) ? workbench(g, firewalls, codeScan) : Set.of();
    if (enabled(services, COMPUTE)) {
      computeInstances(g, firewalls, workbenchVms, codeScan);
    }
    List<String> locations = enabled(apis, AIPLATFORM) ? VertexSync.locations(g) : List.of();
    if (enabled(apis, AIPLATFORM)) {
      VertexSync.sync(g, locations);
    } else {
      vertexOff(g, services, start);
    }
    if (enabled(services, CLOUDFUNCTIONS) || enabled(services, RUN)) {
      CloudFunctionSync.sync(g, runLocations(g, locations), functionSources);
    }
    // Workloads first: the registry scan reads the images they name, then the link step points
    // each workload at the image nodes written.
    if (enabled(services, ARTIFACTREGISTRY)) {
      ArtifactRegistrySync.sync(g, images, registryHttp);
    }
    ImageLinkSync.sync(g, locations);
  }

  /**
   * Vertex AI known to be off: its types count as collected (none found) in every location a scan
   * would read them in, so cleanup removes what an earlier scan found while it was on. The API
   * cannot list its locations now, so they are the configured ones and those where the graph still
   * holds the project's Vertex AI nodes.
   */
  private static void vertexOff(GcpScope g, Read<List<String>> services, Instant start) {
    Set<String> locations = new LinkedHashSet<>(g.clients().settings().locations());
    try (Session s = g.context().graph().session()) {
      locations.addAll(VertexSync.writtenLocations(s, g.project().projectId()));
    } catch (RuntimeException e) {
      // Only the configured locations are cleaned this time; the others wait for a scan that can read the graph.
      g.context().ledger().failedStep(g.key(), "vertex ai locations", "read locations of earlier Vertex AI nodes",
          e.getClass().getSimpleName() + ": " + e.getMessage(), null, Duration.between(start, Instant.now()));
    }
    typesOfDisabledVertex(services, locations).forEach((location, types) ->
        types.forEach(t -> g.in(location).succeeded(t, 0, start)));
  }

  /**
   * The Vertex AI types, per location, that a project known not to have Vertex AI enabled holds
   * none of; empty when Vertex AI is on or Service Usage could not say.
   */
  static Map<String, List<NodeSchema>> typesOfDisabledVertex(Read<List<String>> services,
      Collection<String> locations) {
    Map<String, List<NodeSchema>> out = new LinkedHashMap<>();
    if (!services.known() || enabled(services, AIPLATFORM)) {
      return out;
    }
    locations.stream().filter(l -> l != null && !l.isBlank() && !l.equals(ScopeKey.GLOBAL))
        .sorted().forEach(l -> out.put(l, VertexSync.TYPES));
    return out;
  }

  /**
   * Regions whose Cloud Run services are listed: GCP_RUN_LOCATIONS, else the Vertex AI locations
   * (where AI workloads run) and the regions of the services and jobs an earlier scan found, so one
   * is not dropped because Vertex AI was turned off. The Admin API v2 refuses the "-" wildcard
   * location for services (unlike Cloud Functions' list), so every region is one call.
   */
  static List<String> runLocations(GcpScope g, List<String> vertexLocations) {
    List<String> configured = g.clients().settings().runLocations();
    if (!configured.isEmpty()) {
      return configured;
    }
    Instant start = Instant.now();
    Set<String> out = new TreeSet<>(vertexLocations);
    try (Session s = g.context().graph().session()) {
      out.addAll(s.run("MATCH (n) WHERE (n:" + CloudRunServiceSchema.NODE.type() + " OR n:"
              + CloudRunJobSchema.NODE.type() + ") AND n.provider = 'gcp' AND n.account = $project "
              + "AND n.stub IS NULL AND n.location IS NOT NULL RETURN DISTINCT n.location AS l", Map.of("project", g.project().projectId()))
          .list(r -> r.get("l").asString()));
    } catch (RuntimeException e) {
      // A region left out would read as "no services there": keep the earlier services instead.
      g.fail(CloudRunServiceSchema.NODE, "read regions of earlier Cloud Run services", e, start);
      g.fail(CloudRunJobSchema.NODE, "read regions of earlier Cloud Run services", e, start);
    }
    return List.copyOf(out);
  }

  /**
   * The project policy with the bindings of its folders and organization. An ancestor whose policy
   * cannot be read is recorded (with the missing permission) and left out: the project's own
   * bindings still stand, and the failure keeps the scan PARTIAL so the gap is visible.
   */
  static Read<Bindings> inherited(GcpScope g, Read<Bindings> projectPolicy) {
    if (!projectPolicy.present()) {
      return projectPolicy;
    }
    Bindings merged = projectPolicy.value();
    for (String ancestor : g.ancestors()) {
      String permission = ancestor.startsWith("folders/") ? "resourcemanager.folders.getIamPolicy"
          : "resourcemanager.organizations.getIamPolicy";
      Instant start = Instant.now();
      Ancestor a = g.clients().ancestorPolicy(ancestor, r -> {
        try {
          return new Ancestor(Bindings.of(ProjectFetcher.ancestorPolicy(g.clients().folders(), g.clients().organizations(), r)),
              null);
        } catch (RuntimeException e) {
          return new Ancestor(null, e);
        }
      });
      if (a.error() != null) {
        // Read once per scan, recorded in every project below it: each project's scope is incomplete.
        g.fail(ServiceAccountSchema.NODE, permission, a.error(), start);
      } else {
        merged = merged.merge(a.policy());
      }
    }
    return Read.of(merged);
  }

  /** A folder or organization policy as read once per scan: the bindings, or why they could not be read. */
  record Ancestor(Bindings policy, RuntimeException error) {}

  /**
   * The custom roles the project's bindings can name: the project's own and its organization's
   * (read once per scan). A listing that fails is recorded with iam.roles.list on the account type,
   * whose capabilities are then incomplete, and its roles count as unknown rather than as none.
   */
  static RoleCatalog customRoles(GcpScope g) {
    String base = g.clients().settings().endpoints().iamOrDefault();
    Read<RoleCatalog> own = g.read(ServiceAccountSchema.NODE, "iam.roles.list",
        () -> RoleCatalog.of(RoleFetcher.custom(g.clients().rest(), base, "projects/" + g.project().projectId())));
    RoleCatalog out = own.present() ? own.value() : RoleCatalog.PREDEFINED;
    for (String ancestor : g.ancestors()) {
      if (!ancestor.startsWith("organizations/")) {
        continue;
      }
      Instant start = Instant.now();
      OrganizationRoles r = g.clients().ancestorPolicy("roles:" + ancestor, k -> {
        try {
          return new OrganizationRoles(RoleCatalog.of(RoleFetcher.custom(g.clients().rest(), base, ancestor)), null);
        } catch (RuntimeException e) {
          return new OrganizationRoles(null, e);
        }
      });
      if (r.error() != null) {
        g.fail(ServiceAccountSchema.NODE, "iam.roles.list", r.error(), start);
      } else {
        out = out.merge(r.roles());
      }
    }
    return out;
  }

  /** An organization's custom roles as read once per scan, or why they could not be read. */
  record OrganizationRoles(RoleCatalog roles, RuntimeException error) {}

  /**
   * The project-level types whose API the project is known not to have enabled: none of them can
   * exist, so they count as collected (none found) and cleanup removes what an earlier scan found
   * while the API was on. Service Usage unreadable marks nothing: those APIs are then tried. Vertex
   * AI's types live in location scopes: {@link #typesOfDisabledVertex} marks them. A project without
   * the Compute Engine API has no VMs.
   */
  static List<NodeSchema> typesOfDisabledApis(Read<List<String>> services) {
    List<NodeSchema> out = new ArrayList<>();
    if (!services.known()) {
      return out;
    }
    if (!enabled(services, NOTEBOOKS)) {
      out.add(WorkbenchInstanceSchema.NODE);
    }
    if (!enabled(services, COMPUTE)) {
      out.add(ComputeInstanceSchema.NODE);
    }
    if (!enabled(services, ARTIFACTREGISTRY)) {
      out.add(GcpArtifactRepositorySchema.NODE);
      out.add(GcpArtifactImageSchema.NODE);
    }
    // One sync reads both: its calls go out while either API is on.
    if (!enabled(services, CLOUDFUNCTIONS) && !enabled(services, RUN)) {
      out.add(CloudFunctionSchema.NODE);
      out.add(CloudRunServiceSchema.NODE);
      out.add(CloudRunJobSchema.NODE);
    }
    return out;
  }

  /** Unknown counts as enabled: a scan that cannot read Service Usage still tries the API. */
  static boolean enabled(Read<List<String>> apis, String api) {
    return !apis.known() || apis.value().contains(api);
  }

  private static List<String> serviceAccounts(GcpScope g, Read<Bindings> policy, RoleCatalog roles) {
    Instant start = Instant.now();
    GcpClients c = g.clients();
    String base = c.settings().endpoints().iamOrDefault();
    Optional<List<ServiceAccount>> listed = g.call(ServiceAccountSchema.NODE, "iam.serviceAccounts.list",
        () -> ServiceAccountFetcher.list(c.rest(), base, g.project().projectId()));
    if (listed.isEmpty()) {
      return List.of();
    }
    List<ServiceAccountTransformer.AccountView> views = new ArrayList<>();
    boolean keysComplete = true;
    boolean policiesComplete = true;
    for (ServiceAccount a : listed.get()) {
      Read<List<ServiceAccountKey>> keys = g.read(ServiceAccountKeySchema.NODE, "iam.serviceAccountKeys.list",
          () -> ServiceAccountFetcher.userManagedKeys(c.rest(), base, a));
      // Recorded against the account type: its CAN_ACT_AS edges then keep their previous state.
      Read<Bindings> own = g.read(ServiceAccountSchema.NODE, "iam.serviceAccounts.getIamPolicy",
          () -> Bindings.of(ServiceAccountFetcher.iamPolicy(c.rest(), base, a)).withRoles(roles));
      keysComplete &= keys.known();
      policiesComplete &= own.known();
      views.add(new ServiceAccountTransformer.AccountView(a, keys, own));
    }
    boolean loaded = load(g, ServiceAccountSchema.NODE, "iam.serviceAccounts.list", start, listed.get().size(),
        () -> ServiceAccountTransformer.transform(views, policy, g.key(), Instant.now()));
    if (keysComplete && policy.known()) {
      g.succeeded(ServiceAccountKeySchema.NODE, views.size(), start);
    }
    if (loaded && policiesComplete && policy.known()) {
      g.succeeded(GcpPrincipalSchema.NODE, views.size(), start);
    }
    return listed.get().stream().map(ServiceAccount::getEmail).toList();
  }

  private static void buckets(GcpScope g, List<String> accounts, Read<Bindings> policy, RoleCatalog roles) {
    Instant start = Instant.now();
    var storage = g.clients().storage(g.project().projectId());
    Optional<List<Bucket>> listed = g.call(GcsBucketSchema.NODE, "storage.buckets.list",
        () -> BucketFetcher.list(storage));
    if (listed.isEmpty()) {
      return;
    }
    List<BucketTransformer.BucketView> views = new ArrayList<>();
    List<AccessTransformer.BucketAccess> access = new ArrayList<>();
    for (Bucket b : listed.get()) {
      Read<Bindings> bp = g.read(GcsBucketSchema.NODE, "storage.buckets.getIamPolicy",
          () -> Bindings.of(BucketFetcher.iamPolicy(storage, b.getName())).withRoles(roles));
      boolean uniform = b.getIamConfiguration() != null
          && Boolean.TRUE.equals(b.getIamConfiguration().isUniformBucketLevelAccessEnabled());
      Read<List<Acl>> acl = uniform ? Read.of(List.of())
          : g.read(GcsBucketSchema.NODE, "storage.buckets.getIamPolicy", () -> BucketFetcher.acl(storage, b.getName()));
      views.add(new BucketTransformer.BucketView(b, bp, acl));
      access.add(new AccessTransformer.BucketAccess(b.getName(), bp));
    }
    load(g, GcsBucketSchema.NODE, "storage.buckets.list", start, views.size(),
        () -> BucketTransformer.transform(views, g.key()));
    try {
      AccessTransformer.transform(g.project().projectId(), accounts, policy, access, g.key())
          .load(g.context().writer(), g.context().tag());
    } catch (RuntimeException e) {
      g.fail(ServiceAccountSchema.NODE, "storage.buckets.getIamPolicy", e, start);
    }
  }

  private static Read<List<FirewallRule>> firewalls(GcpScope g) {
    Instant start = Instant.now();
    GcpClients c = g.clients();
    String project = g.project().projectId();
    Optional<List<com.fasterxml.jackson.databind.JsonNode>> listed = g.call(FirewallSchema.NODE, "compute.firewalls.list",
        () -> FirewallFetcher.list(c.rest(), c.settings().endpoints().computeOrDefault(), project));
    if (listed.isEmpty()) {
      return Read.unknown();
    }
    Read<List<com.fasterxml.jackson.databind.JsonNode>> routes = g.read(VpcNetworkSchema.NODE, "compute.routes.list",
        () -> FirewallFetcher.routes(c.rest(), c.settings().endpoints().computeOrDefault(), project));
    boolean ok = load(g, FirewallSchema.NODE, "compute.firewalls.list", start, listed.get().size(),
        () -> FirewallTransformer.transform(listed.get(), routes, project, g.key()));
    if (!ok) {
      return Read.unknown();
    }
    if (routes.known()) {
      g.succeeded(VpcNetworkSchema.NODE, listed.get().size(), start);
    }
    return Read.of(FirewallTransformer.rules(listed.get(), project));
  }

  /** Writes the Workbench instances and returns their VMs as {@code ZONE/NAME}; empty when they could not be listed. */
  private static Set<String> workbench(GcpScope g, Read<List<FirewallRule>> firewalls, CodePackageScan codeScan) {
    Instant start = Instant.now();
    var listed = g.call(WorkbenchInstanceSchema.NODE, "notebooks.instances.list",
        () -> InstanceFetcher.list(g.clients().notebooks(), g.project().projectId()));
    if (listed.isEmpty()) {
      return Set.of();
    }
    Set<String> vms = new LinkedHashSet<>();
    for (Instance i : listed.get()) {
      // projects/P/locations/ZONE/instances/NAME: the VM is NAME in ZONE.
      vms.add(GcpIds.lastSegment(i.getName().replaceAll("/instances/[^/]+$", "")) + "/" + GcpIds.lastSegment(i.getName()));
    }
    if (codeScan == null) {
      load(g, WorkbenchInstanceSchema.NODE, "notebooks.instances.list", start, listed.get().size(),
          () -> InstanceTransformer.transform(listed.get(), firewalls, g.key()));
      return vms;
    }
    Map<String, PostStartupScript> scripts = postStartupScripts(g, listed.get(), codeScan.maxBytes());
    load(g, WorkbenchInstanceSchema.NODE, "notebooks.instances.list", start, listed.get().size(),
        () -> InstanceTransformer.transform(listed.get(), firewalls, scripts, codeScan.catalogue(),
            codeScan.advisories(), g.key()));
    return vms;
  }

  /**
   * The project's Compute Engine VMs that run AI (instances.aggregatedList, every zone at once). A
   * listing that fails is recorded for the instance type and for the supply-chain types their
   * servers and packages share with functions and images, so cleanup keeps what an earlier scan
   * found; it never stops the rest of the project.
   *
   * @param workbenchVms VMs written as Workbench instances, passed over here
   */
  static void computeInstances(GcpScope g, Read<List<FirewallRule>> firewalls, Set<String> workbenchVms,
      CodePackageScan codeScan) {
    Instant start = Instant.now();
    GcpClients c = g.clients();
    String project = g.project().projectId();
    Optional<List<com.fasterxml.jackson.databind.JsonNode>> listed = g.call(ComputeInstanceSchema.NODE,
        "compute.instances.list",
        () -> ComputeInstanceFetcher.list(c.rest(), c.settings().endpoints().computeOrDefault(), project));
    if (listed.isEmpty()) {
      for (NodeSchema t : SupplyChainGraph.TYPES) {
        g.notRead(t, "compute.instances.list", "not read: the project's VM instances could not be listed", start);
      }
      return;
    }
    AiCatalogue catalogue = codeScan == null ? AiCatalogue.builtIn() : codeScan.catalogue();
    AdvisoryIndex advisories = codeScan == null ? AdvisoryStore.bundled() : codeScan.advisories();
    boolean loaded = load(g, ComputeInstanceSchema.NODE, "compute.instances.list", start, listed.get().size(),
        () -> ComputeInstanceTransformer.transform(listed.get(), firewalls, workbenchVms, catalogue, advisories,
            project, g.key()));
    if (!loaded) {
      for (NodeSchema t : SupplyChainGraph.TYPES) {
        g.notRead(t, "compute.instances.list", "not read: the project's VM instances could not be written", start);
      }
    }
  }

  /**
   * Each instance's post-startup script, by instance name, read one at a time within the budget. A
   * script that cannot be read is recorded for the supply-chain types (their cleanup then keeps
   * what an earlier scan found) and reaches the instance as unread, never as installing nothing.
   */
  static Map<String, PostStartupScript> postStartupScripts(GcpScope g, List<Instance> instances, long maxBytes) {
    PostStartupScriptReader reader = new PostStartupScriptReader(maxBytes);
    Map<String, PostStartupScript> out = new LinkedHashMap<>();
    for (Instance i : instances) {
      String value = i.getGceSetup().getMetadataMap().get(PostStartupScript.METADATA_KEY);
      if (value == null || value.isBlank()) {
        continue;
      }
      GcpIds.GsUri uri = GcpIds.gs(value);
      if (uri == null || uri.key().isEmpty()) {
        // Nothing to call: the instance alone says its script could not be read.
        out.put(i.getName(), PostStartupScript.failed("post-startup-script is not a gs://bucket/object path"));
        continue;
      }
      Instant start = Instant.now();
      String name = GcpIds.lastSegment(i.getName());
      try {
        out.put(i.getName(), PostStartupScript.read(reader.read(g.clients().storage(g.project().projectId()), uri)));
      } catch (IOException | RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        RuntimeException recorded = e instanceof RuntimeException r ? r
            : new IllegalStateException("Workbench instance " + name + ": " + message, e);
        for (NodeSchema t : SupplyChainGraph.TYPES) {
          g.fail(t, "storage.objects.get", recorded, start);
        }
        out.put(i.getName(), PostStartupScript.failed(message));
      }
    }
    return out;
  }

  /** Transforms and loads; a transform that cannot cope with an answer fails the type, not the project. */
  private static boolean load(GcpScope g, dev.aispm.graph.schema.NodeSchema type, String permission, Instant start,
      int count, java.util.function.Supplier<WriteBatch> transform) {
    try {
      transform.get().load(g.context().writer(), g.context().tag());
      g.succeeded(type, count, start);
      return true;
    } catch (RuntimeException e) {
      g.fail(type, permission, e, start);
      return false;
    }
  }
}
