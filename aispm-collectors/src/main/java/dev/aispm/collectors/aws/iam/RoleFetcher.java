package dev.aispm.collectors.aws.iam;

import java.util.List;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionResponse;

/**
 * Reads roles with their inline and attached policies in one paginated call
 * (GetAccountAuthorizationDetails), plus the AWS managed policies it does not include; SDK only.
 */
public final class RoleFetcher {
  private RoleFetcher() {}

  public static List<GetAccountAuthorizationDetailsResponse> authorizationDetails(IamClient client) {
    return client.getAccountAuthorizationDetailsPaginator(r -> r.filter(EntityType.ROLE,
        EntityType.LOCAL_MANAGED_POLICY)).stream().toList();
  }

  /** The default version of a managed policy, whose id GetPolicy tells. */
  public static GetPolicyVersionResponse defaultVersion(IamClient client, String policyArn) {
    String version = client.getPolicy(r -> r.policyArn(policyArn)).policy().defaultVersionId();
    return client.getPolicyVersion(r -> r.policyArn(policyArn).versionId(version));
  }
}
