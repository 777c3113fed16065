package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.content.SettingSecrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;

/**
 * The settings SageMaker's Describe calls answer in clear, named by their place in the answer
 * ({@code PrimaryContainer.Environment.HF_TOKEN}, {@code HyperParameters.wandb_api_key}) so a
 * responder finds the one to rotate, and judged for secrets: a Hugging Face token on a TGI
 * container or a tracking service's key in hyperparameters is readable by every role allowed
 * {@code sagemaker:Describe*}, including read-only auditors.
 */
final class SageMakerSettings {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private SageMakerSettings() {}

  /** A model's containers' environments: the primary container's, or each pipeline container's by position. */
  static SettingSecrets.Report model(DescribeModelResponse m) {
    Map<String, String> all = new LinkedHashMap<>();
    if (m.primaryContainer() != null) {
      add(all, "PrimaryContainer.Environment.", m.primaryContainer().environment());
    }
    if (m.hasContainers()) {
      List<ContainerDefinition> containers = m.containers();
      for (int i = 0; i < containers.size(); i++) {
        add(all, "Containers[" + i + "].Environment.", containers.get(i).environment());
      }
    }
    return SettingSecrets.report(all, "sagemaker model " + m.modelName() + " environment");
  }

  /** A training job's hyperparameters and container environment. */
  static SettingSecrets.Report trainingJob(DescribeTrainingJobResponse job) {
    Map<String, String> all = new LinkedHashMap<>();
    if (job.hyperParameters() != null) {
      job.hyperParameters().forEach((k, v) -> all.put("HyperParameters." + k, unquoted(v)));
    }
    add(all, "Environment.", job.environment());
    return SettingSecrets.report(all, "sagemaker training job " + job.trainingJobName() + " settings");
  }

  /**
   * A tuning job's training job definition(s): the static hyperparameters and environment every
   * training job it launches receives. A job with several definitions names each by position, as
   * {@code TrainingJobDefinitions} lists them.
   */
  static SettingSecrets.Report tuningJob(DescribeHyperParameterTuningJobResponse job) {
    Map<String, String> all = new LinkedHashMap<>();
    definition(all, "TrainingJobDefinition.", job.trainingJobDefinition());
    if (job.hasTrainingJobDefinitions()) {
      List<HyperParameterTrainingJobDefinition> defs = job.trainingJobDefinitions();
      for (int i = 0; i < defs.size(); i++) {
        definition(all, "TrainingJobDefinitions[" + i + "].", defs.get(i));
      }
    }
    return SettingSecrets.report(all, "sagemaker tuning job " + job.hyperParameterTuningJobName() + " settings");
  }

  private static void definition(Map<String, String> all, String prefix, HyperParameterTrainingJobDefinition d) {
    if (d == null) {
      return;
    }
    if (d.hasStaticHyperParameters()) {
      d.staticHyperParameters().forEach((k, v) -> all.put(prefix + "StaticHyperParameters." + k, unquoted(v)));
    }
    add(all, prefix + "Environment.", d.environment());
  }

  /** A processing job's container environment. */
  static SettingSecrets.Report processingJob(DescribeProcessingJobResponse job) {
    Map<String, String> all = new LinkedHashMap<>();
    add(all, "Environment.", job.environment());
    return SettingSecrets.report(all, "sagemaker processing job " + job.processingJobName() + " environment");
  }

  /** A batch transform job's container environment. */
  static SettingSecrets.Report transformJob(DescribeTransformJobResponse job) {
    Map<String, String> all = new LinkedHashMap<>();
    add(all, "Environment.", job.environment());
    return SettingSecrets.report(all, "sagemaker transform job " + job.transformJobName() + " environment");
  }

  /**
   * A hyperparameter's value as the training script receives it. The SageMaker Python SDK stores
   * script-mode hyperparameters JSON-encoded ({@code "\"abc\""}); the quotes would hide a token
   * from a matcher that wants the whole value to be the token.
   */
  static String unquoted(String value) {
    if (value == null || value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
      return value;
    }
    try {
      return JSON.readValue(value, String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return value;
    }
  }

  private static void add(Map<String, String> all, String prefix, Map<String, String> settings) {
    if (settings != null) {
      settings.forEach((k, v) -> all.put(prefix + k, v));
    }
  }
}
