package dev.aispm.collectors.gcp.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.AiProviderSettings;
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
 */
public final class CloudRunServiceTransformer {
  private CloudRunServiceTransformer() {}

  /**
   * One service as read.
   *
   * @param service       the v2 Service resource
   * @param invokerPublic whether allUsers/allAuthenticatedUsers may invoke it; unknown when the policy was not read
   */
  public record ServiceView(JsonNode service, Read<Boolean> invokerPublic) {}

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
      Set<String> imageIds = new LinkedHashSet<>();
      Set<String> env = new LinkedHashSet<>();
      for (JsonNode c : template.path("containers")) {
        String image = GcpIds.nullIfEmpty(c.path("image").asText(""));
        if (image != null) {
          images.add(image);
          String imageId = imageId(image);
          if (imageId != null) {
            imageIds.add(imageId);
          }
        }
        for (JsonNode e : c.path("env")) {
          if (!e.path("name").asText("").isEmpty()) {
            env.add(e.path("name").asText());
          }
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
          .set("imageIds", List.copyOf(imageIds))
          .set("environmentVariableNames", envNames)
          .set("aiProviderSettings", AiProviderSettings.aiNames(envNames))
          .set("uri", GcpIds.nullIfEmpty(s.path("uri").asText("")))
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
