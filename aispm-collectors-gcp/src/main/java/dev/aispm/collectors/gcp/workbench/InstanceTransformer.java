package dev.aispm.collectors.gcp.workbench;

import com.google.cloud.notebooks.v2.DataDisk;
import com.google.cloud.notebooks.v2.GceSetup;
import com.google.cloud.notebooks.v2.Instance;
import com.google.cloud.notebooks.v2.NetworkInterface;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.gcp.compute.FirewallRule;
import dev.aispm.collectors.gcp.compute.VmExposure;
import dev.aispm.graph.schema.gcp.workbench.WorkbenchInstanceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.ScriptSecrets;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.StartupScriptInstalls;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Workbench instances into notebook nodes. Root access, the terminal and idle shutdown are
 * metadata keys of the VM ({@code notebook-disable-root}, {@code notebook-disable-terminal},
 * {@code idle-timeout-seconds}), as the Workbench documentation sets them. Reachability from the
 * Internet needs both an external IP and an ingress rule open to the world that applies to the
 * VM; with the firewall unread, an instance with an external IP stays unknown. The post-startup
 * script (metadata {@code post-startup-script}, a {@code gs://} object) runs as root on every start,
 * so the AI packages its install commands put into the notebook hang from the instance with their
 * advisories; the script's text is never stored, only what was found in it.
 */
public final class InstanceTransformer {
  private static final VmExposure.Links LINKS = new VmExposure.Links(WorkbenchInstanceSchema.RUNS_AS,
      WorkbenchInstanceSchema.IN_VPC, WorkbenchInstanceSchema.HAS_SECURITY_GROUP,
      WorkbenchInstanceSchema.INTERNET_CAN_REACH);

  private InstanceTransformer() {}

  /** Instances whose post-startup scripts were not read: nothing is said about what they install. */
  public static WriteBatch transform(List<Instance> instances, Read<List<FirewallRule>> firewalls, ScopeKey scope) {
    return transform(instances, firewalls, Map.of(), null, null, scope);
  }

  /**
   * @param scripts    each instance's post-startup script as read, by instance name; an instance
   *                   naming a script that has no entry here is left unread
   * @param catalogue  what counts as an AI package
   * @param advisories the advisories installed versions are matched against
   */
  public static WriteBatch transform(List<Instance> instances, Read<List<FirewallRule>> firewalls,
      Map<String, PostStartupScript> scripts, AiCatalogue catalogue, AdvisoryIndex advisories, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (Instance i : instances) {
      if (i.getName().isEmpty()) {
        throw new IllegalStateException("Workbench instance without a name");
      }
      String id = GcpIds.notebooks(i.getName());
      GceSetup g = i.getGceSetup();
      Map<String, String> md = g.getMetadataMap();
      boolean publicIp = !g.getDisablePublicIp();
      String sa = g.getServiceAccountsCount() == 0 ? null : GcpIds.nullIfEmpty(g.getServiceAccounts(0).getEmail());
      NetworkInterface nic = g.getNetworkInterfacesCount() == 0 ? null : g.getNetworkInterfaces(0);
      // Without an explicit interface Workbench places the VM on the project's default network.
      String network = nic == null || nic.getNetwork().isEmpty() ? "default" : GcpIds.lastSegment(nic.getNetwork());
      String bootKey = g.hasBootDisk() ? GcpIds.nullIfEmpty(g.getBootDisk().getKmsKey()) : null;
      String dataKey = null;
      boolean allCmek = bootKey != null;
      for (DataDisk d : g.getDataDisksList()) {
        String k = GcpIds.nullIfEmpty(d.getKmsKey());
        dataKey = dataKey == null ? k : dataKey;
        allCmek &= k != null;
      }
      VmExposure exposure = VmExposure.of(publicIp, firewalls, network, g.getTagsList(), sa);
      Boolean reachable = exposure.reachable();
      String zone = GcpIds.lastSegment(i.getName().replaceAll("/instances/[^/]+$", ""));
      PostStartupScript script = scripts.get(i.getName());
      StartupScriptInstalls.Report installs = md.containsKey(PostStartupScript.METADATA_KEY) && script != null
          ? installs(GcpIds.lastSegment(i.getName()), script, catalogue, advisories) : null;
      NodeRecord.Builder node = SettingSecrets.write(NodeRecord.of(id, scope), secrets(i.getName(), md, script))
          .set("name", GcpIds.lastSegment(i.getName()))
          .set("zone", zone)
          .set("state", i.getState().name())
          .set("machineType", GcpIds.nullIfEmpty(g.getMachineType()))
          .set("containerImage", containerImage(g))
          .set("creator", GcpIds.nullIfEmpty(i.getCreator()))
          .set("publicIp", publicIp)
          .set("rootAccess", !"true".equalsIgnoreCase(md.get("notebook-disable-root")))
          .set("terminalEnabled", !"true".equalsIgnoreCase(md.get("notebook-disable-terminal")))
          .set("serviceAccount", sa)
          .set("usesDefaultComputeAccount", sa == null ? null : GcpIds.isDefaultComputeAccount(sa))
          .set("secureBoot", g.hasShieldedInstanceConfig() && g.getShieldedInstanceConfig().getEnableSecureBoot())
          .set("bootDiskKmsKey", bootKey)
          .set("dataDiskKmsKey", dataKey)
          .set("cmekEnabled", allCmek)
          .set("idleShutdownSeconds", idle(md.get("idle-timeout-seconds")))
          .set("proxyAccessEnabled", !i.getDisableProxyAccess())
          .set("network", network)
          .set("subnet", nic == null ? null : GcpIds.lastSegment(GcpIds.nullIfEmpty(nic.getSubnet())))
          .set("networkTags", g.getTagsList())
          .set("internetReachable", reachable)
          .set("createdAt", i.hasCreateTime() ? Instant.ofEpochSecond(i.getCreateTime().getSeconds()) : null);
      out.node(WorkbenchInstanceSchema.NODE, (installs == null ? node : installs.describe(node)).build());
      if (installs != null) {
        SupplyChainGraph.write(out, id, installs.code(), scope, WorkbenchInstanceSchema.USES_PACKAGE,
            WorkbenchInstanceSchema.USES_AI, "vertex");
      }
      exposure.write(out, id, GcpIds.network(scope.account(), network), network, sa, LINKS, scope);
    }
    return out;
  }

  /**
   * What one script installs; evidence names it {@code INSTANCE/post-startup-script}. A script that
   * could not be read, or is not UTF-8 text, is failed: unread is not "installs nothing".
   */
  static StartupScriptInstalls.Report installs(String instance, PostStartupScript script, AiCatalogue catalogue,
      AdvisoryIndex advisories) {
    if (script.bytes() == null) {
      return new StartupScriptInstalls.Report(CodeReport.notRead(CodeReport.FAILED, script.error()), List.of(),
          List.of(), 0);
    }
    String text = utf8(script.bytes());
    if (text == null) {
      return StartupScriptInstalls.read(Map.of(), 1, catalogue, advisories);
    }
    return StartupScriptInstalls.read(Map.of(instance + "/" + PostStartupScript.METADATA_KEY, text), 0, catalogue,
        advisories);
  }

  /**
   * The instance's metadata values and its post-startup script judged for secrets, line by line
   * ({@code post-startup-script line 6}, {@code metadata.KEY}); SSH keys are public keys, not
   * secrets. Both are readable by every holder of notebooks.instances.get and of the script's
   * object. A script that could not be read leaves the verdict open, with what the metadata showed.
   */
  static SettingSecrets.Report secrets(String name, Map<String, String> metadata, PostStartupScript script) {
    Map<String, String> texts = new LinkedHashMap<>();
    metadata.forEach((k, v) -> {
      if (!k.equals("ssh-keys") && !k.equals(PostStartupScript.METADATA_KEY)) {
        texts.put("metadata." + k, v);
      }
    });
    int unreadable = 0;
    String unread = null;
    if (metadata.containsKey(PostStartupScript.METADATA_KEY)) {
      String text = script == null || script.bytes() == null ? null : utf8(script.bytes());
      if (text == null) {
        unreadable = 1;
        unread = script == null || script.error() == null ? "the post-startup script could not be read"
            : "the post-startup script could not be read: " + script.error();
      } else {
        texts.put(PostStartupScript.METADATA_KEY, text);
      }
    }
    SettingSecrets.Report report = ScriptSecrets.report(texts, 0, "workbench instance " + name);
    if (unreadable == 0 || !SettingSecrets.Report.SCANNED.equals(report.status())) {
      return report;
    }
    return new SettingSecrets.Report(SettingSecrets.Report.NOT_READ, unread, report.secrets());
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Long idle(String seconds) {
    if (seconds == null || seconds.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(seconds.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The custom container JupyterLab runs in, as a pullable reference ({@code REPOSITORY:TAG}, the
   * tag defaulting to latest as Workbench does); null for an instance booted from a VM image.
   */
  static String containerImage(GceSetup g) {
    if (!g.hasContainerImage() || g.getContainerImage().getRepository().isBlank()) {
      return null;
    }
    String tag = g.getContainerImage().getTag();
    return g.getContainerImage().getRepository() + ":" + (tag.isBlank() ? "latest" : tag);
  }
}
