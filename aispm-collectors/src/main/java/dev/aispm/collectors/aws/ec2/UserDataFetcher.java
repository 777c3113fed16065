package dev.aispm.collectors.aws.ec2;

import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;

/** Reads an instance's user data (DescribeInstanceAttribute, attribute userData); SDK calls only. */
public final class UserDataFetcher {
  private UserDataFetcher() {}

  /** The base64 user data, or null when the instance has none. */
  public static String fetch(Ec2Client client, String instanceId) {
    DescribeInstanceAttributeResponse r = client.describeInstanceAttribute(
        b -> b.instanceId(instanceId).attribute(InstanceAttributeName.USER_DATA));
    return r.userData() == null ? null : r.userData().value();
  }
}
