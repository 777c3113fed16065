package dev.aispm.graph.schema.aws.lambda;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.ecr.ContainerImageSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.schema.common.SettingProperties;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;

/**
 * A Lambda function: every function of a scanned region, because AI use hides in function code
 * (an SDK, a direct call to a provider) that no managed AI service's API reports, and a function
 * that a Bedrock agent calls as a tool is where a prompt injection turns into an action, with the
 * function role's permissions.
 */
public final class LambdaFunctionSchema {
  private LambdaFunctionSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSLambdaFunction")
      .concept("Compute")
      .description("A Lambda function. Its id is the function ARN (unqualified).")
      .property("name", "Function name")
      .property("runtime", "Runtime, e.g. python3.12; absent for container images")
      .property("packageType", "Zip or Image")
      .property("roleArn", "Execution role ARN")
      .property("kmsKeyId", "KMS key of the environment variables, absent for the AWS-owned key")
      .property("subnetIds", "VPC subnets, absent when not in a VPC")
      .property("lastModified", "Last modification time as AWS reports it")
      .property("codeSize", "Size of the deployment package in bytes")
      .property("codeSha256", "SHA-256 of the deployment package, base64, as AWS reports it")
      .property("imageUri", "Container image the function was created from (Code.ImageUri), absent for zip functions")
      .property("resolvedImageUri", "That image pinned to its digest (Code.ResolvedImageUri), what the function runs")
      .property("missingImages", "Image references into the region's ECR registry that name no image there (deleted, expired, or a tag no image carries), each with why; absent when all were found or none was judged")
      .property("functionUrlAuthType", "Auth type of the function URL (NONE or AWS_IAM), absent without one")
      .property("apiRoutes", "API Gateway routes whose Lambda integration invokes the function, private, "
          + "IAM-authorized and closed ones included, each with what closes it (no deployed stage, execute-api "
          + "endpoint disabled and no custom domain mapped, resource policy limits) or why its resource policy "
          + "was not judged, e.g. http API support-api (a1b2c3) POST /chat, authorization JWT")
      .property("internetReachable", "Whether anyone on the internet can invoke the function (a function URL "
          + "without auth or an open API route); absent when not every API of the region could be read")
      .property("environmentVariableNames", "Names of the environment variables; the values are judged for "
          + "secrets (settingSecrets) and never stored")
      .property("aiProviderSettings", "Names of environment variables that point at an AI provider")
      .properties(b -> SettingProperties.declare(b, "the environment variables"))
      .property("codeScan", "Result of reading the code package: scanned, over-budget, image (not read), "
          + "failed; absent when not read")
      .property("codeScanError", "Why the code package could not be read")
      .property("codeScanFindings", "Number of content findings in the code package (secrets, unsafe files)")
      .build();

  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The function runs with the role's permissions.");

  public static final RelSchema RUNS_IMAGE = RelSchema.of("RUNS_IMAGE", NODE, ContainerImageSchema.NODE,
      "The container-image function runs this ECR image (its resolved digest): the image's AI packages, AI use "
          + "and advisories are the function's.");

  public static final RelSchema USES_PACKAGE = RelSchema.of("USES_PACKAGE", NODE, SoftwarePackageSchema.NODE,
      "The function's code package holds this AI package.");

  public static final RelSchema USES_AI = RelSchema.of("USES_AI", NODE, AiUsageSchema.NODE,
      "The function's code shows this AI use.");

  public static final RelSchema INTERNET_CAN_REACH = new RelSchema("CAN_REACH", CommonSchemas.INTERNET, NODE,
      NODE, false, "Anyone on the internet can invoke the function: through a function URL whose auth type is "
          + "NONE (via: functionUrl), or through an API Gateway route on a public endpoint that does not ask for "
          + "AWS_IAM signatures, deployed to a stage, served on its execute-api endpoint or a mapped custom domain "
          + "name and not limited by a REST API resource policy to some source IPs or VPCs (via: apiGateway; "
          + "apiType, apiId, apiName, route, authorizationType: NONE, JWT, COGNITO_USER_POOLS or CUSTOM; stages "
          + "that serve it; customDomains mapped to the API; policyUnjudged: why a resource policy that could "
          + "not be fully judged was kept open). apiRoutes lists every such route.");
}
