package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.content.SelfHostedServerGraph;
import dev.aispm.graph.schema.aws.sagemaker.ModelSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;

/**
 * The inference servers that SageMaker models' containers run, recognised from their images
 * (Hugging Face TGI, vLLM, Triton, TorchServe, a custom MLflow image): the server becomes the
 * model's AI use, and its package with advisories when the image tag names a version. SageMaker
 * reports only "a model with this image"; which server answers the endpoint's requests, and
 * whether that server has a known hole, is in the image reference.
 */
public final class ModelServerTransformer {
  private ModelServerTransformer() {}

  public static WriteBatch transform(List<DescribeModelResponse> raw, AiCatalogue catalogue, AdvisoryIndex advisories,
      ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (DescribeModelResponse m : raw) {
      String id = ModelTransformer.modelId(m, scope);
      List<String> images = ModelTransformer.images(ModelTransformer.containers(m));
      if (id == null || images == null) {
        continue;
      }
      for (SelfHostedServers.Match s : SelfHostedServers.identify(null, Map.of(), images, List.of())) {
        SelfHostedServerGraph.write(out, id, s, ModelSchema.USES_AI, ModelSchema.USES_PACKAGE, catalogue, advisories,
            scope);
      }
    }
    return out;
  }
}
