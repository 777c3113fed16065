package dev.aispm.posture.aibom;

import dev.aispm.posture.aibom.AiGraphSlice.Link;
import dev.aispm.posture.aibom.AiGraphSlice.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Hand-built slices of a three-cloud AI estate, with the labels and property names the schema
 * catalogue declares: a SageMaker model trained on personal data and loading a malicious
 * artifact, a Bedrock model fine-tuned from a foundation model, an Azure OpenAI deployment behind
 * a weakened content filter, a Vertex AI model tuned from a vendor model on a managed dataset, and
 * a model whose training job is not in the graph.
 */
final class AiBomSlices {
  static final String SM_MODEL = "arn:aws:sagemaker:us-east-1:111111111111:model/fraud";
  static final String SM_JOB = "arn:aws:sagemaker:us-east-1:111111111111:training-job/fraud-train";
  static final String SM_ARTIFACT = "s3://ml-artifacts/fraud/model.tar.gz";
  static final String SM_DATA = "s3://training-data/fraud/";
  static final String SM_ENDPOINT = "arn:aws:sagemaker:us-east-1:111111111111:endpoint/fraud";
  static final String BUCKET = "arn:aws:s3:::training-data";
  static final String ROLE = "arn:aws:iam::111111111111:role/DataEngineer";
  static final String BR_MODEL = "arn:aws:bedrock:us-east-1:111111111111:custom-model/support";
  static final String BR_JOB = "arn:aws:bedrock:us-east-1:111111111111:model-customization-job/support";
  static final String BR_DATA = "s3://training-data/support/train.jsonl";
  static final String FOUNDATION = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1";
  static final String AZ_DEPLOYMENT = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.CognitiveServices"
      + "/accounts/oai/deployments/chat";
  static final String AZ_ACCOUNT = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.CognitiveServices"
      + "/accounts/oai";
  static final String AZ_POLICY = AZ_ACCOUNT + "/raiPolicies/lenient";
  static final String VX_MODEL = "//aiplatform.googleapis.com/projects/1/locations/us-central1/models/7";
  static final String VX_JOB = "//aiplatform.googleapis.com/projects/1/locations/us-central1/tuningJobs/3";
  static final String VX_DATASET = "//aiplatform.googleapis.com/projects/1/locations/us-central1/datasets/5";
  static final String VX_DATA = "gs://vertex-data/tune/train.jsonl";
  static final String ORPHAN = "arn:aws:sagemaker:us-east-1:111111111111:model/unknown-origin";
  static final String IMAGE = "111111111111.dkr.ecr.us-east-1.amazonaws.com/support/triage@sha256:" + "2".repeat(64);
  static final String IMAGE_MLFLOW = IMAGE + "#package/pkg:pypi/mlflow@2.9.1";
  static final String IMAGE_ADVISORY = IMAGE_MLFLOW + "#advisory/PYSEC-2023-252";
  static final String FUNCTION = "arn:aws:lambda:us-east-1:111111111111:function:summarizer";
  static final String FUNCTION_OPENAI = FUNCTION + "#package/pkg:pypi/openai@1.30.1";
  static final String AZ_FUNCTION = "/subscriptions/sub/resourcegroups/apps/providers/microsoft.web/sites/bot";
  static final String AZ_FUNCTION_LANGCHAIN = AZ_FUNCTION + "#package/pkg:pypi/langchain@0.1.10";

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final Map<String, List<String>> writers = new LinkedHashMap<>();
  private final Map<String, List<String>> kinds = new LinkedHashMap<>();

  static AiGraphSlice threeClouds() {
    AiBomSlices s = new AiBomSlices();
    s.node(SM_MODEL, "AWSSageMakerModel", List.of("Model"), "name", "fraud", "provider", "aws",
        "account", "111111111111", "region", "us-east-1", "tags", List.of("task=fraud detection"));
    s.node(SM_ARTIFACT, "AWSModelArtifact", List.of("DataObject", "ModelArtifact"), "uri", SM_ARTIFACT,
        "provider", "aws", "account", "111111111111", "scanStatus", "malicious", "scanMaxSeverity", "critical",
        "scanFindingCount", 2L, "scanSummary", "pickle imports os.system",
        "sha256", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");
    s.node(SM_JOB, "AWSSageMakerTrainingJob", List.of("TrainingJob"), "name", "fraud-train", "provider", "aws",
        "account", "111111111111");
    s.node(SM_DATA, "AWSS3Prefix", List.of("DataObject"), "uri", SM_DATA, "provider", "aws",
        "account", "111111111111", "sensitivity", "pii", "piiCount", 12L, "secretCount", 0L);
    s.node(BUCKET, "AWSS3Bucket", List.of("DataStore"), "name", "training-data", "provider", "aws",
        "account", "111111111111", "policyPublicWrite", true, "policyCrossAccountWriters", List.of("222222222222"));
    s.node(ROLE, "AWSIAMRole", List.of("Identity"), "name", "DataEngineer", "provider", "aws");
    s.node(SM_ENDPOINT, "AWSSageMakerEndpoint", List.of("Endpoint"), "name", "fraud", "provider", "aws",
        "internetReachable", true);
    s.link(SM_MODEL, "USES_ARTIFACT", SM_ARTIFACT);
    s.link(SM_JOB, "PRODUCED", SM_ARTIFACT);
    s.link(SM_JOB, "READS", SM_DATA);
    s.link(SM_DATA, "IN_BUCKET", BUCKET);
    s.link(SM_MODEL, "SERVED_BY", SM_ENDPOINT);
    s.writers.put(BUCKET, List.of(ROLE));
    s.kinds.put(SM_DATA, List.of("pii.email", "pii.us-ssn"));

    s.node(BR_MODEL, "AWSBedrockCustomModel", List.of("Model"), "name", "support", "provider", "aws",
        "customizationType", "FINE_TUNING", "baseModelArn", FOUNDATION);
    s.node(BR_JOB, "AWSBedrockModelCustomizationJob", List.of("TrainingJob"), "name", "support-job",
        "provider", "aws", "baseModelArn", FOUNDATION);
    s.node(BR_DATA, "AWSS3Prefix", List.of("DataObject"), "uri", BR_DATA, "provider", "aws",
        "account", "111111111111");
    s.node(FOUNDATION, "AWSBedrockFoundationModel", List.of("FoundationModel"), "name", "amazon.titan-text-express-v1",
        "provider", "aws", "stub", true);
    s.link(BR_MODEL, "FINE_TUNED_FROM", FOUNDATION);
    s.link(BR_JOB, "PRODUCED", BR_MODEL);
    s.link(BR_JOB, "READS", BR_DATA);
    s.link(BR_DATA, "IN_BUCKET", BUCKET);

    s.node(AZ_DEPLOYMENT, "AzureCognitiveServicesDeployment", List.of("Model"), "name", "chat", "provider", "azure",
        "account", "s1", "modelFormat", "OpenAI", "modelName", "gpt-4o", "modelVersion", "2024-08-06",
        "contentFilterWeakened", true, "disabledFilters", List.of("hate/prompt"));
    s.node(AZ_ACCOUNT, "AzureCognitiveServicesAccount", List.of("Endpoint"), "name", "oai", "provider", "azure",
        "endpoint", "https://oai.openai.azure.com/", "internetReachable", false);
    s.node(AZ_POLICY, "AzureRaiPolicy", List.of("Guardrail"), "name", "lenient", "provider", "azure",
        "weakened", true, "disabledFilters", List.of("hate/prompt"));
    s.link(AZ_DEPLOYMENT, "SERVED_BY", AZ_ACCOUNT);
    s.link(AZ_DEPLOYMENT, "PROTECTED_BY", AZ_POLICY);

    s.node(VX_MODEL, "VertexModel", List.of("Model"), "name", "tuned-gemini", "provider", "gcp", "versionId", "1");
    s.node(VX_JOB, "VertexTuningJob", List.of("TrainingJob"), "name", "tune", "provider", "gcp",
        "baseModel", "gemini-1.5-flash-002");
    s.node(VX_DATA, "GCSPrefix", List.of("DataObject"), "uri", VX_DATA, "provider", "gcp", "account", "proj",
        "sensitivity", "none");
    s.node(VX_DATASET, "VertexDataset", List.of("Dataset"), "name", "support-tickets", "provider", "gcp",
        "account", "proj");
    s.link(VX_JOB, "PRODUCED", VX_MODEL);
    s.link(VX_JOB, "READS", VX_DATA);
    s.link(VX_JOB, "USES_DATASET", VX_DATASET);
    s.link(VX_DATASET, "READS", VX_DATA);

    s.node(ORPHAN, "AWSSageMakerModel", List.of("Model"), "name", "unknown-origin", "provider", "aws");

    // Shadow AI: an image holding a vulnerable MLflow, and a function's OpenAI SDK.
    s.node(IMAGE, "AWSECRImage", List.of("ContainerImage"), "name", "support/triage:latest", "provider", "aws",
        "account", "111111111111", "digest", "sha256:" + "2".repeat(64), "tags", List.of("latest"),
        "imageScan", "scanned");
    s.node(IMAGE_MLFLOW, "SoftwarePackage", List.of("Software"), "name", "mlflow", "version", "2.9.1",
        "purl", "pkg:pypi/mlflow@2.9.1", "ecosystem", "PyPI", "aiCategory", "ml-platform", "provider", "aws");
    s.node(IMAGE_ADVISORY, "Advisory", List.of("Vulnerability"), "advisoryId", "PYSEC-2023-252", "severity", "high",
        "fixedVersion", "2.9.2");
    s.node(FUNCTION, "AWSLambdaFunction", List.of("Compute"), "name", "summarizer", "provider", "aws");
    s.node(FUNCTION_OPENAI, "SoftwarePackage", List.of("Software"), "name", "openai", "version", "1.30.1",
        "purl", "pkg:pypi/openai@1.30.1", "ecosystem", "PyPI", "aiCategory", "provider-sdk", "provider", "aws");
    s.link(IMAGE, "USES_PACKAGE", IMAGE_MLFLOW);
    s.link(IMAGE_MLFLOW, "AFFECTED_BY", IMAGE_ADVISORY);
    s.link(FUNCTION, "USES_PACKAGE", FUNCTION_OPENAI);
    // An Azure function app's package, listed the way a Lambda function's is.
    s.node(AZ_FUNCTION, "AzureFunctionApp", List.of("Compute", "ServerlessWorkload"), "name", "bot", "provider", "azure");
    s.node(AZ_FUNCTION_LANGCHAIN, "SoftwarePackage", List.of("Software"), "name", "langchain", "version", "0.1.10",
        "purl", "pkg:pypi/langchain@0.1.10", "ecosystem", "PyPI", "aiCategory", "llm-framework", "provider", "azure");
    s.link(AZ_FUNCTION, "USES_PACKAGE", AZ_FUNCTION_LANGCHAIN);
    return s.slice();
  }

  AiBomSlices node(String id, String type, List<String> concepts, Object... kv) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("id", id);
    props.put("type", type);
    for (int i = 0; i < kv.length; i += 2) {
      props.put((String) kv[i], kv[i + 1]);
    }
    LinkedHashSet<String> labels = new LinkedHashSet<>(List.of("Asset", type));
    labels.addAll(concepts);
    nodes.put(id, new Node(id, labels, props));
    return this;
  }

  AiBomSlices link(String from, String type, String to) {
    links.add(new Link(from, type, to));
    return this;
  }

  AiGraphSlice slice() {
    return new AiGraphSlice(nodes, links, writers, kinds, false);
  }
}
