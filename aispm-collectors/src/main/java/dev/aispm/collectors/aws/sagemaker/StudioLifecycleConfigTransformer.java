package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.StartupScriptInstalls;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.aws.sagemaker.StudioLifecycleConfigSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeStudioLifecycleConfigResponse;

/**
 * Turns DescribeStudioLifecycleConfig answers into configuration nodes: what
 * {@link LifecycleScripts} finds in the script and the AI packages it installs, as for a notebook
 * instance's configuration, never the script itself. Domains and user profiles reach them through
 * {@code USES_LIFECYCLE_CONFIG} ({@link DomainTransformer}).
 */
public final class StudioLifecycleConfigTransformer {
  private StudioLifecycleConfigTransformer() {}

  public static WriteBatch transform(List<DescribeStudioLifecycleConfigResponse> raw, AiCatalogue catalogue,
      AdvisoryIndex advisories, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (DescribeStudioLifecycleConfigResponse c : raw) {
      String name = c.studioLifecycleConfigName();
      String id = c.studioLifecycleConfigArn() != null ? c.studioLifecycleConfigArn()
          : name == null ? null : AwsIds.sagemakerArn(scope.region(), scope.account(), "studio-lifecycle-config", name);
      if (id == null) {
        continue;
      }
      List<String> contents = new ArrayList<>();
      if (c.studioLifecycleConfigContent() != null) {
        contents.add(c.studioLifecycleConfigContent());
      }
      LifecycleScripts.Findings f = LifecycleScripts.analyse(contents);
      Map<String, String> scripts = new LinkedHashMap<>();
      if (!contents.isEmpty()) {
        scripts.put((name == null ? id : name) + "/" + c.studioLifecycleConfigAppTypeAsString(), contents.get(0));
      }
      StartupScriptInstalls.Report installs = LifecycleConfigTransformer.installs(scripts, catalogue, advisories);
      SettingSecrets.Report secrets = LifecycleConfigTransformer.secrets(
          contents.isEmpty() ? Map.of() : Map.of("Content", contents.get(0)), "sagemaker studio lifecycle config " + name);
      out.node(StudioLifecycleConfigSchema.NODE, installs.describe(SettingSecrets.write(NodeRecord.of(id, scope), secrets)
          .set("name", name)
          .set("appType", c.studioLifecycleConfigAppTypeAsString())
          .set("remoteScriptExecution", f.remoteExecution())
          .set("riskyPatterns", f.patterns())
          .set("downloadUrls", f.urls().isEmpty() ? null : f.urls())
          .set("scriptSha256", f.sha256())
          .set("createdAt", c.creationTime())
          .set("lastModifiedAt", c.lastModifiedTime())).build());
      SupplyChainGraph.write(out, id, installs.code(), scope, StudioLifecycleConfigSchema.USES_PACKAGE,
          StudioLifecycleConfigSchema.USES_AI, "sagemaker");
    }
    return out;
  }
}
