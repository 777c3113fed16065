package dev.aispm.collectors.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.aiplatform.v1.ContainerSpec;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.CustomJobSpec;
import com.google.cloud.aiplatform.v1.EnvVar;
import com.google.cloud.aiplatform.v1.Model;
import com.google.cloud.aiplatform.v1.ModelContainerSpec;
import com.google.cloud.aiplatform.v1.WorkerPoolSpec;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.gcp.functions.CloudFunctionTransformer;
import dev.aispm.collectors.gcp.run.CloudRunJobTransformer;
import dev.aispm.collectors.gcp.run.CloudRunServiceTransformer;
import dev.aispm.collectors.gcp.vertex.CustomJobTransformer;
import dev.aispm.collectors.gcp.vertex.ModelTransformer;
import dev.aispm.graph.collect.Read;
import dev.aispm.graph.schema.gcp.functions.CloudFunctionSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunJobSchema;
import dev.aispm.graph.schema.gcp.run.CloudRunServiceSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexCustomJobSchema;
import dev.aispm.graph.schema.gcp.vertex.VertexModelSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plain environment values of Cloud Run, Cloud Functions and Vertex AI, judged for secrets: the
 * recorded answers (Secret Manager references and ordinary values) are clean; the same answers
 * with a planted key name it by its place, never its value.
 */
class GcpSettingSecretsTest {
  static final ScopeKey SCOPE = new ScopeKey("gcp", "acme-vertex-prod", "global");
  static final String HF = "hf_Qm7Vx2LpT9rKs4Nd8WzB3yHc6Jf1GtRa5E";
  static final String WANDB = "874c035f9042bcda884c8c35e31eb3098f534653";

  @SuppressWarnings("unchecked")
  static List<String> secrets(NodeRecord n) {
    return (List<String>) n.properties().get("settingSecrets");
  }

  static void assertClean(List<NodeRecord> nodes) {
    assertThat(nodes).isNotEmpty().allSatisfy(n -> assertThat(n.properties())
        .containsEntry("settingsScan", "scanned").containsEntry("settingSecrets", null));
  }

  @Test
  void cloudRunServicesAndJobsReferencesAndOrdinaryValuesAreClean() {
    List<JsonNode> services = Recorded.items("run/services.list.json", "services");
    assertClean(CloudRunServiceTransformer.transform(services.stream()
        .map(s -> new CloudRunServiceTransformer.ServiceView(s, Read.of(false))).toList(), SCOPE)
        .nodes(CloudRunServiceSchema.NODE));
    assertClean(CloudRunJobTransformer.transform(Recorded.items("run/jobs.list.json", "jobs"), SCOPE)
        .nodes(CloudRunJobSchema.NODE));
  }

  @Test
  void aPlainTokenInACloudRunContainerIsNamedByContainerAndRevision() {
    ObjectNode service = Recorded.items("run/services.list.json", "services").get(2).deepCopy();
    ArrayNode env = (ArrayNode) service.withArray("/template/containers").get(0).withArray("env");
    env.addObject().put("name", "HF_TOKEN").put("value", HF);
    NodeRecord n = CloudRunServiceTransformer.transform(
        List.of(new CloudRunServiceTransformer.ServiceView(service, Read.of(false))), SCOPE)
        .nodes(CloudRunServiceSchema.NODE).get(0);
    assertThat(secrets(n)).singleElement().asString().matches(".*\\.env\\.HF_TOKEN: secret\\.huggingface-token \\(high\\), "
        + "preview hf_Q\\*\\*\\*\\*, fingerprint [0-9a-f]{64}");
    assertThat(n.properties().toString()).doesNotContain(HF);
  }

  @Test
  void aKeyInACloudFunctionsRuntimeVariablesIsFound() {
    JsonNode recorded = Recorded.items("functions/functions.list.json", "functions").get(0);
    NodeRecord clean = CloudFunctionTransformer.transform(List.of(new CloudFunctionTransformer.FunctionView(recorded,
        Read.of(true), CodeReport.notRead(CodeReport.FAILED, "HTTP 403"))), SCOPE).nodes(CloudFunctionSchema.NODE).get(0);
    assertClean(List.of(clean));
    ObjectNode f = recorded.deepCopy();
    f.with("serviceConfig").with("environmentVariables").put("WANDB_API_KEY", WANDB);
    NodeRecord n = CloudFunctionTransformer.transform(List.of(new CloudFunctionTransformer.FunctionView(f,
        Read.of(true), CodeReport.notRead(CodeReport.FAILED, "HTTP 403"))), SCOPE).nodes(CloudFunctionSchema.NODE).get(0);
    assertThat(secrets(n)).singleElement().asString()
        .startsWith("serviceConfig.environmentVariables.WANDB_API_KEY: secret.wandb-api-key (high), preview 874c****");
    assertThat(n.properties().toString()).doesNotContain(WANDB);
  }

  @Test
  void vertexWorkerPoolAndServingContainerEnvironmentsAreJudged() {
    CustomJob job = CustomJob.newBuilder()
        .setName("projects/acme-vertex-prod/locations/us-central1/customJobs/123").setDisplayName("finetune")
        .setJobSpec(CustomJobSpec.newBuilder().addWorkerPoolSpecs(WorkerPoolSpec.newBuilder()
            .setContainerSpec(ContainerSpec.newBuilder().setImageUri("us-docker.pkg.dev/vertex-ai/training/pytorch:2.1")
                .addEnv(EnvVar.newBuilder().setName("EPOCHS").setValue("3"))
                .addEnv(EnvVar.newBuilder().setName("WANDB_API_KEY").setValue(WANDB)))))
        .build();
    NodeRecord j = CustomJobTransformer.transform(List.of(job), SCOPE).nodes(VertexCustomJobSchema.NODE).get(0);
    assertThat(secrets(j)).singleElement().asString()
        .startsWith("workerPoolSpecs[0].containerSpec.env.WANDB_API_KEY: secret.wandb-api-key (high)");
    Model model = Model.newBuilder().setName("projects/acme-vertex-prod/locations/us-central1/models/7")
        .setDisplayName("support-llm").setContainerSpec(ModelContainerSpec.newBuilder()
            .setImageUri("us-docker.pkg.dev/vertex-ai/prediction/tgi:latest")
            .addEnv(EnvVar.newBuilder().setName("MODEL_ID").setValue("meta-llama/Llama-3.1-8B-Instruct"))
            .addEnv(EnvVar.newBuilder().setName("HUGGING_FACE_HUB_TOKEN").setValue(HF)))
        .build();
    NodeRecord m = ModelTransformer.transform(List.of(model, Model.newBuilder()
        .setName("projects/acme-vertex-prod/locations/us-central1/models/8").build()), SCOPE).nodes(VertexModelSchema.NODE)
        .get(0);
    assertThat(secrets(m)).singleElement().asString()
        .startsWith("containerSpec.env.HUGGING_FACE_HUB_TOKEN: secret.huggingface-token (high), preview hf_Q****");
    assertThat(m.properties().toString()).doesNotContain(HF);
    assertClean(List.of(ModelTransformer.transform(List.of(Model.newBuilder()
        .setName("projects/acme-vertex-prod/locations/us-central1/models/8").build()), SCOPE)
        .nodes(VertexModelSchema.NODE).get(0)));
  }
}
