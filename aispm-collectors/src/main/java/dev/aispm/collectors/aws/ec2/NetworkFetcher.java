package dev.aispm.collectors.aws.ec2;

import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * Reads a region's VPCs, subnets, route tables and security groups; SDK calls only. The whole
 * region is read at once (a few paginated calls) rather than the groups each AI resource names,
 * so the cost does not grow with the number of notebooks and endpoints.
 */
public final class NetworkFetcher {
  private NetworkFetcher() {}

  public static List<Vpc> vpcs(Ec2Client client) {
    return client.describeVpcsPaginator(r -> r.maxResults(1000)).vpcs().stream().toList();
  }

  public static List<Subnet> subnets(Ec2Client client) {
    return client.describeSubnetsPaginator(r -> r.maxResults(1000)).subnets().stream().toList();
  }

  public static List<RouteTable> routeTables(Ec2Client client) {
    return client.describeRouteTablesPaginator(r -> r.maxResults(100)).routeTables().stream().toList();
  }

  public static List<SecurityGroup> securityGroups(Ec2Client client) {
    return client.describeSecurityGroupsPaginator(r -> r.maxResults(1000)).securityGroups().stream().toList();
  }
}
