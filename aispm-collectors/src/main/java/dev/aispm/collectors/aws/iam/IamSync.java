package dev.aispm.collectors.aws.iam;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.RoleDetail;

/**
 * Collects an account's IAM roles into its global scope; runs after S3 so bucket edges can be drawn.
 * Returns the account's instance profiles, which the regions' EC2 instances are linked through.
 */
public final class IamSync {
  private static final String SVC = "iam";

  private IamSync() {}

  public static InstanceProfiles sync(AwsScope scope, List<String> bucketNames) {
    Instant start = Instant.now();
    scope.progress("iam roles", 0, -1);
    IamClient client = scope.clients().iam(scope.region());
    Optional<List<GetAccountAuthorizationDetailsResponse>> pages = scope.call(RoleSchema.NODE, SVC,
        "GetAccountAuthorizationDetails", () -> RoleFetcher.authorizationDetails(client));
    if (pages.isEmpty()) {
      return InstanceProfiles.unknown();
    }
    List<RoleDetail> roles = new ArrayList<>();
    Map<String, String> documents = new HashMap<>();
    for (GetAccountAuthorizationDetailsResponse page : pages.get()) {
      roles.addAll(page.roleDetailList());
      for (ManagedPolicyDetail p : page.policies()) {
        for (PolicyVersion v : p.policyVersionList()) {
          if (Boolean.TRUE.equals(v.isDefaultVersion())) {
            documents.put(p.arn(), v.document());
          }
        }
      }
    }
    Set<String> missing = new LinkedHashSet<>();
    for (RoleDetail r : roles) {
      r.attachedManagedPolicies().forEach(p -> {
        if (!documents.containsKey(p.policyArn())) {
          missing.add(p.policyArn());
        }
      });
    }
    // AWS managed policies are not part of the account's details; read each one once.
    List<Map.Entry<String, String>> fetched = scope.describeAll(new ArrayList<>(missing), RoleSchema.NODE, SVC,
        "GetPolicyVersion", arn -> Map.entry(arn, RoleFetcher.defaultVersion(client, arn).policyVersion().document()));
    fetched.forEach(e -> documents.put(e.getKey(), e.getValue()));
    RoleTransformer.transform(roles, documents, bucketNames, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    scope.succeeded(RoleSchema.NODE, roles.size(), start);
    return InstanceProfiles.of(roles);
  }
}
