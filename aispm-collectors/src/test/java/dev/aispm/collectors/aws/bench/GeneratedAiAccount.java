package dev.aispm.collectors.aws.bench;

import dev.aispm.simulator.aws.AwsAnswer;
import dev.aispm.simulator.aws.AwsCall;
import dev.aispm.simulator.aws.AwsResponder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated account with many SageMaker and Bedrock resources, answered in code with real paging
 * (SageMaker's NextToken in the JSON body, Bedrock's nextToken in the query string, 100 per page)
 * so the benchmark measures the collector's call pattern over both services, not a shortcut.
 * Shapes follow the SageMaker and Bedrock API references like the organization's files do.
 */
final class GeneratedAiAccount implements AwsResponder {
  static final String ACCOUNT = "333333333333";
  static final String ACCESS_KEY = "AKIABENCHMARK0000001";
  private static final Pattern NEXT = Pattern.compile("\"NextToken\"\\s*:\\s*\"(\\d+)\"");
  private static final Pattern QUERY_NEXT = Pattern.compile("(?:^|&)nextToken=(\\d+)");
  private static final String JSON = "application/x-amz-json-1.1";
  private static final int PAGE = 100;

  /** SageMaker notebooks, training jobs, models, endpoints; Bedrock custom models, customization jobs,
   *  imported models, guardrails. */
  static final int TYPES = 8;

  private final int perType;

  GeneratedAiAccount(int perType) {
    this.perType = perType;
  }

  @Override
  public Optional<AwsAnswer> answer(AwsCall call) {
    if (!call.account().equals(ACCOUNT)) {
      return Optional.empty();
    }
    if (call.operation().equals("ListBuckets")) {
      return Optional.of(AwsAnswer.ok("application/xml", "<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/"
          + "2006-03-01/\"><Buckets/></ListAllMyBucketsResult>"));
    }
    if (call.service().equals("bedrock")) {
      return Optional.ofNullable(bedrock(call));
    }
    if (!call.service().equals("sagemaker")) {
      return Optional.empty();
    }
    String r = call.region();
    String name = call.params().values().stream().findFirst().orElse("");
    return Optional.ofNullable(switch (call.operation()) {
      case "ListNotebookInstances" -> page(call, "NotebookInstances", i -> "{\"NotebookInstanceName\":\"nb-" + i
          + "\",\"NotebookInstanceArn\":\"" + arn(r, "notebook-instance", "nb-" + i) + "\",\"CreationTime\":1704103200}");
      case "DescribeNotebookInstance" -> json("{\"NotebookInstanceArn\":\"" + arn(r, "notebook-instance", name)
          + "\",\"NotebookInstanceName\":\"" + name + "\",\"NotebookInstanceStatus\":\"InService\","
          + "\"InstanceType\":\"ml.t3.medium\",\"RoleArn\":\"arn:aws:iam::" + ACCOUNT + ":role/nb-role\","
          + "\"DirectInternetAccess\":\"" + (name.hashCode() % 2 == 0 ? "Enabled" : "Disabled") + "\","
          + "\"RootAccess\":\"Enabled\",\"CreationTime\":1704103200}");
      case "ListTrainingJobs" -> page(call, "TrainingJobSummaries", i -> "{\"TrainingJobName\":\"job-" + i
          + "\",\"TrainingJobArn\":\"" + arn(r, "training-job", "job-" + i)
          + "\",\"CreationTime\":1704103200,\"TrainingJobStatus\":\"Completed\"}");
      case "DescribeTrainingJob" -> json("{\"TrainingJobName\":\"" + name + "\",\"TrainingJobArn\":\""
          + arn(r, "training-job", name) + "\",\"ModelArtifacts\":{\"S3ModelArtifacts\":\"s3://bench-models/" + name
          + "/model.tar.gz\"},\"TrainingJobStatus\":\"Completed\",\"SecondaryStatus\":\"Completed\","
          + "\"RoleArn\":\"arn:aws:iam::" + ACCOUNT + ":role/train-role\",\"InputDataConfig\":[{\"ChannelName\":\"train\","
          + "\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\",\"S3Uri\":\"s3://bench-data/" + name
          + "/\"}}}],\"OutputDataConfig\":{\"S3OutputPath\":\"s3://bench-models/" + name + "/\"},"
          + "\"StoppingCondition\":{\"MaxRuntimeInSeconds\":3600},\"CreationTime\":1704103200}");
      case "ListModels" -> page(call, "Models", i -> "{\"ModelName\":\"model-" + i + "\",\"ModelArn\":\""
          + arn(r, "model", "model-" + i) + "\",\"CreationTime\":1704103200}");
      case "DescribeModel" -> json("{\"ModelName\":\"" + name + "\",\"ModelArn\":\"" + arn(r, "model", name)
          + "\",\"PrimaryContainer\":{\"Image\":\"img\",\"ModelDataUrl\":\"s3://bench-models/job-"
          + name.substring(name.indexOf('-') + 1) + "/model.tar.gz\"},\"ExecutionRoleArn\":\"arn:aws:iam::" + ACCOUNT
          + ":role/model-role\",\"CreationTime\":1704103200}");
      case "ListEndpoints" -> page(call, "Endpoints", i -> "{\"EndpointName\":\"ep-" + i + "\",\"EndpointArn\":\""
          + arn(r, "endpoint", "ep-" + i) + "\",\"CreationTime\":1704103200,\"LastModifiedTime\":1704103200,"
          + "\"EndpointStatus\":\"InService\"}");
      case "DescribeEndpoint" -> json("{\"EndpointName\":\"" + name + "\",\"EndpointArn\":\"" + arn(r, "endpoint", name)
          + "\",\"EndpointConfigName\":\"cfg-" + name.substring(3) + "\",\"EndpointStatus\":\"InService\","
          + "\"CreationTime\":1704103200,\"LastModifiedTime\":1704103200}");
      case "DescribeEndpointConfig" -> json("{\"EndpointConfigName\":\"" + name + "\",\"EndpointConfigArn\":\""
          + arn(r, "endpoint-config", name) + "\",\"ProductionVariants\":[{\"VariantName\":\"AllTraffic\","
          + "\"ModelName\":\"model-" + name.substring(4) + "\"}],\"CreationTime\":1704103200}");
      default -> json("{}");
    });
  }

  /** Bedrock control plane: customized, imported models and guardrails; other operations are empty. */
  private AwsAnswer bedrock(AwsCall call) {
    String r = call.region();
    String id = call.params().values().stream().findFirst().map(v -> v.substring(v.lastIndexOf('/') + 1)).orElse("");
    String n = id.replaceAll("\\D", "");
    String base = "arn:aws:bedrock:" + r + "::foundation-model/amazon.titan-text-express-v1:0:8k";
    return switch (call.operation()) {
      case "ListCustomModels" -> page(call, "modelSummaries", i -> "{\"modelArn\":\"" + bedrockArn(r, "custom-model",
          "cm" + i) + "\",\"modelName\":\"custom-" + i + "\",\"creationTime\":\"2024-03-04T09:30:00Z\","
          + "\"baseModelArn\":\"" + base + "\",\"customizationType\":\"FINE_TUNING\",\"modelStatus\":\"Active\"}");
      case "GetCustomModel" -> json("{\"modelArn\":\"" + bedrockArn(r, "custom-model", id) + "\",\"modelName\":"
          + "\"custom-" + n + "\",\"jobArn\":\"" + bedrockArn(r, "model-customization-job", "job" + n) + "\","
          + "\"baseModelArn\":\"" + base + "\",\"customizationType\":\"FINE_TUNING\",\"trainingDataConfig\":"
          + "{\"s3Uri\":\"s3://bench-bedrock-data/" + n + "/\"},\"outputDataConfig\":{\"s3Uri\":"
          + "\"s3://bench-bedrock-models/" + n + "/\"},\"creationTime\":\"2024-03-04T09:30:00Z\",\"modelStatus\":\"Active\"}");
      case "ListModelCustomizationJobs" -> page(call, "modelCustomizationJobSummaries", i -> "{\"jobArn\":\""
          + bedrockArn(r, "model-customization-job", "job" + i) + "\",\"jobName\":\"ft-job-" + i + "\","
          + "\"baseModelArn\":\"" + base + "\",\"status\":\"Completed\",\"creationTime\":\"2024-03-04T07:00:00Z\"}");
      case "GetModelCustomizationJob" -> json("{\"jobArn\":\"" + bedrockArn(r, "model-customization-job", id)
          + "\",\"jobName\":\"ft-job-" + n + "\",\"outputModelName\":\"custom-" + n + "\",\"outputModelArn\":\""
          + bedrockArn(r, "custom-model", "cm" + n) + "\",\"roleArn\":\"arn:aws:iam::" + ACCOUNT
          + ":role/bedrock-ft-role\",\"status\":\"Completed\",\"creationTime\":\"2024-03-04T07:00:00Z\","
          + "\"baseModelArn\":\"" + base + "\",\"trainingDataConfig\":{\"s3Uri\":\"s3://bench-bedrock-data/" + n
          + "/\"},\"outputDataConfig\":{\"s3Uri\":\"s3://bench-bedrock-models/" + n + "/\"},"
          + "\"customizationType\":\"FINE_TUNING\"}");
      case "ListImportedModels" -> page(call, "modelSummaries", i -> "{\"modelArn\":\"" + bedrockArn(r,
          "imported-model", "im" + i) + "\",\"modelName\":\"imported-" + i + "\",\"creationTime\":"
          + "\"2024-07-01T09:00:00Z\",\"modelArchitecture\":\"llama3\"}");
      case "GetImportedModel" -> json("{\"modelArn\":\"" + bedrockArn(r, "imported-model", id) + "\",\"modelName\":"
          + "\"imported-" + n + "\",\"modelDataSource\":{\"s3DataSource\":{\"s3Uri\":\"s3://bench-bedrock-models/"
          + "imports/" + n + "/\"}},\"creationTime\":\"2024-07-01T09:00:00Z\",\"modelArchitecture\":\"llama3\"}");
      case "ListGuardrails" -> page(call, "guardrails", i -> "{\"id\":\"gr" + i + "\",\"arn\":\""
          + bedrockArn(r, "guardrail", "gr" + i) + "\",\"status\":\"READY\",\"name\":\"guardrail-" + i + "\","
          + "\"version\":\"DRAFT\",\"createdAt\":\"2024-04-01T10:00:00Z\",\"updatedAt\":\"2024-04-01T10:00:00Z\"}");
      case "GetGuardrail" -> json("{\"name\":\"guardrail-" + n + "\",\"guardrailId\":\"" + id + "\",\"guardrailArn\":\""
          + bedrockArn(r, "guardrail", id) + "\",\"version\":\"DRAFT\",\"status\":\"READY\",\"contentPolicy\":"
          + "{\"filters\":[{\"type\":\"PROMPT_ATTACK\",\"inputStrength\":\"HIGH\",\"outputStrength\":\"NONE\"}]},"
          + "\"blockedInputMessaging\":\"Blocked.\",\"blockedOutputsMessaging\":\"Blocked.\","
          + "\"createdAt\":\"2024-04-01T10:00:00Z\",\"updatedAt\":\"2024-04-01T10:00:00Z\"}");
      default -> json("{}");
    };
  }

  private static String bedrockArn(String region, String kind, String name) {
    return "arn:aws:bedrock:" + region + ":" + ACCOUNT + ":" + kind + "/" + name;
  }

  private AwsAnswer page(AwsCall call, String member, java.util.function.IntFunction<String> item) {
    boolean rest = call.protocol() == AwsCall.Protocol.REST_JSON;
    Matcher m = rest ? QUERY_NEXT.matcher(call.query()) : NEXT.matcher(new String(call.body(), StandardCharsets.UTF_8));
    int from = m.find() ? Integer.parseInt(m.group(1)) : 0;
    int to = Math.min(perType, from + PAGE);
    StringBuilder b = new StringBuilder("{\"").append(member).append("\":[");
    for (int i = from; i < to; i++) {
      if (i > from) {
        b.append(',');
      }
      b.append(item.apply(i));
    }
    b.append(']');
    if (to < perType) {
      b.append(rest ? ",\"nextToken\":\"" : ",\"NextToken\":\"").append(to).append('"');
    }
    return rest ? AwsAnswer.ok("application/json", b.append('}').toString()) : json(b.append('}').toString());
  }

  private static String arn(String region, String kind, String name) {
    return "arn:aws:sagemaker:" + region + ":" + ACCOUNT + ":" + kind + "/" + name;
  }

  private static AwsAnswer json(String body) {
    return AwsAnswer.ok(JSON, body);
  }
}
