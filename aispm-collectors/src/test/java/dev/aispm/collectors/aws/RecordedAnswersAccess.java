package dev.aispm.collectors.aws;

import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

/** Opens {@link RecordedAnswers} to the tests of the service packages. */
public final class RecordedAnswersAccess {
  private RecordedAnswersAccess() {}

  public static SageMakerClient sagemaker(String resource) {
    return RecordedAnswers.sagemaker(resource);
  }

  /** An HTTP client that answers every request with the recorded file, for clients built elsewhere. */
  public static software.amazon.awssdk.http.SdkHttpClient replaying(String resource) {
    return RecordedAnswers.replaying(resource);
  }

  public static software.amazon.awssdk.services.ec2.Ec2Client ec2(String resource) {
    return RecordedAnswers.ec2(resource);
  }

  public static software.amazon.awssdk.services.ecs.EcsClient ecs(String resource) {
    return RecordedAnswers.ecs(resource);
  }

  public static IamClient iam(String resource) {
    return RecordedAnswers.iam(resource);
  }
}
