package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.AppDetails;
import software.amazon.awssdk.services.sagemaker.model.DescribeSpaceResponse;
import software.amazon.awssdk.services.sagemaker.model.SpaceDetails;

/**
 * Reads Studio spaces and apps; SDK calls only. Both are listed region-wide (no domain filter) so
 * one paginated call covers every domain.
 */
public final class SpaceFetcher {
  private SpaceFetcher() {}

  public static List<SpaceDetails> list(SageMakerClient client) {
    return client.listSpacesPaginator(r -> r.maxResults(100)).spaces().stream().toList();
  }

  public static DescribeSpaceResponse describe(SageMakerClient client, String domainId, String name) {
    return client.describeSpace(r -> r.domainId(domainId).spaceName(name));
  }

  /** ListApps already carries everything known about an app; there is nothing more to describe. */
  public static List<AppDetails> apps(SageMakerClient client) {
    return client.listAppsPaginator(r -> r.maxResults(100)).apps().stream().toList();
  }
}
