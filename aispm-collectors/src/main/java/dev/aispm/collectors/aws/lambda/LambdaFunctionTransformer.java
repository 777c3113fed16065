package dev.aispm.collectors.aws.lambda;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/** Turns GetFunction configurations into function nodes linked to their execution role. */
public final class LambdaFunctionTransformer {
  private LambdaFunctionTransformer() {}

  public static WriteBatch transform(List<FunctionConfiguration> raw, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (FunctionConfiguration f : raw) {
      String id = f.functionArn();
      if (id == null) {
        continue;
      }
      boolean vpc = f.vpcConfig() != null && f.vpcConfig().hasSubnetIds() && !f.vpcConfig().subnetIds().isEmpty();
      out.node(LambdaFunctionSchema.NODE, NodeRecord.of(id, scope)
          .set("name", f.functionName())
          .set("runtime", f.runtimeAsString())
          .set("packageType", f.packageTypeAsString())
          .set("roleArn", f.role())
          .set("kmsKeyId", f.kmsKeyArn())
          .set("subnetIds", vpc ? f.vpcConfig().subnetIds() : null)
          .set("lastModified", f.lastModified())
          .build());
      if (f.role() != null) {
        out.rel(LambdaFunctionSchema.RUNS_AS, AwsIds.toRole(id, f.role(), scope));
      }
    }
    return out;
  }
}
