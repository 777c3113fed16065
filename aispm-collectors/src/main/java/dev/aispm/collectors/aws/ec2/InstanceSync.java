package dev.aispm.collectors.aws.ec2;

import dev.aispm.collectors.aws.AwsFailures;
import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.iam.InstanceProfiles;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.UserData;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.aws.ec2.InstanceSchema;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * Collects the EC2 instances of one region that run AI (DescribeInstances, and DescribeInstanceAttribute
 * for the user data of those that may), judged with the region's security groups and subnets from the
 * network sync, and linked to the role of their instance profile from the account's IAM collection.
 */
public final class InstanceSync {
  private InstanceSync() {}

  public static void sync(AwsScope scope, NetworkView network, InstanceProfiles profiles, AiCatalogue catalogue,
      AdvisoryIndex advisories) {
    Instant start = Instant.now();
    Ec2Client client = scope.clients().ec2(scope.region());
    scope.progress("ec2 instances", 0, -1);
    Optional<List<Instance>> instances = scope.call(InstanceSchema.NODE, "ec2", "DescribeInstances", () -> {
      List<Instance> out = new ArrayList<>();
      client.describeInstancesPaginator(r -> { }).reservations().forEach(res -> out.addAll(res.instances()));
      return out;
    });
    if (instances.isEmpty()) {
      // The servers' AI use and packages share their types with functions and images: keep them.
      for (NodeSchema t : SupplyChainGraph.TYPES) {
        scope.context().ledger().failed(scope.key(), t, "ec2:DescribeInstances", "instances could not be listed",
            null, Duration.between(start, Instant.now()));
      }
      return;
    }
    Map<String, UserData> userData = userData(scope, client, instances.get(), network, start);
    InstanceTransformer.transform(instances.get(), userData, network, profiles, catalogue, advisories, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    if (!profiles.known()) {
      // Without IAM the instances' roles are unknown, not absent: keep the role edges an earlier scan drew.
      scope.context().ledger().failed(scope.key(), InstanceSchema.NODE, "iam:GetAccountAuthorizationDetails",
          "instance profiles could not be resolved to roles (IAM was not read)", null,
          Duration.between(start, Instant.now()));
      return;
    }
    scope.succeeded(InstanceSchema.NODE, instances.get().size(), start);
  }

  /**
   * The user data of the instances that may run AI, read in parallel. A call that fails leaves that
   * instance's user data not read (its settings unknown) and is recorded once; since what the
   * instances run may then be missing, their types are kept from stale cleanup.
   */
  private static Map<String, UserData> userData(AwsScope scope, Ec2Client client, List<Instance> instances,
      NetworkView network, Instant start) {
    List<Instance> chosen = instances.stream().filter(i -> InstanceTransformer.readsUserData(i, network)).toList();
    AtomicBoolean failed = new AtomicBoolean();
    List<Map.Entry<String, UserData>> read = scope.describeAll(chosen, InstanceSchema.NODE, "ec2",
        "DescribeInstanceAttribute", i -> {
          try {
            return Map.entry(i.instanceId(), UserData.decode(UserDataFetcher.fetch(client, i.instanceId())));
          } catch (RuntimeException e) {
            if (AwsFailures.isNotFound(e)) {
              return Map.entry(i.instanceId(), UserData.notRead("the instance no longer exists"));
            }
            AwsFailures.Failure f = AwsFailures.describe(e, "ec2:DescribeInstanceAttribute");
            if (failed.compareAndSet(false, true)) {
              for (NodeSchema t : Stream.concat(Stream.of(InstanceSchema.NODE), SupplyChainGraph.TYPES.stream()).toList()) {
                scope.context().ledger().failed(scope.key(), t, "ec2:DescribeInstanceAttribute", f.error(),
                    f.missingPermission(), Duration.between(start, Instant.now()));
              }
            }
            return Map.entry(i.instanceId(), UserData.notRead("DescribeInstanceAttribute failed: " + f.error()));
          }
        });
    Map<String, UserData> out = new HashMap<>();
    read.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
