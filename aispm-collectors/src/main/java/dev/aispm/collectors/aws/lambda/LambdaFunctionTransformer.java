package dev.aispm.collectors.aws.lambda;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryMatch;
import dev.aispm.scanners.aiusage.AiComponent;
import dev.aispm.scanners.aiusage.AiEvidence;
import dev.aispm.scanners.packages.SoftwarePackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;

/**
 * Turns Lambda functions into function nodes linked to their execution role and, when their code
 * package was read, to the AI packages it holds, the AI use its code shows and the advisories
 * affecting those packages.
 */
public final class LambdaFunctionTransformer {
  private LambdaFunctionTransformer() {}

  /**
   * One function as read: GetFunction's answer, its URL's auth type and what its code held.
   *
   * @param function    GetFunction's answer
   * @param urlAuthType NONE or AWS_IAM, null without a function URL
   * @param code        what reading the code package found, or why it was not read; null when not tried
   */
  public record FunctionView(GetFunctionResponse function, String urlAuthType, CodeReport code) {}

  /** Configurations only (as Bedrock agents' tools are read): function and role. */
  public static WriteBatch transform(List<FunctionConfiguration> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (FunctionConfiguration f : raw) {
      if (f.functionArn() != null) {
        out.node(LambdaFunctionSchema.NODE, function(f, scope).build());
        role(out, f, scope);
      }
    }
    return out;
  }

  /** Whole functions: configuration, function URL exposure and code contents. */
  public static WriteBatch transformViews(List<FunctionView> views, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (FunctionView v : views) {
      FunctionConfiguration f = v.function().configuration();
      if (f == null || f.functionArn() == null) {
        continue;
      }
      String id = f.functionArn();
      NodeRecord.Builder node = function(f, scope)
          .set("codeSize", f.codeSize())
          .set("codeSha256", f.codeSha256())
          .set("functionUrlAuthType", v.urlAuthType());
      CodeReport code = v.code();
      if (code != null) {
        node.set("codeScan", code.status())
            .set("codeScanError", code.error())
            .set("codeScanFindings", code.status().equals(CodeReport.SCANNED) ? code.contentFindings() : null);
        code(out, id, code, scope);
      }
      out.node(LambdaFunctionSchema.NODE, node.build());
      role(out, f, scope);
      if ("NONE".equals(v.urlAuthType())) {
        out.node(CommonSchemas.INTERNET, AwsIds.internet());
        out.rel(LambdaFunctionSchema.INTERNET_CAN_REACH,
            RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, Map.of("via", "functionUrl")));
      }
    }
    return out;
  }

  private static NodeRecord.Builder function(FunctionConfiguration f, ScopeKey scope) {
    boolean vpc = f.vpcConfig() != null && f.vpcConfig().hasSubnetIds() && !f.vpcConfig().subnetIds().isEmpty();
    return NodeRecord.of(f.functionArn(), scope)
        .set("name", f.functionName())
        .set("runtime", f.runtimeAsString())
        .set("packageType", f.packageTypeAsString())
        .set("roleArn", f.role())
        .set("kmsKeyId", f.kmsKeyArn())
        .set("subnetIds", vpc ? f.vpcConfig().subnetIds() : null)
        .set("lastModified", f.lastModified());
  }

  private static void role(WriteBatch out, FunctionConfiguration f, ScopeKey scope) {
    if (f.role() != null) {
      out.rel(LambdaFunctionSchema.RUNS_AS, AwsIds.toRole(f.functionArn(), f.role(), scope));
    }
  }

  /**
   * Packages, AI use and advisories. A package several records list (its dist-info and a
   * requirements pin) is one node per version, where first seen.
   */
  private static void code(WriteBatch out, String fnId, CodeReport code, ScopeKey scope) {
    Map<String, String> packageIds = new LinkedHashMap<>();
    for (var e : code.aiPackages().entrySet()) {
      SoftwarePackage p = e.getKey();
      AiComponent c = e.getValue();
      String pkgId = fnId + "#package/" + p.purl();
      if (packageIds.putIfAbsent(p.purl(), pkgId) != null) {
        continue;
      }
      out.node(SoftwarePackageSchema.NODE, NodeRecord.of(pkgId, scope)
          .set("ecosystem", p.ecosystem().osvName())
          .set("name", p.name())
          .set("version", p.version())
          .set("purl", p.purl())
          .set("aiCategory", c.category())
          .set("component", c.title())
          .set("selfHosted", c.selfHosted())
          .set("record", p.source())
          .set("location", p.location())
          .build());
      out.rel(LambdaFunctionSchema.USES_PACKAGE, RelRecord.of(fnId, pkgId, scope));
      usage(out, fnId, "package", p.name(), c.title(), c.category(), List.of(p.location()), scope);
    }
    Map<String, List<AiEvidence>> byUse = new LinkedHashMap<>();
    for (AiEvidence e : code.evidence()) {
      byUse.computeIfAbsent(e.kind() + "/" + e.subject(), k -> new ArrayList<>()).add(e);
    }
    for (List<AiEvidence> same : byUse.values()) {
      AiEvidence first = same.get(0);
      usage(out, fnId, first.kind(), first.subject(), first.component(), first.category(),
          same.stream().map(e -> e.line() > 0 ? e.location() + ":" + e.line() : e.location()).distinct().toList(),
          scope);
    }
    for (AdvisoryMatch m : code.vulnerabilities()) {
      String pkgId = packageIds.get(m.pkg().purl());
      if (pkgId == null) {
        continue;
      }
      var a = m.advisory();
      String advId = pkgId + "#advisory/" + a.id();
      out.node(AdvisorySchema.NODE, NodeRecord.of(advId, scope)
          .set("advisoryId", a.id())
          .set("aliases", a.aliases().isEmpty() ? null : a.aliases())
          .set("summary", a.summary().isEmpty() ? null : a.summary())
          .set("severity", m.severity().name().toLowerCase(Locale.ROOT))
          .set("severitySource", a.severity() == null ? "unrated" : "rated")
          .set("fixedVersion", m.fixedVersion())
          .set("package", m.pkg().name())
          .set("version", m.pkg().version())
          .build());
      out.rel(AdvisorySchema.AFFECTED_BY, RelRecord.of(pkgId, advId, scope));
    }
  }

  private static void usage(WriteBatch out, String fnId, String kind, String subject, String component,
      String category, List<String> evidence, ScopeKey scope) {
    String id = fnId + "#ai/" + kind + "/" + subject;
    out.node(AiUsageSchema.NODE, NodeRecord.of(id, scope)
        .set("kind", kind)
        .set("subject", subject)
        .set("component", component)
        .set("category", category)
        // Amazon Bedrock is AWS's managed AI service: its use shows in Bedrock's own inventory and logs.
        .set("managed", component.toLowerCase(Locale.ROOT).contains("bedrock"))
        .set("evidence", evidence)
        .build());
    out.rel(LambdaFunctionSchema.USES_AI, RelRecord.of(fnId, id, scope));
  }
}
