package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.Locale;
import java.util.Set;

/**
 * Which events are calls of a model's inference API, and which model they call, as the graph
 * names it: Bedrock foundation models by their ARN, SageMaker endpoints by their ARN, Azure and
 * Vertex AI endpoints by their resource id or name.
 */
public final class ModelCalls {
  private static final Set<String> BEDROCK = Set.of("InvokeModel", "InvokeModelWithResponseStream",
      "Converse", "ConverseStream", "InvokeModelWithBidirectionalStream");
  private static final Set<String> SAGEMAKER = Set.of("InvokeEndpoint", "InvokeEndpointAsync",
      "InvokeEndpointWithResponseStream");

  private ModelCalls() {}

  /** The id of the model {@code e} invokes, or null when it is not an inference call. */
  public static String modelOf(ActivityEvent e) {
    switch (e.provider()) {
      case "aws" -> {
        if ("bedrock.amazonaws.com".equals(e.service()) && BEDROCK.contains(e.action())) {
          String id = e.firstParam("modelId");
          if (id == null) {
            return null;
          }
          return id.startsWith("arn:") ? id : "arn:aws:bedrock:" + e.region() + "::foundation-model/" + id;
        }
        if ("sagemaker.amazonaws.com".equals(e.service()) && SAGEMAKER.contains(e.action())) {
          for (String r : e.resources()) {
            if (r.contains(":endpoint/")) {
              return r;
            }
          }
          String name = e.firstParam("endpointName");
          // SageMaker endpoint ARNs carry the name in lower case.
          return name == null ? null : "arn:aws:sagemaker:" + e.region() + ":" + e.account() + ":endpoint/"
              + name.toLowerCase(Locale.ROOT);
        }
        return null;
      }
      case "azure" -> {
        String a = e.action().toLowerCase(Locale.ROOT);
        boolean inference = a.endsWith("/chat/completions/action") || a.endsWith("/completions/action")
            || a.endsWith("/embeddings/action") || a.endsWith("/onlineendpoints/score/action")
            || a.endsWith("/responses/action");
        return inference && !e.resources().isEmpty() ? e.resources().get(0) : null;
      }
      case "gcp" -> {
        boolean inference = "aiplatform.googleapis.com".equals(e.service())
            && e.action().contains("PredictionService.");
        return inference && !e.resources().isEmpty() ? e.resources().get(0) : null;
      }
      default -> {
        return null;
      }
    }
  }
}
