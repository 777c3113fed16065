package dev.aispm.graph.schema.aws.account;

import dev.aispm.graph.schema.NodeSchema;

/** An AWS account that was scanned (or that a scanned resource trusts or is shared with). */
public final class AwsAccountSchema {
  private AwsAccountSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("AWSAccount")
      .concept("CloudAccount")
      .description("An AWS account. Its id is the 12-digit account id.")
      .property("name", "Account name from AWS Organizations, when listed")
      .property("arn", "Account ARN from AWS Organizations, when listed")
      .property("organizationId", "Id of the organization the account belongs to, when known")
      .property("scanned", "Whether aispm collected this account (false for accounts only referenced)")
      .build();
}
