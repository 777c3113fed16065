package dev.aispm.collectors.gcp.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.PackageBytes;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.collectors.gcp.GcpScope;
import dev.aispm.collectors.gcp.GcpSettings;
import dev.aispm.collectors.gcp.run.CloudRunFetcher;
import dev.aispm.collectors.gcp.run.CloudRunJobTransformer;
import dev.aispm.collectors.gcp.run.CloudRunServiceTransformer;
import dev.aispm.collectors.gcp.run.CloudRunServiceTransformer.ServiceView;
import dev.aispm.collectors.gcp.run.InvokerPolicy;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.gcp.functions.CloudFunctionSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunJobSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.write.WriteBatch;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects a project's serverless workloads: every Cloud Function (one wildcard-location list),
 * the Cloud Run services and jobs of each region and the services' invoker policies, then each
 * function's source archive from Cloud Storage, one at a time within the content budget. A 2nd gen
 * function is served by a Cloud Run service of its own; that service's policy says who may invoke
 * the function, and it is not written again as a service. A service whose traffic reaches a
 * revision other than its latest ready one has its revisions listed too, for the images those
 * still serve. Every failure is recorded for the types it feeds, and the supply-chain types
 * (packages, AI use, advisories) succeed only when every source and every region's services and
 * jobs were read, so cleanup keeps what an earlier scan found instead of reading a gap as "no AI".
 */
public final class CloudFunctionSync {
  private static final List<NodeSchema> CODE_TYPES = SupplyChainGraph.TYPES;

  private CloudFunctionSync() {}

  /**
   * @param runLocations regions whose Cloud Run services are listed
   * @param reader       reads source archives; null turns source reading off
   */
  public static void sync(GcpScope g, List<String> runLocations, FunctionSourceReader reader) {
    Instant start = Instant.now();
    GcpSettings.Endpoints ep = g.clients().settings().endpoints();
    String project = g.project().projectId();
    g.progress("cloud functions");
    Optional<List<JsonNode>> functions = g.call(CloudFunctionSchema.NODE, CloudFunctionFetcher.PERMISSION,
        () -> CloudFunctionFetcher.list(g.clients().rest(), ep.cloudFunctionsOrDefault(), project));
    Set<String> functionServices = new HashSet<>();
    functions.ifPresent(l -> l.forEach(f -> {
      String s = f.path("serviceConfig").path("service").asText("");
      if (!s.isEmpty()) {
        functionServices.add(s);
      }
    }));

    g.progress("cloud run services");
    boolean runComplete = true;
    List<JsonNode> services = new ArrayList<>();
    for (String location : runLocations) {
      Optional<List<JsonNode>> listed = g.call(CloudRunServiceSchema.NODE, CloudRunFetcher.LIST,
          () -> CloudRunFetcher.services(g.clients().rest(), ep.runOrDefault(), project, location));
      runComplete &= listed.isPresent();
      listed.ifPresent(services::addAll);
    }
    g.progress("cloud run jobs");
    boolean jobsComplete = true;
    List<JsonNode> jobs = new ArrayList<>();
    for (String location : runLocations) {
      Optional<List<JsonNode>> listed = g.call(CloudRunJobSchema.NODE, CloudRunFetcher.LIST_JOBS,
          () -> CloudRunFetcher.jobs(g.clients().rest(), ep.runOrDefault(), project, location));
      jobsComplete &= listed.isPresent();
      listed.ifPresent(jobs::addAll);
    }
    Map<String, Read<Boolean>> invokers = new LinkedHashMap<>();
    for (JsonNode s : services) {
      String name = s.path("name").asText("");
      // A failed policy read leaves the workload's exposure unknown: it fails the type it describes.
      NodeSchema type = functionServices.contains(name) ? CloudFunctionSchema.NODE : CloudRunServiceSchema.NODE;
      invokers.put(name, g.read(type, CloudRunFetcher.GET_IAM_POLICY,
          () -> InvokerPolicy.publicInvoker(CloudRunFetcher.iamPolicy(g.clients().rest(), ep.runOrDefault(), name))));
    }

    // A 2nd gen function runs the image its build pushed, which its own Cloud Run service names.
    Map<String, List<String>> serviceImages = new LinkedHashMap<>();
    for (JsonNode s : services) {
      String name = s.path("name").asText("");
      if (functionServices.contains(name)) {
        serviceImages.put(name, CloudRunServiceTransformer.images(s));
      }
    }
    boolean codeComplete = functions.isPresent() && runComplete && jobsComplete;
    if (functions.isPresent()) {
      List<CloudFunctionTransformer.FunctionView> views = new ArrayList<>();
      int done = 0;
      for (JsonNode f : functions.get()) {
        g.context().progress().step("gcp " + project, "function source", ++done, functions.get().size());
        CodeReport code = source(g, reader, f);
        codeComplete &= !code.status().equals(CodeReport.FAILED) && !code.status().equals(CodeReport.OVER_BUDGET);
        String service = f.path("serviceConfig").path("service").asText("");
        Read<Boolean> invoker = invokers.getOrDefault(service, Read.unknown());
        views.add(new CloudFunctionTransformer.FunctionView(f, invoker, code, serviceImages.getOrDefault(service,
            List.of())));
      }
      load(g, CloudFunctionSchema.NODE, CloudFunctionFetcher.PERMISSION, start, views.size(),
          CloudFunctionTransformer.transform(views, g.key()));
    }
    List<ServiceView> own = new ArrayList<>();
    for (JsonNode s : services) {
      String name = s.path("name").asText("");
      if (!functionServices.contains(name)) {
        List<JsonNode> revisions = CloudRunServiceTransformer.servesOlderRevisions(s) ? revisions(g, name) : null;
        own.add(new ServiceView(s, invokers.getOrDefault(name, Read.unknown()), revisions));
      }
    }
    if (runComplete) {
      load(g, CloudRunServiceSchema.NODE, CloudRunFetcher.LIST, start, own.size(),
          CloudRunServiceTransformer.transform(own, g.key()));
    } else {
      // Still written, so what was listed is current; only its cleanup waits for a complete listing.
      CloudRunServiceTransformer.transform(own, g.key()).load(g.context().writer(), g.context().tag());
    }
    if (jobsComplete) {
      load(g, CloudRunJobSchema.NODE, CloudRunFetcher.LIST_JOBS, start, jobs.size(),
          CloudRunJobTransformer.transform(jobs, g.key()));
    } else {
      CloudRunJobTransformer.transform(jobs, g.key()).load(g.context().writer(), g.context().tag());
    }
    if (codeComplete) {
      CODE_TYPES.forEach(t -> g.succeeded(t, 0, start));
    }
  }

  /**
   * The revisions of a service whose traffic reaches an older one; null when the listing failed.
   * Without them an image (and an AI key) the service still serves is missing from this scan, so the
   * failure is recorded for the service type and the supply-chain types: cleanup then keeps the
   * image links and AI use an earlier scan found, rather than reading the gap as "runs nothing else".
   */
  static List<JsonNode> revisions(GcpScope g, String service) {
    Instant start = Instant.now();
    try {
      return CloudRunFetcher.revisions(g.clients().rest(), g.clients().settings().endpoints().runOrDefault(), service);
    } catch (RuntimeException e) {
      g.fail(CloudRunServiceSchema.NODE, CloudRunFetcher.LIST_REVISIONS, e, start);
      CODE_TYPES.forEach(t -> g.fail(t, CloudRunFetcher.LIST_REVISIONS, e, start));
      return null;
    }
  }

  /** Reads one function's source; every failure becomes a report (and a scan entry), never an exception. */
  static CodeReport source(GcpScope g, FunctionSourceReader reader, JsonNode f) {
    GcpIds.GsUri source = CloudFunctionTransformer.source(f);
    if (source == null) {
      return CodeReport.notRead(CodeReport.NONE, "no Cloud Storage source (repository or inline source)");
    }
    if (reader == null) {
      return CodeReport.notRead(CodeReport.NONE, "source reading is off");
    }
    Instant start = Instant.now();
    String name = GcpIds.lastSegment(f.path("name").asText(""));
    try {
      return reader.read(g.clients().storage(g.project().projectId()), source, CloudFunctionTransformer.generation(f));
    } catch (PackageBytes.OverBudgetException e) {
      failed(g, new IllegalStateException("function " + name + ": " + e.getMessage(), e), start);
      return CodeReport.notRead(CodeReport.OVER_BUDGET, e.getMessage());
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      failed(g, e instanceof RuntimeException r ? r : new IllegalStateException(message, e), start);
      return CodeReport.notRead(CodeReport.FAILED, message);
    }
  }

  private static void failed(GcpScope g, RuntimeException e, Instant start) {
    for (NodeSchema t : CODE_TYPES) {
      g.fail(t, "storage.objects.get", e, start);
    }
  }

  private static void load(GcpScope g, NodeSchema type, String permission, Instant start, int count, WriteBatch batch) {
    try {
      batch.load(g.context().writer(), g.context().tag());
      g.succeeded(type, count, start);
    } catch (RuntimeException e) {
      g.fail(type, permission, e, start);
    }
  }
}
