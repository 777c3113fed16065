package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeDomainResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeUserProfileResponse;
import software.amazon.awssdk.services.sagemaker.model.DomainDetails;
import software.amazon.awssdk.services.sagemaker.model.UserProfileDetails;

/** Reads Studio domains and their user profiles; SDK calls only. */
public final class DomainFetcher {
  private DomainFetcher() {}

  public static List<DomainDetails> list(SageMakerClient client) {
    return client.listDomainsPaginator(r -> r.maxResults(100)).domains().stream().toList();
  }

  public static DescribeDomainResponse describe(SageMakerClient client, String domainId) {
    return client.describeDomain(r -> r.domainId(domainId));
  }

  public static List<UserProfileDetails> userProfiles(SageMakerClient client) {
    return client.listUserProfilesPaginator(r -> r.maxResults(100)).userProfiles().stream().toList();
  }

  public static DescribeUserProfileResponse describeUserProfile(SageMakerClient client, String domainId, String name) {
    return client.describeUserProfile(r -> r.domainId(domainId).userProfileName(name));
  }
}
