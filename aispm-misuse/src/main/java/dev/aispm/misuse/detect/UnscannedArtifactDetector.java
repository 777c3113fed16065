package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A model deployed or registered from an artifact the content scan never read, or one it flagged
 * (malicious, suspicious, unparseable): a serialized model runs code when loaded, so an artifact
 * nobody scanned is a supply-chain door. The artifact is the location the create call names
 * (SageMaker {@code modelDataUrl}, a Bedrock import's {@code s3Uri}, Vertex AI's
 * {@code artifactUri}, Azure ML's {@code modelUri}); a prefix counts as scanned only when every
 * artifact the scan read under it is clean.
 */
public final class UnscannedArtifactDetector implements Detector {
  public static final String ID = "misuse_model_deployed_from_unscanned_artifact";

  private static final Set<String> AWS_ACTIONS = Set.of("CreateModel", "CreateModelPackage",
      "CreateModelImportJob", "CreateCustomModel");
  private static final Set<String> ARTIFACT_PARAMS = Set.of("modelDataUrl", "s3Uri", "artifactUri", "modelUri",
      "S3Uri");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void inspect(ActivityEvent e, DetectionContext ctx, Consumer<Detection> out) {
    if (!e.succeeded() || !deploys(e)) {
      return;
    }
    for (Map.Entry<String, String> p : e.params().entrySet()) {
      String leaf = p.getKey().substring(p.getKey().lastIndexOf('.') + 1);
      if (!ARTIFACT_PARAMS.contains(leaf) || !isObjectUri(p.getValue())) {
        continue;
      }
      String uri = p.getValue();
      String verdict = verdict(uri, ctx.assets().artifactVerdicts());
      if (!"clean".equals(verdict)) {
        String why = verdict == null ? "which the content scan never read"
            : "which the content scan flagged as " + verdict;
        out.accept(new Detection(ID, e, e.principal(), uri, "artifact",
            e.principal() + " deployed a model (" + e.action() + ") from " + uri + ", " + why));
      }
    }
  }

  static boolean deploys(ActivityEvent e) {
    return switch (e.provider()) {
      case "aws" -> AWS_ACTIONS.contains(e.action());
      case "gcp" -> e.action().endsWith("ModelService.UploadModel");
      case "azure" -> e.action().toLowerCase(Locale.ROOT)
          .equals("microsoft.machinelearningservices/workspaces/models/versions/write");
      default -> false;
    };
  }

  private static boolean isObjectUri(String v) {
    return v.startsWith("s3://") || v.startsWith("gs://") || v.startsWith("https://") || v.startsWith("azureml://");
  }

  /** clean, a worse verdict, or null when nothing under {@code uri} was scanned. */
  static String verdict(String uri, Map<String, String> verdicts) {
    String exact = verdicts.get(uri);
    if (exact != null) {
      return exact;
    }
    String prefix = uri.endsWith("/") ? uri : uri + "/";
    String worst = null;
    for (Map.Entry<String, String> v : verdicts.entrySet()) {
      if (v.getKey().startsWith(prefix)) {
        if (!"clean".equals(v.getValue())) {
          return v.getValue();
        }
        worst = "clean";
      }
    }
    return worst;
  }
}
