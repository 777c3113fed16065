package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.aws.Records;
import dev.aispm.graph.schema.aws.sagemaker.EndpointSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;

/**
 * Turns an endpoint and its endpoint configuration into one endpoint node: the security settings
 * live on the configuration, and rules ask them of the endpoint.
 */
public final class EndpointTransformer {
  private EndpointTransformer() {}

  /** An endpoint with its configuration, null when the configuration could not be read. */
  public record EndpointView(DescribeEndpointResponse endpoint, DescribeEndpointConfigResponse config) {}

  /**
   * @param models the region's models by name, to judge whether the endpoint's containers run in a VPC
   */
  public static Records transform(List<EndpointView> raw, Map<String, DescribeModelResponse> models, ScopeKey scope) {
    Records out = new Records();
    for (EndpointView view : raw) {
      DescribeEndpointResponse ep = view.endpoint();
      DescribeEndpointConfigResponse cfg = view.config();
      String id = ep.endpointArn() != null ? ep.endpointArn() : ep.endpointName() == null ? null
          : AwsIds.sagemakerArn(scope.region(), scope.account(), "endpoint", ep.endpointName());
      if (id == null) {
        continue;
      }
      Boolean capture;
      if (ep.dataCaptureConfig() != null) {
        capture = ep.dataCaptureConfig().enableCapture();
      } else if (cfg != null && cfg.dataCaptureConfig() != null) {
        capture = cfg.dataCaptureConfig().enableCapture();
      } else {
        // DescribeEndpoint reports capture whenever it is configured, so its absence is a "no".
        capture = false;
      }
      List<String> modelNames = new ArrayList<>();
      if (cfg != null && cfg.hasProductionVariants()) {
        for (ProductionVariant v : cfg.productionVariants()) {
          if (v.modelName() != null) {
            modelNames.add(v.modelName());
          }
        }
      }
      Boolean publicly = cfg == null ? null : publiclyInvocable(modelNames, models);
      out.node(EndpointSchema.NODE, NodeRecord.of(id, scope)
          .set("name", ep.endpointName())
          .set("status", ep.endpointStatusAsString())
          .set("endpointConfigName", ep.endpointConfigName())
          .set("kmsKeyId", cfg == null ? null : cfg.kmsKeyId())
          .set("customerKmsKey", cfg == null ? null : cfg.kmsKeyId() != null)
          .set("dataCaptureEnabled", capture)
          .set("variantCount", cfg == null ? null : cfg.productionVariants().size())
          .set("modelNames", cfg == null ? null : modelNames)
          .set("publiclyInvocable", publicly)
          .set("createdAt", ep.creationTime())
          .build());
      for (String name : modelNames) {
        DescribeModelResponse m = models.get(name);
        String modelId = m != null ? ModelTransformer.modelId(m, scope)
            : AwsIds.sagemakerArn(scope.region(), scope.account(), "model", name);
        out.rel(EndpointSchema.SERVED_BY, RelRecord.of(modelId, id, scope));
      }
      if (Boolean.TRUE.equals(publicly)) {
        out.node(CommonSchemas.INTERNET, AwsIds.internet());
        out.rel(EndpointSchema.INTERNET_CAN_REACH, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope,
            Map.of("via", "modelOutsideVpc")));
      }
    }
    return out;
  }

  /** True when any served model runs outside a VPC, false when all are in one, null when unknown. */
  static Boolean publiclyInvocable(List<String> modelNames, Map<String, DescribeModelResponse> models) {
    if (modelNames.isEmpty()) {
      return null;
    }
    boolean unknown = false;
    for (String name : modelNames) {
      DescribeModelResponse m = models.get(name);
      if (m == null) {
        unknown = true;
      } else if (m.vpcConfig() == null || !m.vpcConfig().hasSubnets() || m.vpcConfig().subnets().isEmpty()) {
        return true;
      }
    }
    return unknown ? null : false;
  }
}
