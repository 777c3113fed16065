package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageGroupSummary;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageType;

/** Reads the model registry: package groups and packages; SDK calls only. */
public final class ModelPackageFetcher {
  private ModelPackageFetcher() {}

  public static List<ModelPackageGroupSummary> groups(SageMakerClient client) {
    return client.listModelPackageGroupsPaginator(r -> r.maxResults(100)).modelPackageGroupSummaryList().stream()
        .toList();
  }

  /** Versioned and unversioned packages alike: the default lists only unversioned ones. */
  public static List<ModelPackageSummary> packages(SageMakerClient client) {
    return client.listModelPackagesPaginator(r -> r.maxResults(100).modelPackageType(ModelPackageType.BOTH))
        .modelPackageSummaryList().stream().toList();
  }

  public static DescribeModelPackageResponse describe(SageMakerClient client, String arn) {
    return client.describeModelPackage(r -> r.modelPackageName(arn));
  }
}
