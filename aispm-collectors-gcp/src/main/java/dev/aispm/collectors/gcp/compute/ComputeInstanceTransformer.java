package dev.aispm.collectors.gcp.compute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.ScriptContainerImages;
import dev.aispm.collectors.content.ScriptSecrets;
import dev.aispm.collectors.content.SelfHostedServerGraph;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.StartupScriptInstalls;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.compute.ComputeInstanceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Compute Engine VMs of a project that run AI into instance nodes: a self-hosted AI server
 * that their name, labels, network tags, world-open firewall ports or the container images their
 * startup script runs show, or AI packages their startup script installs. Each gets the server as
 * AI use, its package and advisories when a label or image names its version, the Internet edge
 * when it has an external IP and a world-open ingress rule applies to it ({@link VmExposure}, as
 * for Workbench instances), and the service account it runs as. VMs without AI are not written;
 * a GPU VM (attached accelerators or an a2, a3, a4, g2, g4 machine) is not AI by itself: its script
 * decides, as an EC2 accelerated family's user data does.
 *
 * <p>The startup script comes in clear in the list answer, readable by every holder of
 * compute.instances.list, so it is judged here line by line for secrets ({@code metadata.startup-script
 * line 6}), with the VM's other metadata values. Only each secret's line, kind, preview and
 * fingerprint are kept; the script is never stored. A script kept in an object
 * ({@code startup-script-url}) is not fetched and the node says so.
 *
 * <p>Pure, and never throws on an odd answer: a VM without a name or zone is passed over, missing
 * or malformed fields read as absent.
 */
public final class ComputeInstanceTransformer {
  /** GPU machine families: A100 / H100 / B200 (a2, a3, a4) and L4 / RTX (g2, g4). */
  private static final Pattern GPU_FAMILY = Pattern.compile("(?:a2|a3|a4|g2|g4)-.*");
  /** The project and name of a network URL or relative name. */
  private static final Pattern NETWORK = Pattern.compile("(?:^|/)projects/([^/]+)/global/networks/([^/]+)$");
  /** A label value that spells a version the only way labels can: 2-9-1, v2_9_1. */
  private static final Pattern LABEL_VERSION = Pattern.compile("v?\\d+(?:[-_]\\d+)+");

  private static final VmExposure.Links LINKS = new VmExposure.Links(ComputeInstanceSchema.RUNS_AS,
      ComputeInstanceSchema.IN_VPC, ComputeInstanceSchema.HAS_SECURITY_GROUP, ComputeInstanceSchema.INTERNET_CAN_REACH);

  private ComputeInstanceTransformer() {}

  /**
   * @param instances the entries of every zone of instances.aggregatedList
   * @param firewalls the project's firewall rules, unknown when they could not be read
   * @param workbench VMs that a Workbench instance of the project manages, as {@code ZONE/NAME}: they
   *                  are written as that Workbench instance, not twice
   * @param projectId the project listed
   */
  public static WriteBatch transform(List<JsonNode> instances, Read<List<FirewallRule>> firewalls,
      Set<String> workbench, AiCatalogue catalogue, AdvisoryIndex advisories, String projectId, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (JsonNode i : instances) {
      String name = text(i, "name");
      String zone = GcpIds.lastSegment(text(i, "zone"));
      if (name == null || zone == null || workbench.contains(zone + "/" + name)) {
        continue;
      }
      write(out, i, name, zone, firewalls, catalogue, advisories, projectId, scope);
    }
    return out;
  }

  private static void write(WriteBatch out, JsonNode i, String name, String zone, Read<List<FirewallRule>> firewalls,
      AiCatalogue catalogue, AdvisoryIndex advisories, String projectId, ScopeKey scope) {
    Map<String, String> labels = labels(i.path("labels"));
    List<String> tags = strings(i.path("tags").path("items"));
    String sa = null;
    for (JsonNode s : iterable(i.path("serviceAccounts"))) {
      sa = sa != null ? sa : text(s, "email");
    }
    JsonNode nics = i.path("networkInterfaces");
    JsonNode nic0 = nics.isArray() && nics.size() > 0 ? nics.get(0) : null;
    Matcher net = nic0 == null ? null : NETWORK.matcher(nic0.path("network").asText(""));
    String network = net != null && net.find() ? net.group(2) : null;
    String networkProject = network == null ? null : net.group(1);
    VmExposure exposure = exposure(nics, firewalls, tags, sa, projectId);
    VmMetadata md = VmMetadata.of(i.path("metadata"));
    List<String> images = new ArrayList<>();
    md.scripts().values().forEach(s -> ScriptContainerImages.images(s).stream()
        .filter(x -> !images.contains(x)).forEach(images::add));
    List<SelfHostedServers.Match> servers = SelfHostedServers.identify(name, serverTags(labels, tags), images,
        exposure.openPorts());
    StartupScriptInstalls.Report installs = md.shellScripts().isEmpty() ? null
        : StartupScriptInstalls.read(scriptsByEvidence(name, md.shellScripts()), 0, catalogue, advisories);
    if (servers.isEmpty() && (installs == null || installs.code().aiPackages().isEmpty())) {
      return;
    }
    String id = GcpIds.computeInstance(projectId, zone, name);
    List<String> accelerators = accelerators(i.path("guestAccelerators"));
    String machineType = GcpIds.lastSegment(text(i, "machineType"));
    NodeRecord.Builder node = SettingSecrets.write(NodeRecord.of(id, scope), secrets(id, md))
        .set("name", name)
        .set("instanceId", text(i, "id"))
        .set("zone", zone)
        .set("machineType", machineType)
        .set("accelerated", !accelerators.isEmpty() || machineType != null && GPU_FAMILY.matcher(machineType).matches())
        .set("accelerators", accelerators.isEmpty() ? null : accelerators)
        .set("status", text(i, "status"))
        .set("externalIp", externalIp(nics))
        .set("network", network)
        .set("networkProject", networkProject == null || networkProject.equals(projectId) ? null : networkProject)
        .set("subnet", nic0 == null ? null : GcpIds.lastSegment(text(nic0, "subnetwork")))
        .set("networkTags", tags.isEmpty() ? null : tags)
        .set("labels", labels.isEmpty() ? null : labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
        .set("serviceAccount", sa)
        .set("usesDefaultComputeAccount", sa == null ? null : GcpIds.isDefaultComputeAccount(sa))
        .set("internetExposedPorts", exposure.openPorts().isEmpty() ? null : exposure.openPorts())
        .set("internetReachable", exposure.reachable())
        .set("createdAt", instant(text(i, "creationTimestamp")))
        .set("startupScript", md.hasScript() ? "read" : md.scriptUrls().isEmpty() ? "none" : "url-only")
        .set("startupScriptKeys", md.scripts().isEmpty() ? null : List.copyOf(md.scripts().keySet()))
        .set("startupScriptUrl", md.scriptUrls().isEmpty() ? null : String.join(", ", md.scriptUrls()))
        .set("startupScriptImages", images.isEmpty() ? null : List.copyOf(images));
    out.node(ComputeInstanceSchema.NODE, (installs == null ? node : installs.describe(node)).build());
    exposure.write(out, id, network == null ? null : GcpIds.network(networkProject, network), network, sa, LINKS,
        scope);
    for (SelfHostedServers.Match m : servers) {
      SelfHostedServerGraph.write(out, id, m, ComputeInstanceSchema.USES_AI, ComputeInstanceSchema.USES_PACKAGE,
          catalogue, advisories, scope);
    }
    if (installs != null) {
      // Vertex AI is Google Cloud's managed AI service: its use shows in Vertex AI's own inventory.
      SupplyChainGraph.write(out, id, installs.code(), scope, ComputeInstanceSchema.USES_PACKAGE,
          ComputeInstanceSchema.USES_AI, "vertex");
    }
  }

  /**
   * The metadata judged for secrets, one setting per non-blank line ({@code metadata.startup-script
   * line 6}); a VM whose only script is in an object is not read, never "no secret".
   */
  static SettingSecrets.Report secrets(String id, VmMetadata md) {
    Map<String, String> texts = new LinkedHashMap<>();
    md.scripts().forEach((key, value) -> texts.put("metadata." + key, value));
    md.others().forEach((key, value) -> texts.put("metadata." + key, value));
    SettingSecrets.Report report = ScriptSecrets.report(texts, 0, "compute instance " + id + " metadata");
    if (!md.hasScript() && !md.scriptUrls().isEmpty() && SettingSecrets.Report.SCANNED.equals(report.status())) {
      // What the other values hold is still said; the script itself is unknown.
      return new SettingSecrets.Report(SettingSecrets.Report.NOT_READ, "the startup script is in "
          + String.join(", ", md.scriptUrls()) + " (startup-script-url), which is not fetched", report.secrets());
    }
    return report;
  }

  /** Reachability over every interface with an external address: reachable through any one is reachable. */
  private static VmExposure exposure(JsonNode nics, Read<List<FirewallRule>> firewalls, List<String> tags, String sa,
      String projectId) {
    List<FirewallRule> applying = new ArrayList<>();
    Set<String> open = new LinkedHashSet<>();
    Boolean reachable = Boolean.FALSE;
    for (JsonNode nic : iterable(nics)) {
      Matcher net = NETWORK.matcher(nic.path("network").asText(""));
      if (!net.find()) {
        // An interface whose network cannot be told: nothing is known about what admits it.
        reachable = hasExternal(nic) && !Boolean.TRUE.equals(reachable) ? null : reachable;
        continue;
      }
      // A Shared VPC network's rules are the host project's, not read in this project.
      Read<List<FirewallRule>> rules = net.group(1).equals(projectId) ? firewalls : Read.unknown();
      VmExposure e = VmExposure.of(hasExternal(nic), rules, net.group(2), tags, sa);
      e.applying().stream().filter(r -> !applying.contains(r)).forEach(applying::add);
      open.addAll(e.openPorts());
      if (Boolean.TRUE.equals(e.reachable())) {
        reachable = Boolean.TRUE;
      } else if (e.reachable() == null && !Boolean.TRUE.equals(reachable)) {
        reachable = null;
      }
    }
    return new VmExposure(applying, List.copyOf(open), reachable);
  }

  private static boolean hasExternal(JsonNode nic) {
    for (JsonNode a : iterable(nic.path("accessConfigs"))) {
      if (text(a, "natIP") != null) {
        return true;
      }
    }
    for (JsonNode a : iterable(nic.path("ipv6AccessConfigs"))) {
      if (text(a, "externalIpv6") != null) {
        return true;
      }
    }
    return false;
  }

  private static String externalIp(JsonNode nics) {
    for (JsonNode nic : iterable(nics)) {
      for (JsonNode a : iterable(nic.path("accessConfigs"))) {
        String ip = text(a, "natIP");
        if (ip != null) {
          return ip;
        }
      }
    }
    return null;
  }

  /**
   * Labels and network tags as the server recogniser reads tags. A label {@code <server>-version}
   * spells the version with dashes or underscores (label values allow no dots): they become dots.
   */
  static Map<String, String> serverTags(Map<String, String> labels, List<String> networkTags) {
    Map<String, String> out = new LinkedHashMap<>();
    labels.forEach((k, v) -> {
      boolean version = k.endsWith("-version") || k.endsWith("_version");
      out.put(k, version && LABEL_VERSION.matcher(v).matches() ? v.replaceAll("[-_]", ".") : v);
    });
    for (int n = 0; n < networkTags.size(); n++) {
      out.put("networkTags[" + n + "]", networkTags.get(n));
    }
    return out;
  }

  /** Scripts by the name evidence gives them, e.g. {@code mlflow/metadata.startup-script}. */
  private static Map<String, String> scriptsByEvidence(String name, Map<String, String> scripts) {
    Map<String, String> out = new LinkedHashMap<>();
    scripts.forEach((k, v) -> out.put(name + "/metadata." + k, v));
    return out;
  }

  private static List<String> accelerators(JsonNode guest) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : iterable(guest)) {
      String type = GcpIds.lastSegment(text(a, "acceleratorType"));
      if (type != null) {
        out.add(type + " x " + a.path("acceleratorCount").asInt(1));
      }
    }
    return out;
  }

  /** An RFC 3339 time as Compute answers it (2024-05-02T08:15:00.000-07:00); null when absent or not one. */
  static java.time.Instant instant(String rfc3339) {
    if (rfc3339 == null) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(rfc3339).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static Map<String, String> labels(JsonNode labels) {
    Map<String, String> out = new LinkedHashMap<>();
    if (labels.isObject()) {
      labels.fields().forEachRemaining(e -> {
        if (e.getValue().isValueNode() && !e.getValue().isNull()) {
          out.put(e.getKey(), e.getValue().asText());
        }
      });
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : iterable(array)) {
      if (v.isTextual() && !v.asText().isEmpty()) {
        out.add(v.asText());
      }
    }
    return out;
  }

  private static Iterable<JsonNode> iterable(JsonNode array) {
    return array != null && array.isArray() ? array : List.of();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isValueNode() && !v.isNull() && !v.asText().isEmpty() ? v.asText() : null;
  }
}
