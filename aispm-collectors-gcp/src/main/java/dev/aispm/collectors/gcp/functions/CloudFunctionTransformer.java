package dev.aispm.collectors.gcp.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.AiProviderSettings;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.SettingValues;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.gcp.functions.CloudFunctionSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Cloud Functions (v2 API) into function nodes with the service account they run as, their
 * exposure, the names (never values) of their environment variables, and what their source and
 * environment show: AI packages, AI use, advisories. Absent {@code ingressSettings} is ALLOW_ALL,
 * as the API reference defaults it; ALLOW_INTERNAL_AND_GCLB leaves reachability unknown, since a
 * load balancer in front may or may not be public.
 */
public final class CloudFunctionTransformer {
  private CloudFunctionTransformer() {}

  /**
   * One function as read.
   *
   * @param function      the v2 Function resource
   * @param invokerPublic whether its Cloud Run service admits allUsers/allAuthenticatedUsers; unknown when unread
   * @param code          what reading the source archive found, or why it was not read
   * @param images        the container images of the Cloud Run service that serves a 2nd gen function (the
   *                      image its build produced), empty when that service was not listed
   */
  public record FunctionView(JsonNode function, Read<Boolean> invokerPublic, CodeReport code, List<String> images) {
    /** A function whose serving service's images are not known. */
    public FunctionView(JsonNode function, Read<Boolean> invokerPublic, CodeReport code) {
      this(function, invokerPublic, code, List.of());
    }
  }

  public static WriteBatch transform(List<FunctionView> views, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (FunctionView v : views) {
      JsonNode f = v.function();
      String name = text(f, "name");
      if (name == null) {
        throw new IllegalStateException("Cloud Function without a name");
      }
      String id = "//cloudfunctions.googleapis.com/" + name;
      JsonNode service = f.path("serviceConfig");
      JsonNode build = f.path("buildConfig");
      String ingress = text(service, "ingressSettings") == null ? "ALLOW_ALL" : text(service, "ingressSettings");
      Boolean reachable = switch (ingress) {
        case "ALLOW_ALL" -> v.invokerPublic().known() ? v.invokerPublic().value() : null;
        case "ALLOW_INTERNAL_ONLY" -> Boolean.FALSE;
        default -> null;
      };
      List<String> env = environmentNames(f);
      String sa = text(service, "serviceAccountEmail");
      JsonNode storage = build.path("source").path("storageSource");
      String source = text(storage, "bucket") == null ? null : "gs://" + text(storage, "bucket") + "/"
          + text(storage, "object") + (text(storage, "generation") == null ? "" : "#" + text(storage, "generation"));
      CodeReport code = v.code().withEvidence(AiProviderSettings.evidence(env, "environment of function "
          + GcpIds.lastSegment(name)));
      out.node(CloudFunctionSchema.NODE, NodeRecord.of(id, scope)
          .set("name", GcpIds.lastSegment(name))
          .set("location", location(name))
          .set("environment", text(f, "environment"))
          .set("state", text(f, "state"))
          .set("runtime", text(build, "runtime"))
          .set("entryPoint", text(build, "entryPoint"))
          .set("serviceAccount", sa)
          .set("ingressSettings", ingress)
          .set("invokerPublic", v.invokerPublic().known() ? v.invokerPublic().value() : null)
          .set("internetReachable", reachable)
          .set("cloudRunService", text(service, "service"))
          .set("images", v.images().isEmpty() ? null : List.copyOf(v.images()))
          .set("sourceUri", source)
          .set("environmentVariableNames", env)
          .set("aiProviderSettings", AiProviderSettings.aiNames(env))
          .properties(b -> SettingSecrets.write(b, SettingSecrets.report(environmentValues(f),
              "cloud function " + GcpIds.lastSegment(name) + " environment")))
          .set("codeScan", code.status())
          .set("codeScanError", code.error())
          .set("codeScanFindings", code.status().equals(CodeReport.SCANNED) ? code.contentFindings() : null)
          .build());
      // Vertex AI is Google Cloud's managed AI service: its use shows in Vertex AI's inventory and logs.
      SupplyChainGraph.write(out, id, code, scope, CloudFunctionSchema.USES_PACKAGE, CloudFunctionSchema.USES_AI,
          "vertex");
      if (sa != null) {
        out.rel(CloudFunctionSchema.RUNS_AS, RelRecord.of(id, GcpIds.serviceAccount(sa), scope)
            .withTargetStub(Map.of("name", sa, "email", sa)));
      }
      if (Boolean.TRUE.equals(reachable)) {
        out.node(CommonSchemas.INTERNET, GcpIds.internet());
        out.rel(CloudFunctionSchema.INTERNET_CAN_REACH,
            RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, Map.of("via", "publicInvoker")));
      }
    }
    return out;
  }

  /**
   * The runtime and build variables' values, named {@code serviceConfig.environmentVariables.NAME}
   * and {@code buildConfig.environmentVariables.NAME}, for the secret scanner only; secret-backed
   * variables are references and have none.
   */
  static Map<String, String> environmentValues(JsonNode f) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String config : List.of("serviceConfig", "buildConfig")) {
      out.putAll(SettingValues.fromObject(f.path(config).path("environmentVariables"),
          config + ".environmentVariables."));
    }
    return out;
  }


  /** Runtime, build and secret-backed variable names, each once; values go to the secret scanner only. */
  static List<String> environmentNames(JsonNode f) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode vars : List.of(f.path("serviceConfig").path("environmentVariables"),
        f.path("buildConfig").path("environmentVariables"))) {
      for (Iterator<String> it = vars.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
    }
    for (JsonNode s : f.path("serviceConfig").path("secretEnvironmentVariables")) {
      if (text(s, "key") != null) {
        names.add(text(s, "key"));
      }
    }
    return new ArrayList<>(names);
  }

  /** The gs:// source of a function, or null when it has none in Cloud Storage (a repository source). */
  public static GcpIds.GsUri source(JsonNode f) {
    JsonNode storage = f.path("buildConfig").path("source").path("storageSource");
    String bucket = text(storage, "bucket");
    String object = text(storage, "object");
    return bucket == null || object == null ? null : new GcpIds.GsUri(bucket, object);
  }

  /** The generation pinned by the source, or null. */
  public static Long generation(JsonNode f) {
    String g = text(f.path("buildConfig").path("source").path("storageSource"), "generation");
    try {
      return g == null ? null : Long.valueOf(g);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String location(String name) {
    String[] parts = name.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals("locations")) {
        return parts[i + 1];
      }
    }
    return null;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() || v.asText().isEmpty() ? null : v.asText();
  }
}
