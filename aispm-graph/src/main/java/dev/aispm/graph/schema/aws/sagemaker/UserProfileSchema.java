package dev.aispm.graph.schema.aws.sagemaker;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.aws.iam.RoleSchema;

/** A Studio user profile: who works in a domain and with which execution role. */
public final class UserProfileSchema {
  private UserProfileSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSSageMakerUserProfile")
      .concept("UserProfile")
      .description("A SageMaker Studio user profile. Its id is the user profile ARN.")
      .property("name", "User profile name")
      .property("domainId", "Domain id")
      .property("status", "InService, Pending, Failed ...")
      .property("executionRole", "The profile's own execution role, absent: the domain's default")
      .property("singleSignOnUser", "IAM Identity Center user name, when the domain uses SSO")
      .property("createdAt", "Creation time")
      .property("tags", "Tags as key=value strings")
      .build();

  public static final RelSchema IN_DOMAIN = RelSchema.toStub("IN_DOMAIN", NODE, DomainSchema.NODE,
      "The user profile belongs to the domain.");
  public static final RelSchema RUNS_AS = RelSchema.toStub("RUNS_AS", NODE, RoleSchema.NODE,
      "The user's Studio apps run with the role (the profile's own, or the domain default).");
}
