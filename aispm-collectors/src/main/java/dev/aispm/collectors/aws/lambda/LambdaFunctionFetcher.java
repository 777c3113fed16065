package dev.aispm.collectors.aws.lambda;

import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/** Reads one Lambda function's configuration; SDK calls only. */
public final class LambdaFunctionFetcher {
  private LambdaFunctionFetcher() {}

  public static FunctionConfiguration get(LambdaClient client, String functionArn) {
    return client.getFunction(r -> r.functionName(functionArn)).configuration();
  }
}
