package dev.aispm.collectors.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

/**
 * Turns a recorded API answer ({@code src/test/resources/recorded/aws/SERVICE/Operation.json|xml})
 * into the SDK's response object by letting the SDK's own unmarshaller read it from an HTTP client
 * that replays the file. Transformer tests then start from exactly what AWS sends, without a
 * network or a server.
 */
final class RecordedAnswers {
  private RecordedAnswers() {}

  static SageMakerClient sagemaker(String resource) {
    return SageMakerClient.builder().region(Region.US_EAST_1).credentialsProvider(creds())
        .httpClient(replaying(resource)).endpointOverride(java.net.URI.create("http://recorded.invalid")).build();
  }

  static software.amazon.awssdk.services.ec2.Ec2Client ec2(String resource) {
    return software.amazon.awssdk.services.ec2.Ec2Client.builder().region(Region.US_EAST_1).credentialsProvider(creds())
        .httpClient(replaying(resource)).endpointOverride(java.net.URI.create("http://recorded.invalid")).build();
  }

  static software.amazon.awssdk.services.ecs.EcsClient ecs(String resource) {
    return software.amazon.awssdk.services.ecs.EcsClient.builder().region(Region.US_EAST_1).credentialsProvider(creds())
        .httpClient(replaying(resource)).endpointOverride(java.net.URI.create("http://recorded.invalid")).build();
  }

  static IamClient iam(String resource) {
    return IamClient.builder().region(Region.AWS_GLOBAL).credentialsProvider(creds())
        .httpClient(replaying(resource)).endpointOverride(java.net.URI.create("http://recorded.invalid")).build();
  }

  private static StaticCredentialsProvider creds() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIARECORDED", "recorded"));
  }

  static byte[] bytes(String resource) {
    try (InputStream in = RecordedAnswers.class.getClassLoader().getResourceAsStream("recorded/aws/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded answer " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SdkHttpClient replaying(String resource) {
    byte[] body = bytes(resource);
    return new SdkHttpClient() {
      @Override
      public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
          @Override
          public HttpExecuteResponse call() {
            return HttpExecuteResponse.builder()
                .response(SdkHttpResponse.builder().statusCode(200)
                    .putHeader("Content-Type", resource.endsWith(".xml") ? "text/xml" : "application/x-amz-json-1.1")
                    .build())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                .build();
          }

          @Override
          public void abort() {
          }
        };
      }

      @Override
      public void close() {
      }

      @Override
      public String clientName() {
        return "recorded";
      }
    };
  }

}
