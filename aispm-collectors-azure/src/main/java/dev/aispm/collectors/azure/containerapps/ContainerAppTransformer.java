package dev.aispm.collectors.azure.containerapps;

import static dev.aispm.collectors.azure.arm.Json.bool;
import static dev.aispm.collectors.azure.arm.Json.number;
import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.content.AiProviderSettings;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.graph.schema.azure.containerapps.AzureContainerAppSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns container apps into nodes with their images, ingress posture, managed identities and
 * environment variables' names, and links them to the internet and to the identities they run as.
 * An app in Multiple revision mode can keep older revisions active and split traffic between them,
 * so an older image may still serve a share of requests: the images (and env var names) of every
 * active revision that takes traffic count as the app's, and {@code revisionImages} says which
 * revision runs which. Templates are read by {@link ContainerTemplate}, so only names leave this
 * class. Ingress follows the Container Apps reference: without an {@code ingress} block the app
 * takes no requests; IP security restrictions are all Allow (only the listed ranges get in) or all
 * Deny (the listed ranges are kept out, everyone else gets in).
 */
public final class ContainerAppTransformer {
  private ContainerAppTransformer() {}

  /** Apps whose revisions were not read: the latest revision's template only. */
  public static void transform(List<JsonNode> apps, String tenantId, ScopeKey scope, GraphBatch out) {
    transform(apps, Map.of(), tenantId, scope, out);
  }

  /**
   * @param revisions each app's revisions by its id (lower-case), for the apps {@link #servesOlderRevisions}
   *                  picked and whose listing was read
   */
  public static void transform(List<JsonNode> apps, Map<String, List<JsonNode>> revisions, String tenantId,
      ScopeKey scope, GraphBatch out) {
    for (JsonNode app : apps) {
      String id = ArmIds.normalize(text(app, "id"));
      transform(app, revisions.get(id), tenantId, scope, out);
    }
  }

  /** @param revisions the app's revisions; null when not read (the latest template is all there is to go on) */
  static void transform(JsonNode app, List<JsonNode> revisions, String tenantId, ScopeKey scope, GraphBatch out) {
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

    String latest = text(p, "latestRevisionName");
    Map<String, Long> split = trafficSplit(ingress, latest);
    ContainerTemplate template = ContainerTemplate.of(p.path("template"));
    Map<String, String> values = new java.util.LinkedHashMap<>(ContainerTemplate.plainValues(p.path("template"), ""));
    List<String> revisionImages = null;
    if (revisions != null) {
      revisionImages = new ArrayList<>();
      for (JsonNode r : revisions) {
        String revision = text(r, "name");
        if (revision == null || !serves(r, split, hasIngress)) {
          continue;
        }
        ContainerTemplate served = ContainerTemplate.of(r.path("properties").path("template"));
        for (String image : served.images()) {
          revisionImages.add(revision + "=" + image);
        }
        template = template.plus(served);
        // A revision still taking traffic runs with its own settings, older ones included.
        values.putAll(ContainerTemplate.plainValues(r.path("properties").path("template"), "revision " + revision + " "));
      }
    }
    List<String> envNames = template.environmentVariableNames();
    List<ResourceIdentity> identities = ResourceIdentity.of(app);
    out.add(AzureContainerAppSchema.NODE, NodeRecord.of(id, scope)
        .set("name", name)
        .set("resourceGroup", ArmIds.resourceGroup(text(app, "id")))
        .set("location", text(app, "location"))
        .set("provisioningState", text(p, "provisioningState"))
        .set("environmentId", ArmIds.normalize(text(p, "managedEnvironmentId") != null
            ? text(p, "managedEnvironmentId") : text(p, "environmentId")))
        .set("images", template.images())
        .set("revisionsMode", text(p, "configuration", "activeRevisionsMode"))
        .set("latestRevisionName", latest)
        .set("trafficSplit", hasIngress ? split.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .toList() : null)
        .set("revisionImages", revisionImages)
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
        .set("secretEnvironmentVariables", template.secretEnvironmentVariables())
        .set("aiProviderSettings", AiProviderSettings.aiNames(envNames))
        .set("fqdn", hasIngress ? text(ingress, "fqdn") : null)
        .properties(b -> SettingSecrets.write(b, SettingSecrets.report(values, "container app " + name + " environment")))
        .build());
    WorkloadLinks.write(id, "container app " + name, envNames, identities, tenantId, scope,
        AzureContainerAppSchema.RUNS_AS, AzureContainerAppSchema.USES_AI, out);
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
   * Whether the app may serve another revision than its latest, so its revisions must be read: in
   * Multiple mode several revisions stay active (with or without a traffic split), and in Single
   * mode only a traffic entry naming an older revision could route to one. Single-mode apps that
   * send everything to the latest revision run the template alone, and cost no extra call.
   */
  public static boolean servesOlderRevisions(JsonNode app) {
    JsonNode p = app.path("properties");
    if ("Multiple".equalsIgnoreCase(text(p, "configuration", "activeRevisionsMode"))) {
      return true;
    }
    String latest = text(p, "latestRevisionName");
    for (JsonNode t : p.path("configuration").path("ingress").path("traffic")) {
      String revision = text(t, "revisionName");
      if (revision != null && !revision.equalsIgnoreCase(latest)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The share of requests ingress sends each revision, by name: an entry with
   * {@code latestRevision: true} counts for the latest revision, and entries naming the same
   * revision (under different labels) add up.
   */
  static Map<String, Long> trafficSplit(JsonNode ingress, String latest) {
    Map<String, Long> split = new LinkedHashMap<>();
    for (JsonNode t : ingress.path("traffic")) {
      String revision = Boolean.TRUE.equals(bool(t, "latestRevision")) ? latest : text(t, "revisionName");
      Long weight = number(t, "weight");
      if (revision != null && weight != null) {
        split.merge(revision, weight, Long::sum);
      }
    }
    return split;
  }

  /**
   * Whether a revision runs for the app: it must be active (an inactive revision has no replicas
   * and its image is not served), and with ingress it must take a share of the traffic (the app's
   * split, else the revision's own {@code trafficWeight}). Without ingress there is no traffic to
   * split: every active revision runs its containers (a queue worker in Multiple mode).
   */
  static boolean serves(JsonNode revision, Map<String, Long> split, boolean hasIngress) {
    JsonNode r = revision.path("properties");
    if (!Boolean.TRUE.equals(bool(r, "active"))) {
      return false;
    }
    if (!hasIngress) {
      return true;
    }
    Long weight = split.get(text(revision, "name"));
    if (weight == null) {
      weight = number(r, "trafficWeight");
    }
    return weight != null && weight > 0;
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
