package dev.aispm.collectors.gcp.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.AiProviderSettings;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.SettingValues;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Cloud Run services (Admin API v2) into workload nodes: exposure (ingress and a public
 * invoker), the service account, the images they run and the names (never values) of their
 * containers' environment variables, AI provider keys among them becoming AI-use evidence. The
 * image's contents are the registry scan's: the link step after it ({@code images/ImageLinkSync})
 * points the service at the image it names. Absent {@code ingress} is INGRESS_TRAFFIC_ALL, the
 * API's default.
 *
 * <p>Traffic can be split between revisions, and an older revision keeps running the image it was
 * made with: a rollout at 10 % or a rollback pins part of the requests to another build than the
 * template names. The split is read from {@code trafficStatuses} (what is served; {@code traffic}
 * when the status is not there yet), an entry of type LATEST counting for
 * {@code latestReadyRevision}. When it reaches another revision the sync lists the revisions, and
 * the images and env var names of every revision with a share above 0 % count as the service's,
 * {@code revisionImages} saying which revision runs which image.
 */
public final class CloudRunServiceTransformer {
  private static final String LATEST = "TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST";

  private CloudRunServiceTransformer() {}

  /**
   * One service as read.
   *
   * @param service       the v2 Service resource
   * @param invokerPublic whether allUsers/allAuthenticatedUsers may invoke it; unknown when the policy was not read
   * @param revisions     the service's revisions, read when {@link #servesOlderRevisions} picked it; null when
   *                      not read (the template is then all there is to go on)
   */
  public record ServiceView(JsonNode service, Read<Boolean> invokerPublic, List<JsonNode> revisions) {
    /** A service whose revisions were not read. */
    public ServiceView(JsonNode service, Read<Boolean> invokerPublic) {
      this(service, invokerPublic, null);
    }
  }

  public static WriteBatch transform(List<ServiceView> views, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (ServiceView v : views) {
      JsonNode s = v.service();
      String name = s.path("name").asText("");
      if (name.isEmpty()) {
        throw new IllegalStateException("Cloud Run service without a name");
      }
      String id = "//run.googleapis.com/" + name;
      String ingress = s.path("ingress").asText("").isEmpty() ? "INGRESS_TRAFFIC_ALL" : s.path("ingress").asText();
      Boolean reachable = switch (ingress) {
        case "INGRESS_TRAFFIC_ALL" -> v.invokerPublic().known() ? v.invokerPublic().value() : null;
        case "INGRESS_TRAFFIC_INTERNAL_ONLY" -> Boolean.FALSE;
        default -> null;
      };
      JsonNode template = s.path("template");
      String sa = GcpIds.nullIfEmpty(template.path("serviceAccount").asText(""));
      List<String> images = new ArrayList<>();
      Set<String> env = new LinkedHashSet<>();
      RunContainers.read(template.path("containers"), images, env, null);
      Map<String, String> values = new LinkedHashMap<>(SettingValues.fromContainers(template.path("containers"), "containers", ""));
      Map<String, Long> split = trafficSplit(s);
      List<String> revisionImages = null;
      if (v.revisions() != null) {
        revisionImages = new ArrayList<>();
        for (JsonNode r : v.revisions()) {
          String revision = GcpIds.lastSegment(r.path("name").asText(""));
          if (revision == null || split.getOrDefault(revision, 0L) <= 0) {
            continue;
          }
          List<String> served = new ArrayList<>();
          RunContainers.read(r.path("containers"), served, env, null);
          // A revision still serving traffic runs with its own settings, older ones included.
          values.putAll(SettingValues.fromContainers(r.path("containers"), "containers", "revision " + revision + " "));
          for (String image : served) {
            revisionImages.add(revision + "=" + image);
            if (!images.contains(image)) {
              images.add(image);
            }
          }
        }
      }
      Set<String> imageIds = new LinkedHashSet<>();
      for (String image : images) {
        String imageId = imageId(image);
        if (imageId != null) {
          imageIds.add(imageId);
        }
      }
      List<String> envNames = List.copyOf(env);
      String location = name.split("/").length > 3 ? name.split("/")[3] : null;
      out.node(CloudRunServiceSchema.NODE, NodeRecord.of(id, scope)
          .set("name", GcpIds.lastSegment(name))
          .set("location", location)
          .set("ingress", ingress)
          .set("invokerPublic", v.invokerPublic().known() ? v.invokerPublic().value() : null)
          .set("internetReachable", reachable)
          .set("serviceAccount", sa)
          .set("images", images)
          .set("latestReadyRevision", GcpIds.lastSegment(s.path("latestReadyRevision").asText("")))
          .set("trafficSplit", split.isEmpty() ? null
              : split.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
          .set("revisionImages", revisionImages)
          .set("imageIds", List.copyOf(imageIds))
          .set("environmentVariableNames", envNames)
          .set("aiProviderSettings", AiProviderSettings.aiNames(envNames))
          .set("uri", GcpIds.nullIfEmpty(s.path("uri").asText("")))
          .properties(b -> SettingSecrets.write(b, SettingSecrets.report(values,
              "cloud run service " + GcpIds.lastSegment(name) + " environment")))
          .build());
      // Only settings' names are evidence here (the image is read by the registry scan): the report
      // carries no package, so the package relationship argument is never used.
      CodeReport settings = CodeReport.notRead(CodeReport.NONE, "container image")
          .withEvidence(AiProviderSettings.evidence(envNames, "environment of Cloud Run service " + GcpIds.lastSegment(name)));
      SupplyChainGraph.write(out, id, settings, scope, CloudRunServiceSchema.USES_AI, CloudRunServiceSchema.USES_AI,
          "vertex");
      if (sa != null) {
        out.rel(CloudRunServiceSchema.RUNS_AS, RelRecord.of(id, GcpIds.serviceAccount(sa), scope)
            .withTargetStub(Map.of("name", sa, "email", sa)));
      }
      if (Boolean.TRUE.equals(reachable)) {
        out.node(CommonSchemas.INTERNET, GcpIds.internet());
        out.rel(CloudRunServiceSchema.INTERNET_CAN_REACH,
            RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, Map.of("via", "publicInvoker")));
      }
    }
    return out;
  }

  /**
   * Whether the service's traffic reaches a revision other than its latest ready one, so its
   * revisions must be read to know every image it serves. A service that sends everything to its
   * latest revision runs its template alone and costs no extra call.
   */
  public static boolean servesOlderRevisions(JsonNode service) {
    String latest = GcpIds.lastSegment(service.path("latestReadyRevision").asText(""));
    for (JsonNode t : trafficEntries(service)) {
      String revision = GcpIds.lastSegment(t.path("revision").asText(""));
      if (t.path("percent").asLong(0) > 0 && !LATEST.equals(t.path("type").asText(""))
          && revision != null && !revision.equals(latest)) {
        return true;
      }
    }
    return false;
  }

  /** {@code trafficStatuses} (what is served) when the service reports it, else {@code traffic}. */
  private static JsonNode trafficEntries(JsonNode service) {
    JsonNode entries = service.path("trafficStatuses");
    return entries.isArray() && !entries.isEmpty() ? entries : service.path("traffic");
  }

  /**
   * The share of requests each revision gets, by short revision name, for shares above 0 %: from
   * {@code trafficStatuses} (what is actually served), else from {@code traffic} (what was asked
   * for, before the service reconciled). A LATEST entry counts for {@code latestReadyRevision}, or
   * is kept as {@code LATEST} when that is not known yet; entries naming the same revision (under
   * different tags) add up. A missing {@code percent} is 0, as the reference defines it.
   */
  static Map<String, Long> trafficSplit(JsonNode service) {
    JsonNode entries = trafficEntries(service);
    String latest = GcpIds.lastSegment(service.path("latestReadyRevision").asText(""));
    Map<String, Long> split = new LinkedHashMap<>();
    for (JsonNode t : entries) {
      long percent = t.path("percent").asLong(0);
      if (percent <= 0) {
        continue;
      }
      String revision = LATEST.equals(t.path("type").asText(""))
          ? (latest == null ? "LATEST" : latest)
          : GcpIds.lastSegment(t.path("revision").asText(""));
      if (revision != null) {
        split.merge(revision, percent, Long::sum);
      }
    }
    return split;
  }

  /** The images a service's revision template names, in container order. */
  public static List<String> images(JsonNode service) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : service.path("template").path("containers")) {
      String image = GcpIds.nullIfEmpty(c.path("image").asText(""));
      if (image != null) {
        out.add(image);
      }
    }
    return out;
  }

  /**
   * The id of an image pinned by digest, {@code <registry-host>/<repository path>@<digest>} (a tag
   * beside the digest dropped); null for a reference by tag only, which names no single image.
   */
  public static String imageId(String image) {
    int at = image.indexOf('@');
    if (at < 0 || !image.substring(at + 1).matches("sha256:[0-9a-f]{64}")) {
      return null;
    }
    String repo = image.substring(0, at);
    int slash = repo.lastIndexOf('/');
    int colon = repo.lastIndexOf(':');
    if (colon > slash) {
      repo = repo.substring(0, colon);
    }
    return repo + image.substring(at);
  }
}
