package dev.aispm.collectors.aws.iam;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.PolicyDetail;
import software.amazon.awssdk.services.iam.model.RoleDetail;

/**
 * Turns role details into role nodes carrying their summarised capabilities and trust, with
 * CAN_READ / CAN_WRITE edges to the account's buckets their policies reach.
 */
public final class RoleTransformer {
  private RoleTransformer() {}

  /**
   * @param roles           role details from GetAccountAuthorizationDetails
   * @param managedPolicies managed policy ARN to its (possibly URL-encoded) default document; a
   *                        policy missing here was not readable
   * @param buckets         names of the buckets of the account
   */
  public static WriteBatch transform(List<RoleDetail> roles, Map<String, String> managedPolicies, List<String> buckets,
      ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (RoleDetail role : roles) {
      if (role.arn() == null) {
        continue;
      }
      List<PolicyDocument> docs = new ArrayList<>();
      List<String> inlineNames = new ArrayList<>();
      boolean complete = true;
      if (role.hasRolePolicyList()) {
        for (PolicyDetail p : role.rolePolicyList()) {
          inlineNames.add(p.policyName());
          docs.add(PolicyDocument.parse(p.policyDocument()));
        }
      }
      List<String> attached = new ArrayList<>();
      if (role.hasAttachedManagedPolicies()) {
        for (AttachedPolicy p : role.attachedManagedPolicies()) {
          attached.add(p.policyArn());
          String doc = managedPolicies.get(p.policyArn());
          if (doc == null) {
            complete = false;
          } else {
            docs.add(PolicyDocument.parse(doc));
          }
        }
      }
      PolicySummary caps = PolicySummary.of(docs, complete);
      Trust trust = trust(role.assumeRolePolicyDocument(), scope.account());
      out.node(RoleSchema.NODE, NodeRecord.of(role.arn(), scope)
          .set("name", role.roleName())
          .set("path", role.path())
          .set("createdAt", role.createDate())
          .set("trustedPrincipals", List.copyOf(trust.principals()))
          .set("trustedServices", List.copyOf(trust.services()))
          .set("crossAccountTrust", trust.known() ? trust.crossAccount() : null)
          .set("attachedPolicyArns", attached)
          .set("instanceProfileArns", role.hasInstanceProfileList() && !role.instanceProfileList().isEmpty()
              ? role.instanceProfileList().stream().map(p -> p.arn()).toList() : null)
          .set("inlinePolicyNames", inlineNames)
          .set("isAdmin", caps.flag(caps.isAdmin()))
          .set("canPassRole", caps.flag(caps.canPassRole()))
          .set("canCreateAiJobs", caps.flag(caps.canCreateAiJobs()))
          .set("writableBucketPatterns", List.copyOf(caps.writableBucketPatterns()))
          .set("readableBucketPatterns", List.copyOf(caps.readableBucketPatterns()))
          .set("privilegeLevel", caps.complete() || caps.isAdmin() ? caps.privilegeLevel() : null)
          .build());
      for (String bucket : buckets) {
        if (PolicySummary.matches(caps.writableBucketPatterns(), bucket)) {
          out.rel(RoleSchema.CAN_WRITE, RelRecord.of(role.arn(), AwsIds.bucketArn(bucket), scope));
        }
        if (PolicySummary.matches(caps.readableBucketPatterns(), bucket)) {
          out.rel(RoleSchema.CAN_READ, RelRecord.of(role.arn(), AwsIds.bucketArn(bucket), scope));
        }
      }
    }
    return out;
  }

  /** Who may assume a role. */
  record Trust(Set<String> principals, Set<String> services, boolean crossAccount, boolean known) {}

  static Trust trust(String document, String ownAccount) {
    PolicyDocument doc = PolicyDocument.parse(document);
    Set<String> principals = new LinkedHashSet<>();
    Set<String> services = new LinkedHashSet<>();
    boolean cross = false;
    for (PolicyDocument.Statement s : doc.statements()) {
      if (!s.allow()) {
        continue;
      }
      for (var e : s.principals().entrySet()) {
        for (String v : e.getValue()) {
          if (e.getKey().equals("Service")) {
            services.add(v);
          } else {
            principals.add(v);
            if (e.getKey().equals("AWS")) {
              String account = v.matches("\\d{12}") ? v : AwsIds.accountOfArn(v);
              if (v.equals("*") || account != null && !account.equals(ownAccount)) {
                cross = true;
              }
            }
          }
        }
      }
    }
    return new Trust(principals, services, cross, doc.valid());
  }
}
