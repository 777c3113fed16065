package dev.aispm.collectors.azure.machinelearning;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code environmentVariables} of an Azure ML job or deployment, which the workspace's
 * resource API answers in clear to every reader of the workspace: a key set there (an
 * {@code HF_TOKEN} on an online deployment, a tracking key on a command job) is judged by the
 * secret scanner, and only its fingerprint and preview are kept.
 */
final class MlSettings {
  private MlSettings() {}

  /** The values, named {@code environmentVariables.NAME}, for the secret scanner only. */
  static Map<String, String> values(JsonNode properties) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.path("environmentVariables").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isTextual()) {
        out.put("environmentVariables." + e.getKey(), e.getValue().asText());
      }
    }
    return out;
  }
}
