package dev.aispm.collectors.aws.lambda;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** Reads Lambda functions; SDK calls only. */
public final class LambdaFunctionFetcher {
  private LambdaFunctionFetcher() {}

  /** Every function of the region (unqualified, $LATEST configurations), across pages. */
  public static List<FunctionConfiguration> list(LambdaClient client) {
    List<FunctionConfiguration> out = new ArrayList<>();
    client.listFunctionsPaginator(r -> { }).functions().forEach(out::add);
    return out;
  }

  /** One function's configuration and code location (a presigned URL valid for ten minutes). */
  public static GetFunctionResponse function(LambdaClient client, String functionArn) {
    return client.getFunction(r -> r.functionName(functionArn));
  }

  public static FunctionConfiguration get(LambdaClient client, String functionArn) {
    return function(client, functionArn).configuration();
  }

  /** The auth type of the function's URL, or null when it has none. */
  public static String urlAuthType(LambdaClient client, String functionArn) {
    try {
      return client.getFunctionUrlConfig(r -> r.functionName(functionArn)).authTypeAsString();
    } catch (ResourceNotFoundException e) {
      return null;
    }
  }
}
