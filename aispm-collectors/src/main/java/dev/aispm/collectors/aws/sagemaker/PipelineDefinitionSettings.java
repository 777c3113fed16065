package dev.aispm.collectors.aws.sagemaker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.content.SettingSecrets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineResponse;

/**
 * The settings of a SageMaker pipeline definition (DescribePipeline's {@code PipelineDefinition}, a
 * JSON document): every string in it, named by its path. A definition is where a training step's
 * hyperparameters, a processing step's environment and container arguments, a model step's
 * container environment and the parameters' default values are written, so a token passed to any
 * step is readable by every principal allowed {@code sagemaker:DescribePipeline}, for as long as
 * the pipeline version exists. Steps and parameters are named by their {@code Name}
 * ({@code Steps[Train].Arguments.HyperParameters.wandb_api_key},
 * {@code Parameters[HfToken].DefaultValue}), other list items by position. References
 * ({@code {"Get": "Parameters.X"}}, {@code Std:JsonGet}) are paths, not values, and are passed
 * over; the literal parts of a {@code Std:Join} are values.
 */
final class PipelineDefinitionSettings {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PipelineDefinitionSettings() {}

  /** Judges a described pipeline's definition; a definition that is missing or not JSON is not judged. */
  static SettingSecrets.Report report(DescribePipelineResponse pipeline) {
    String where = "sagemaker pipeline " + pipeline.pipelineName() + " definition";
    String definition = pipeline.pipelineDefinition();
    if (definition == null || definition.isBlank()) {
      return SettingSecrets.Report.notRead("DescribePipeline answered no definition");
    }
    JsonNode root;
    try {
      root = JSON.readTree(definition);
    } catch (JsonProcessingException e) {
      // Not the parser's message: it quotes the text around the error, which may be a secret.
      return new SettingSecrets.Report(SettingSecrets.Report.FAILED, "the " + where + " is not JSON", List.of());
    }
    return SettingSecrets.report(strings(root), where);
  }

  /** Every string of {@code root} by its path, in document order. */
  static Map<String, String> strings(JsonNode root) {
    Map<String, String> out = new LinkedHashMap<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(JsonNode node, String path, Map<String, String> out) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      // Hyperparameters are JSON-quoted by the SageMaker Python SDK, here as in a training job.
      out.put(path.isEmpty() ? "." : path, SageMakerSettings.unquoted(node.textValue()));
    } else if (node.isObject()) {
      if (node.has("Get") || node.has("Std:JsonGet")) {
        // A reference to a parameter, a step's property or a property file: a path, not a value.
        return;
      }
      JsonNode join = node.get("Std:Join");
      if (join != null && join.isObject()) {
        // The literal parts of a join are values; its separator is not.
        collect(join.get("Values"), path + ".Std:Join.Values", out);
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
      }
    } else if (node.isArray()) {
      Set<String> named = new HashSet<>();
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        JsonNode name = item.get("Name");
        // A name given twice would make two items one setting; the second goes by its position.
        String key = name != null && name.isTextual() && !name.textValue().isEmpty() && named.add(name.textValue())
            ? name.textValue() : Integer.toString(i);
        collect(item, path + "[" + key + "]", out);
      }
    }
  }
}
