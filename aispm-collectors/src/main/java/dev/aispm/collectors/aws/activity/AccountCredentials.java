package dev.aispm.collectors.aws.activity;

import dev.aispm.collectors.aws.AwsSettings;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Credentials to read an activity source that lives in a given account: the configured ones for
 * the scanner's own account, else the organization's cross-account read role, the same role and
 * external id the inventory assumes. Sources in S3 are read with the scanner's own credentials
 * (buckets are shared across accounts by policy); a log group can only be read from inside its
 * account.
 */
final class AccountCredentials implements AutoCloseable {
  private final AwsCredentialsProvider provider;
  private final StsClient sts;

  private AccountCredentials(AwsCredentialsProvider provider, StsClient sts) {
    this.provider = provider;
    this.sts = sts;
  }

  /** Credentials for {@code account}; the caller checked that a role is configured when it is not {@code caller}. */
  static AccountCredentials of(String account, String caller, AwsSettings settings, Region home) {
    if (account.equals(caller)) {
      return new AccountCredentials(DefaultCredentialsProvider.builder().build(), null);
    }
    StsClient sts = StsClient.builder().region(home).build();
    String roleArn = "arn:aws:iam::" + account + ":role/" + settings.roleName();
    return new AccountCredentials(StsAssumeRoleCredentialsProvider.builder().stsClient(sts)
        .refreshRequest(r -> {
          r.roleArn(roleArn).roleSessionName("aispm-activity").durationSeconds(3600);
          if (settings.externalId() != null) {
            r.externalId(settings.externalId());
          }
        }).build(), sts);
  }

  AwsCredentialsProvider provider() {
    return provider;
  }

  @Override
  public void close() {
    if (provider instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        // Closing only stops a refresh thread; nothing is lost.
      }
    }
    if (sts != null) {
      sts.close();
    }
  }
}
