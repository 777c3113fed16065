package dev.aispm.collectors.aws;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrockagent.BedrockAgentClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.endpoints.S3ControlEndpointProvider;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The SDK clients of one account, one per service and region, built with the default builders so
 * the standard configuration applies unchanged: credential chain, profiles and the
 * {@code AWS_ENDPOINT_URL*} / {@code aws.endpointUrl*} overrides. The only additions are adaptive
 * retries (the collector is a burst of read calls that AWS throttles) and S3 addressing.
 */
public final class AwsClients implements AutoCloseable {
  private final AwsCredentialsProvider credentials;
  private final SdkHttpClient http;
  private final AwsSettings settings;
  private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

  public AwsClients(AwsCredentialsProvider credentials, SdkHttpClient http, AwsSettings settings) {
    this.credentials = credentials;
    this.http = http;
    this.settings = settings;
  }

  public AwsCredentialsProvider credentials() {
    return credentials;
  }

  public SageMakerClient sagemaker(Region region) {
    return get("sagemaker", region, () -> configure(SageMakerClient.builder(), region).build());
  }

  public BedrockClient bedrock(Region region) {
    return get("bedrock", region, () -> configure(BedrockClient.builder(), region).build());
  }

  public BedrockAgentClient bedrockAgent(Region region) {
    return get("bedrock-agent", region, () -> configure(BedrockAgentClient.builder(), region).build());
  }

  public LambdaClient lambda(Region region) {
    return get("lambda", region, () -> configure(LambdaClient.builder(), region).build());
  }

  public ApiGatewayClient apiGateway(Region region) {
    return get("apigateway", region, () -> configure(ApiGatewayClient.builder(), region).build());
  }

  public ApiGatewayV2Client apiGatewayV2(Region region) {
    return get("apigatewayv2", region, () -> configure(ApiGatewayV2Client.builder(), region).build());
  }

  public EcrClient ecr(Region region) {
    return get("ecr", region, () -> configure(EcrClient.builder(), region).build());
  }

  public EcsClient ecs(Region region) {
    return get("ecs", region, () -> configure(EcsClient.builder(), region).build());
  }

  public ElasticLoadBalancingV2Client elbv2(Region region) {
    return get("elasticloadbalancing", region, () -> configure(ElasticLoadBalancingV2Client.builder(), region).build());
  }

  public Ec2Client ec2(Region region) {
    return get("ec2", region, () -> configure(Ec2Client.builder(), region).build());
  }

  public IamClient iam(Region region) {
    return get("iam", region, () -> configure(IamClient.builder(), region).build());
  }

  public StsClient sts(Region region) {
    return get("sts", region, () -> configure(StsClient.builder(), region).build());
  }

  public OrganizationsClient organizations(Region region) {
    return get("organizations", region, () -> configure(OrganizationsClient.builder(), region).build());
  }

  public S3Client s3(Region region) {
    return get("s3", region, () -> configure(S3Client.builder(), region)
        .forcePathStyle(settings.usePathStyle())
        // A bucket in another region answers with a redirect the SDK then follows.
        .crossRegionAccessEnabled(true)
        .build());
  }

  public S3ControlClient s3control(Region region) {
    return get("s3control", region, () -> {
      var builder = configure(S3ControlClient.builder(), region);
      if (settings.usePathStyle()) {
        // S3 Control puts the account id in front of the host; an IP address or localhost cannot
        // take that prefix, so the same condition that makes S3 path-style keeps the host as is.
        // The account id still travels in the x-amz-account-id header.
        S3ControlEndpointProvider standard = S3ControlEndpointProvider.defaultProvider();
        builder.endpointProvider(params -> standard.resolveEndpoint(params)
            .thenApply(e -> withoutAccountPrefix(e, params.accountId())));
      }
      return builder.build();
    });
  }

  static Endpoint withoutAccountPrefix(Endpoint endpoint, String accountId) {
    URI url = endpoint.url();
    // An account id in front of an IP address makes the authority unparseable as a host name, so
    // the prefix is removed from the raw authority text.
    String authority = url.getRawAuthority();
    if (accountId == null || authority == null || !authority.startsWith(accountId + ".")) {
      return endpoint;
    }
    String rest = authority.substring(accountId.length() + 1);
    URI stripped = URI.create(url.getScheme() + "://" + rest + (url.getRawPath() == null ? "" : url.getRawPath()));
    return endpoint.toBuilder().url(stripped).build();
  }

  private <B extends AwsClientBuilder<B, ?>> B configure(B builder, Region region) {
    builder.region(region).credentialsProvider(credentials);
    builder.overrideConfiguration(ClientOverrideConfiguration.builder()
        .retryStrategy(RetryMode.ADAPTIVE_V2)
        .build());
    if (builder instanceof software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?> sync) {
      sync.httpClient(http);
    }
    return builder;
  }

  @SuppressWarnings("unchecked")
  private <C extends SdkClient> C get(String service, Region region, java.util.function.Supplier<C> build) {
    return (C) clients.computeIfAbsent(service + "/" + region.id(), k -> build.get());
  }

  @Override
  public void close() {
    clients.values().forEach(SdkClient::close);
    clients.clear();
  }
}
