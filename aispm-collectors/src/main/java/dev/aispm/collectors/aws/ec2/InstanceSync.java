package dev.aispm.collectors.aws.ec2;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.iam.InstanceProfiles;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.aws.ec2.InstanceSchema;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * Collects the EC2 instances of one region that run a self-hosted AI server (DescribeInstances),
 * judged with the region's security groups and subnets from the network sync, and linked to the role
 * of their instance profile from the account's IAM collection.
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
    InstanceTransformer.transform(instances.get(), network, profiles, catalogue, advisories, scope.key())
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
}
