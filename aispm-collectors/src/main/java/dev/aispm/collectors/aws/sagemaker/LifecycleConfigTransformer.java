package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.sagemaker.NotebookLifecycleConfigSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceLifecycleConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.NotebookInstanceLifecycleHook;

/**
 * Turns DescribeNotebookInstanceLifecycleConfig answers into configuration nodes carrying what
 * {@link LifecycleScripts} found, never the scripts (they may hold secrets).
 */
public final class LifecycleConfigTransformer {
  private LifecycleConfigTransformer() {}

  /** @param tags tags by resource ARN; a missing entry means the tags could not be read */
  public static WriteBatch transform(List<DescribeNotebookInstanceLifecycleConfigResponse> raw,
      Map<String, List<String>> tags, ScopeKey scope) {
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
      out.node(NotebookLifecycleConfigSchema.NODE, NodeRecord.of(id, scope)
          .set("name", name)
          .set("onCreateScripts", c.onCreate().size())
          .set("onStartScripts", c.onStart().size())
          .set("remoteScriptExecution", f.remoteExecution())
          .set("riskyPatterns", f.patterns())
          .set("downloadUrls", f.urls().isEmpty() ? null : f.urls())
          .set("scriptSha256", f.sha256())
          .set("createdAt", c.creationTime())
          .set("lastModifiedAt", c.lastModifiedTime())
          .set("tags", tags.get(id))
          .build());
    }
    return out;
  }

  /** The configuration's ARN from its name, as a notebook that names it must link to. */
  static String id(ScopeKey scope, String name) {
    return AwsIds.sagemakerArn(scope.region(), scope.account(), "notebook-instance-lifecycle-config", name);
  }
}
