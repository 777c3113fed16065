package dev.aispm.collectors.aws.ecr;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.AuthorizationData;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.Repository;

/** Reads ECR repositories, their images and a registry token; SDK calls only. */
public final class EcrImageFetcher {
  private EcrImageFetcher() {}

  /** Every repository of the account's registry in the region, across pages. */
  public static List<Repository> repositories(EcrClient client) {
    List<Repository> out = new ArrayList<>();
    client.describeRepositoriesPaginator(r -> { }).repositories().forEach(out::add);
    return out;
  }

  /** Every image of one repository, across pages. */
  public static List<ImageDetail> images(EcrClient client, String repositoryName) {
    List<ImageDetail> out = new ArrayList<>();
    client.describeImagesPaginator(r -> r.repositoryName(repositoryName)).imageDetails().forEach(out::add);
    return out;
  }

  /**
   * A registry token (valid for twelve hours) and the registry endpoint it is good for. The token
   * grants pulls of every image the caller may read, so it is never logged or stored.
   */
  public static AuthorizationData token(EcrClient client) {
    List<AuthorizationData> data = client.getAuthorizationToken(r -> { }).authorizationData();
    if (data.isEmpty()) {
      throw new IllegalStateException("GetAuthorizationToken returned no authorization data");
    }
    return data.get(0);
  }
}
