package dev.aispm.collectors.aws.ec2;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.graph.schema.aws.ec2.SecurityGroupSchema;
import dev.aispm.graph.schema.aws.ec2.SubnetSchema;
import dev.aispm.graph.schema.aws.ec2.VpcSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * Collects one region's network layer (VPCs, subnets with their routing, security groups) before
 * SageMaker, and hands SageMaker the facts that decide internet reachability. Each type is
 * reported to the ledger on its own, so a denied DescribeRouteTables leaves subnets in place but
 * their routing unknown and their cleanup skipped.
 */
public final class NetworkSync {
  private static final String SVC = "ec2";

  private NetworkSync() {}

  public static NetworkView sync(AwsScope scope) {
    Ec2Client client = scope.clients().ec2(scope.region());
    scope.progress("ec2 network", 0, -1);
    vpcs(scope, client);
    Map<String, NetworkView.SubnetFacts> subnets = subnets(scope, client);
    Map<String, NetworkView.GroupFacts> groups = groups(scope, client);
    return new NetworkView(subnets == null ? Map.of() : subnets, groups == null ? Map.of() : groups,
        subnets != null, groups != null);
  }

  static void vpcs(AwsScope scope, Ec2Client client) {
    Instant start = Instant.now();
    Optional<List<Vpc>> vpcs = scope.call(VpcSchema.NODE, SVC, "DescribeVpcs", () -> NetworkFetcher.vpcs(client));
    if (vpcs.isEmpty()) {
      return;
    }
    VpcTransformer.transform(vpcs.get(), scope.key()).load(scope.context().writer(), scope.context().tag());
    scope.succeeded(VpcSchema.NODE, vpcs.get().size(), start);
  }

  /** Subnet facts by subnet id, or null when the subnets could not be listed. */
  static Map<String, NetworkView.SubnetFacts> subnets(AwsScope scope, Ec2Client client) {
    Instant start = Instant.now();
    Optional<List<Subnet>> subnets = scope.call(SubnetSchema.NODE, SVC, "DescribeSubnets",
        () -> NetworkFetcher.subnets(client));
    if (subnets.isEmpty()) {
      return null;
    }
    List<RouteTable> tables = scope.call(SubnetSchema.NODE, SVC, "DescribeRouteTables",
        () -> NetworkFetcher.routeTables(client)).orElse(null);
    SubnetTransformer.Result result = SubnetTransformer.transform(subnets.get(), tables, scope.key());
    result.records().load(scope.context().writer(), scope.context().tag());
    if (tables != null) {
      scope.succeeded(SubnetSchema.NODE, subnets.get().size(), start);
    }
    return result.facts();
  }

  /** Group facts by group id, or null when the groups could not be listed. */
  static Map<String, NetworkView.GroupFacts> groups(AwsScope scope, Ec2Client client) {
    Instant start = Instant.now();
    Optional<List<SecurityGroup>> groups = scope.call(SecurityGroupSchema.NODE, SVC, "DescribeSecurityGroups",
        () -> NetworkFetcher.securityGroups(client));
    if (groups.isEmpty()) {
      return null;
    }
    SecurityGroupTransformer.Result result = SecurityGroupTransformer.transform(groups.get(), scope.key());
    result.records().load(scope.context().writer(), scope.context().tag());
    scope.succeeded(SecurityGroupSchema.NODE, groups.get().size(), start);
    return result.facts();
  }
}
