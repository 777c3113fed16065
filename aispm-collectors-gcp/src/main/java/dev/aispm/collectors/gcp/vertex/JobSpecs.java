package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.CustomJobSpec;
import com.google.cloud.aiplatform.v1.EnvVar;
import com.google.cloud.aiplatform.v1.WorkerPoolSpec;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.collectors.gcp.storage.GcsNodes;
import dev.aispm.graph.schema.RelSchema;
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
 * What one or more custom job specs say about a training workload. Custom jobs run one spec;
 * hyperparameter tuning jobs run one per trial and NAS jobs two (search and train): they all get
 * the same properties and edges from here, so a rule about training jobs reads them alike. With
 * several specs a risky setting in any of them counts for the job.
 */
final class JobSpecs {
  private final List<String> serviceAccounts;
  private final boolean webAccess;
  private final String network;
  private final String output;
  private final Set<String> images;
  private final Set<String> inputs;
  private final SettingSecrets.Report settings;

  private JobSpecs(List<String> serviceAccounts, boolean webAccess, String network, String output, Set<String> images,
      Set<String> inputs, SettingSecrets.Report settings) {
    this.serviceAccounts = serviceAccounts;
    this.webAccess = webAccess;
    this.network = network;
    this.output = output;
    this.images = images;
    this.inputs = inputs;
    this.settings = settings;
  }

  /** Reads the specs that are present, first one first (its output folder is the job's). */
  static JobSpecs of(List<CustomJobSpec> specs) {
    Set<String> accounts = new LinkedHashSet<>();
    Set<String> images = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>();
    Map<String, String> env = new LinkedHashMap<>();
    int specIndex = 0;
    boolean web = false;
    String network = null;
    String output = null;
    for (CustomJobSpec s : specs) {
      if (GcpIds.nullIfEmpty(s.getServiceAccount()) != null) {
        accounts.add(s.getServiceAccount());
      }
      web |= s.getEnableWebAccess();
      network = network != null ? network : GcpIds.nullIfEmpty(s.getNetwork());
      if (output == null && s.hasBaseOutputDirectory()) {
        output = GcpIds.nullIfEmpty(s.getBaseOutputDirectory().getOutputUriPrefix());
      }
      String specPrefix = specs.size() > 1 ? "specs[" + specIndex + "]." : "";
      specIndex++;
      int pool = 0;
      for (WorkerPoolSpec w : s.getWorkerPoolSpecsList()) {
        String poolPrefix = specPrefix + "workerPoolSpecs[" + pool++ + "].";
        for (EnvVar e : w.getContainerSpec().getEnvList()) {
          env.put(poolPrefix + "containerSpec.env." + e.getName(), e.getValue());
        }
        for (EnvVar e : w.getPythonPackageSpec().getEnvList()) {
          env.put(poolPrefix + "pythonPackageSpec.env." + e.getName(), e.getValue());
        }
        if (w.hasContainerSpec()) {
          images.add(w.getContainerSpec().getImageUri());
          texts.addAll(w.getContainerSpec().getArgsList());
          texts.addAll(w.getContainerSpec().getCommandList());
          w.getContainerSpec().getEnvList().stream().map(EnvVar::getValue).forEach(texts::add);
        }
        if (w.hasPythonPackageSpec()) {
          images.add(w.getPythonPackageSpec().getExecutorImageUri());
          texts.addAll(w.getPythonPackageSpec().getArgsList());
          w.getPythonPackageSpec().getEnvList().stream().map(EnvVar::getValue).forEach(texts::add);
        }
      }
    }
    images.removeIf(i -> i == null || i.isEmpty());
    Set<String> inputs = VertexCommon.gsUris(texts);
    if (output != null) {
      // The job's own output folder is not an input, even when a worker is told its path.
      String folder = GcsNodes.folder(output);
      inputs.removeIf(u -> GcsNodes.folder(u).startsWith(folder));
    }
    return new JobSpecs(List.copyOf(accounts), web, network, output, images, inputs,
        SettingSecrets.report(env, "vertex job environment"));
  }

  /** The account the job's containers run as (the first spec's), or null for the Vertex AI service agent. */
  String serviceAccount() {
    return serviceAccounts.isEmpty() ? null : serviceAccounts.get(0);
  }

  List<String> serviceAccounts() {
    return serviceAccounts;
  }

  String output() {
    return output;
  }

  /** Sets the properties every training job built from custom job specs carries. */
  NodeRecord.Builder properties(NodeRecord.Builder b) {
    return b.set("serviceAccount", serviceAccount())
        .set("usesDefaultComputeAccount", serviceAccounts.stream().anyMatch(GcpIds::isDefaultComputeAccount))
        .set("enableWebAccess", webAccess)
        .set("network", network)
        .set("baseOutputDirectory", output)
        .set("images", List.copyOf(images))
        .set("inputUris", List.copyOf(inputs))
        .properties(n -> SettingSecrets.write(n, settings));
  }

  /**
   * Writes RUNS_AS for every account, READS for every input and WRITES for the output folder;
   * returns the output prefix id, or null when there is none.
   */
  String edges(WriteBatch out, String id, RelSchema runsAs, RelSchema reads, RelSchema writes, ScopeKey scope) {
    serviceAccounts.forEach(sa -> VertexCommon.runsAs(out, runsAs, id, sa, scope));
    for (String uri : inputs) {
      String prefix = GcsNodes.prefix(out, uri, scope);
      if (prefix != null) {
        out.rel(reads, RelRecord.of(id, prefix, scope));
      }
    }
    String prefix = output == null ? null : GcsNodes.prefix(out, output, scope);
    if (prefix != null) {
      out.rel(writes, RelRecord.of(id, prefix, scope));
    }
    return prefix;
  }
}
