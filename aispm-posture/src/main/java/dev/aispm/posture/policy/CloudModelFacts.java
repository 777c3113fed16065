package dev.aispm.posture.policy;

import dev.aispm.scanners.policy.Dimension;
import dev.aispm.scanners.policy.ModelFacts;
import dev.aispm.scanners.policy.ModelNames;
import dev.aispm.scanners.policy.ScanVerdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a cloud's model node says in the policy's terms. Pure, so every cloud's reading is tested
 * on plain maps. Managed foundation models (Bedrock, Azure OpenAI deployments, Vertex publisher
 * models behind a tuning job) are judged on vendor and base model; models that load files
 * (SageMaker, Bedrock imported models, Azure ML model versions, Vertex models) on where their
 * files and images come from and on the scan verdict of their artifacts.
 */
public final class CloudModelFacts {
  /** The node types judged, each read by {@link #of}. */
  public static final List<String> TYPES = List.of("AWSBedrockFoundationModel", "AWSBedrockCustomModel",
      "AWSBedrockProvisionedThroughput", "AWSBedrockImportedModel", "AWSSageMakerModel",
      "AzureCognitiveServicesDeployment", "AzureMLModelVersion", "VertexModel", "VertexTuningJob");
  private static final Set<Dimension> MANAGED = EnumSet.of(Dimension.VENDOR, Dimension.BASE_MODEL);
  private static final Set<Dimension> FILES = EnumSet.of(Dimension.SOURCE, Dimension.SCAN_VERDICT);
  /** Bedrock cross-region inference profiles prefix the model id with a geography. */
  private static final Set<String> BEDROCK_GEOGRAPHIES = Set.of("us", "eu", "apac", "us-gov", "global", "jp",
      "au", "ca");

  private CloudModelFacts() {}

  /**
   * The facts of one node.
   *
   * @param id            the node's id, for messages
   * @param type          the node's type label
   * @param props         its properties
   * @param scanStatuses  {@code scanStatus} of the artifacts it uses, scanned ones only
   */
  public static ModelFacts of(String id, String type, Map<String, Object> props, List<String> scanStatuses) {
    return switch (type) {
      case "AWSBedrockFoundationModel" -> bedrock(id, text(props, "name") != null ? text(props, "name") : id);
      case "AWSBedrockCustomModel" -> bedrock(id, text(props, "baseModelArn"));
      case "AWSBedrockProvisionedThroughput" -> bedrock(id, text(props, "foundationModelArn"));
      case "AzureCognitiveServicesDeployment" -> new ModelFacts(id, MANAGED, List.of(),
          lower(text(props, "modelFormat")), list(text(props, "modelName")), null, null, null);
      case "VertexTuningJob" -> vertexPublisherModel(id, text(props, "baseModel"));
      case "AWSBedrockImportedModel" -> files(id, scanStatuses, text(props, "modelDataUri"));
      case "AWSSageMakerModel" -> files(id, scanStatuses, text(props, "image"), text(props, "modelDataUrl"));
      case "AzureMLModelVersion" -> files(id, scanStatuses, text(props, "modelUri"));
      case "VertexModel" -> files(id, scanStatuses, text(props, "artifactUri"), text(props, "containerImage"));
      default -> throw new IllegalArgumentException("not a judged model type: " + type);
    };
  }

  /** A Bedrock model id or ARN: the vendor is the id's first part ({@code anthropic.claude-...}). */
  static ModelFacts bedrock(String id, String modelIdOrArn) {
    if (modelIdOrArn == null) {
      return new ModelFacts(id, MANAGED, List.of(), null, List.of(), null, null, null);
    }
    String modelId = modelIdOrArn;
    int slash = modelId.lastIndexOf('/');
    if (modelId.startsWith("arn:") && slash > 0) {
      modelId = modelId.substring(slash + 1);
    }
    String[] parts = modelId.split("\\.");
    int at = parts.length > 2 && BEDROCK_GEOGRAPHIES.contains(parts[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
    String vendor = parts.length > at + 1 ? parts[at].toLowerCase(Locale.ROOT) : null;
    String base = String.join(".", java.util.Arrays.copyOfRange(parts, at, parts.length));
    return new ModelFacts(id, MANAGED, List.of(), vendor, List.of(base), null, null, null);
  }

  /** {@code publishers/VENDOR/models/MODEL}, or a bare Gemini id, which Google publishes. */
  static ModelFacts vertexPublisherModel(String id, String baseModel) {
    if (baseModel == null) {
      return new ModelFacts(id, MANAGED, List.of(), null, List.of(), null, null, null);
    }
    int publishers = baseModel.indexOf("publishers/");
    if (publishers >= 0) {
      String[] p = baseModel.substring(publishers).split("/");
      if (p.length >= 4 && p[2].equals("models")) {
        String model = p[3].contains("@") ? p[3].substring(0, p[3].indexOf('@')) : p[3];
        return new ModelFacts(id, MANAGED, List.of(), lower(p[1]), List.of(model), null, null, null);
      }
    }
    return new ModelFacts(id, MANAGED, List.of(), "google", List.of(baseModel), null, null, null);
  }

  private static ModelFacts files(String id, List<String> scanStatuses, String... sources) {
    List<String> judged = new ArrayList<>();
    for (String s : sources) {
      if (s != null && !s.isBlank()) {
        judged.add(ModelNames.source(s));
      }
    }
    ScanVerdict worst = null;
    for (String status : scanStatuses) {
      ScanVerdict v = ScanVerdict.parse(status);
      if (v != null && (worst == null || v.atLeast(worst))) {
        worst = v;
      }
    }
    return new ModelFacts(id, FILES, judged, null, List.of(), null, null, worst);
  }

  private static String text(Map<String, Object> props, String key) {
    Object v = props.get(key);
    return v == null || v.toString().isBlank() ? null : v.toString();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static List<String> list(String s) {
    return s == null ? List.of() : List.of(s);
  }
}
