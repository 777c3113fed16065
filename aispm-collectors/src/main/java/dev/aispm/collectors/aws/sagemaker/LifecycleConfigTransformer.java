package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.content.Base64Scripts;
import dev.aispm.collectors.content.ScriptSecrets;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.StartupScriptInstalls;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.sagemaker.NotebookLifecycleConfigSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceLifecycleConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.NotebookInstanceLifecycleHook;

/**
 * Turns DescribeNotebookInstanceLifecycleConfig answers into configuration nodes carrying what
 * {@link LifecycleScripts} found, never the scripts (they may hold secrets), and the AI packages
 * the scripts install, with their advisories, hung from the configuration: a configuration is
 * shared by the notebooks that name it, which reach its packages through
 * {@code USES_LIFECYCLE_CONFIG}.
 */
public final class LifecycleConfigTransformer {
  private LifecycleConfigTransformer() {}

  /**
   * @param tags       tags by resource ARN; a missing entry means the tags could not be read
   * @param catalogue  what counts as an AI package
   * @param advisories the advisories installed versions are matched against
   */
  public static WriteBatch transform(List<DescribeNotebookInstanceLifecycleConfigResponse> raw,
      Map<String, List<String>> tags, AiCatalogue catalogue, AdvisoryIndex advisories, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (DescribeNotebookInstanceLifecycleConfigResponse c : raw) {
      String name = c.notebookInstanceLifecycleConfigName();
      String id = c.notebookInstanceLifecycleConfigArn() != null ? c.notebookInstanceLifecycleConfigArn()
          : name == null ? null : id(scope, name);
      if (id == null) {
        continue;
      }
      List<String> contents = new ArrayList<>();
      c.onCreate().stream().map(NotebookInstanceLifecycleHook::content).forEach(contents::add);
      c.onStart().stream().map(NotebookInstanceLifecycleHook::content).forEach(contents::add);
      LifecycleScripts.Findings f = LifecycleScripts.analyse(contents);
      StartupScriptInstalls.Report installs = installs(id, c, catalogue, advisories);
      SettingSecrets.Report secrets = secrets(hooks(c), "sagemaker lifecycle config " + name);
      out.node(NotebookLifecycleConfigSchema.NODE, installs.describe(SettingSecrets.write(NodeRecord.of(id, scope), secrets)
          .set("name", name)
          .set("onCreateScripts", c.onCreate().size())
          .set("onStartScripts", c.onStart().size())
          .set("remoteScriptExecution", f.remoteExecution())
          .set("riskyPatterns", f.patterns())
          .set("downloadUrls", f.urls().isEmpty() ? null : f.urls())
          .set("scriptSha256", f.sha256())
          .set("createdAt", c.creationTime())
          .set("lastModifiedAt", c.lastModifiedTime())
          .set("tags", tags.get(id))).build());
      SupplyChainGraph.write(out, id, installs.code(), scope, NotebookLifecycleConfigSchema.USES_PACKAGE,
          NotebookLifecycleConfigSchema.USES_AI, "sagemaker");
    }
    return out;
  }

  /** The hooks' installs; each script is named {@code NAME/OnCreate[i]} or {@code NAME/OnStart[i]} in evidence. */
  static StartupScriptInstalls.Report installs(String id, DescribeNotebookInstanceLifecycleConfigResponse c,
      AiCatalogue catalogue, AdvisoryIndex advisories) {
    String name = c.notebookInstanceLifecycleConfigName() == null ? id : c.notebookInstanceLifecycleConfigName();
    Map<String, String> scripts = new LinkedHashMap<>();
    hooks(c).forEach((hook, content) -> scripts.put(name + "/" + hook, content));
    return installs(scripts, catalogue, advisories);
  }

  /** The hooks' base64 contents by hook, {@code OnCreate[0]}, {@code OnStart[0]}. */
  private static Map<String, String> hooks(DescribeNotebookInstanceLifecycleConfigResponse c) {
    Map<String, String> scripts = new LinkedHashMap<>();
    for (String hook : List.of("OnCreate", "OnStart")) {
      List<NotebookInstanceLifecycleHook> hooks = hook.equals("OnCreate") ? c.onCreate() : c.onStart();
      for (int i = 0; i < hooks.size(); i++) {
        if (hooks.get(i).content() != null) {
          scripts.put(hook + "[" + i + "]", hooks.get(i).content());
        }
      }
    }
    return scripts;
  }

  /**
   * Base64 scripts as SageMaker returns them, judged line by line for secrets; a line is named by
   * its script ({@code OnStart[0] line 12}). Every principal allowed to describe the configuration
   * reads the scripts in clear.
   */
  static SettingSecrets.Report secrets(Map<String, String> base64ByName, String where) {
    Decoded d = decode(base64ByName);
    return ScriptSecrets.report(d.scripts(), d.unreadable(), where);
  }

  /**
   * The installs of base64 scripts as SageMaker returns them (notebook instance hooks, Studio
   * configurations), by the name evidence gives each; one that is not base64 is unread.
   */
  static StartupScriptInstalls.Report installs(Map<String, String> base64ByName, AiCatalogue catalogue,
      AdvisoryIndex advisories) {
    Decoded d = decode(base64ByName);
    return StartupScriptInstalls.read(d.scripts(), d.unreadable(), catalogue, advisories);
  }

  /** Scripts decoded by name, and how many were not base64. */
  private record Decoded(Map<String, String> scripts, int unreadable) {}

  private static Decoded decode(Map<String, String> base64ByName) {
    Map<String, String> scripts = new LinkedHashMap<>();
    int unreadable = 0;
    for (var e : base64ByName.entrySet()) {
      byte[] bytes = Base64Scripts.decode(e.getValue());
      if (bytes == null) {
        unreadable++;
      } else {
        scripts.put(e.getKey(), new String(bytes, StandardCharsets.UTF_8));
      }
    }
    return new Decoded(scripts, unreadable);
  }

  /** The configuration's ARN from its name, as a notebook that names it must link to. */
  static String id(ScopeKey scope, String name) {
    return AwsIds.sagemakerArn(scope.region(), scope.account(), "notebook-instance-lifecycle-config", name);
  }
}
