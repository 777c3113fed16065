package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.EndpointSchema;
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
   * @param models  the region's models by name, to judge whether the endpoint's containers run in a VPC
   * @param tags    tags by resource id; a missing entry means the tags could not be read
   * @param network the region's subnets and security groups ({@link NetworkView#unknown()} when unread)
   */
  public static WriteBatch transform(List<EndpointView> raw, Map<String, DescribeModelResponse> models,
      NetworkView network, Map<String, List<String>> tags, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (EndpointView view : raw) {
      DescribeEndpointResponse ep = view.endpoint();
      DescribeEndpointConfigResponse cfg = view.config();
      String id = ep.endpointArn() != null ? ep.endpointArn() : ep.endpointName() == null ? null
          : AwsIds.sagemakerArn(scope.region(), scope.account(), "endpoint", ep.endpointName());
      if (id == null) {
        continue;
      }
      Boolean capture;
      String captureTo = null;
      if (ep.dataCaptureConfig() != null) {
        capture = ep.dataCaptureConfig().enableCapture();
        captureTo = ep.dataCaptureConfig().destinationS3Uri();
      } else if (cfg != null && cfg.dataCaptureConfig() != null) {
        capture = cfg.dataCaptureConfig().enableCapture();
        captureTo = cfg.dataCaptureConfig().destinationS3Uri();
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
      Reach reach = cfg == null ? new Reach(null, null, null) : reach(modelNames, models, network);
      out.node(EndpointSchema.NODE, NodeRecord.of(id, scope)
          .set("name", ep.endpointName())
          .set("status", ep.endpointStatusAsString())
          .set("endpointConfigName", ep.endpointConfigName())
          .set("kmsKeyId", cfg == null ? null : cfg.kmsKeyId())
          .set("customerKmsKey", cfg == null ? null : cfg.kmsKeyId() != null)
          .set("dataCaptureEnabled", capture)
          .set("dataCaptureDestination", captureTo)
          .set("variantCount", cfg == null ? null : cfg.productionVariants().size())
          .set("modelNames", cfg == null ? null : modelNames)
          .set("publiclyInvocable", publicly)
          .set("internetReachable", reach.reachable())
          .set("tags", tags.get(id))
          .set("createdAt", ep.creationTime())
          .build());
      for (String name : modelNames) {
        DescribeModelResponse m = models.get(name);
        String modelId = m != null ? ModelTransformer.modelId(m, scope)
            : AwsIds.sagemakerArn(scope.region(), scope.account(), "model", name);
        out.rel(EndpointSchema.SERVED_BY, RelRecord.of(modelId, id, scope));
      }
      for (String name : modelNames) {
        DescribeModelResponse m = models.get(name);
        if (m != null && m.vpcConfig() != null) {
          NetworkPlacement.link(out, id, m.vpcConfig().subnets(), m.vpcConfig().securityGroupIds(), network, scope,
              EndpointSchema.IN_SUBNET, EndpointSchema.HAS_SECURITY_GROUP);
        }
      }
      if (Boolean.TRUE.equals(reach.reachable())) {
        NetworkPlacement.reachable(out, EndpointSchema.INTERNET_CAN_REACH, id, reach.via(), reach.exposure(), scope);
      }
    }
    return out;
  }

  /** Whether the endpoint's containers are reachable, and why. */
  record Reach(Boolean reachable, String via, NetworkView.Exposure exposure) {}

  /**
   * Reachable when any served model runs outside a VPC (SageMaker's network, with internet access)
   * or in a subnet routing to an internet gateway behind a world-open security group; false when
   * every model is known and none is; null otherwise.
   */
  static Reach reach(List<String> modelNames, Map<String, DescribeModelResponse> models, NetworkView network) {
    if (modelNames.isEmpty()) {
      return new Reach(null, null, null);
    }
    boolean unknown = false;
    for (String name : modelNames) {
      DescribeModelResponse m = models.get(name);
      if (m == null) {
        unknown = true;
      } else if (m.vpcConfig() == null || !m.vpcConfig().hasSubnets() || m.vpcConfig().subnets().isEmpty()) {
        return new Reach(true, "modelOutsideVpc", null);
      } else {
        NetworkView.Exposure e = network.exposure(m.vpcConfig().subnets(), m.vpcConfig().securityGroupIds());
        if (Boolean.TRUE.equals(e.reachable())) {
          return new Reach(true, "securityGroupOpenToWorld", e);
        }
        unknown |= e.reachable() == null;
      }
    }
    return new Reach(unknown ? null : false, null, null);
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
