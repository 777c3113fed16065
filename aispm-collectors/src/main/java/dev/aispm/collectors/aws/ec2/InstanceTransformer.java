package dev.aispm.collectors.aws.ec2;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.aws.iam.InstanceProfiles;
import dev.aispm.collectors.content.SelfHostedServerGraph;
import dev.aispm.graph.schema.aws.ec2.InstanceSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Turns EC2 instances that run a self-hosted AI server into instance nodes with the server as AI
 * use, its package and advisories when a tag names its version, and the Internet edge when the
 * instance has a public address in a subnet that routes to an internet gateway behind a security
 * group open to the world, and the role its instance profile holds. Instances without such a server are not
 * written. User data is never
 * read (DescribeInstances does not return it, and nothing here asks for it).
 */
public final class InstanceTransformer {
  private InstanceTransformer() {}

  /** The instance ARN, the id other AWS resources use for it. */
  public static String arn(ScopeKey scope, String instanceId) {
    return "arn:aws:ec2:" + scope.region() + ":" + scope.account() + ":instance/" + instanceId;
  }

  /**
   * @param profiles the account's instance profiles, to link each instance to the role its profile holds
   */
  public static WriteBatch transform(List<Instance> instances, NetworkView network, InstanceProfiles profiles,
      AiCatalogue catalogue, AdvisoryIndex advisories, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (Instance i : instances) {
      if (i.instanceId() == null || i.state() != null && "terminated".equals(i.state().nameAsString())) {
        continue;
      }
      Map<String, String> tags = new LinkedHashMap<>();
      for (Tag t : i.tags()) {
        tags.put(t.key(), t.value());
      }
      String name = tags.getOrDefault("Name", i.instanceId());
      List<String> groupIds = i.securityGroups().stream().map(GroupIdentifier::groupId).toList();
      Set<String> open = new LinkedHashSet<>();
      for (String g : groupIds) {
        NetworkView.GroupFacts f = network.groups().get(g);
        if (f != null && Boolean.TRUE.equals(f.openToWorld()) && f.openToWorldPorts() != null) {
          open.addAll(f.openToWorldPorts());
        }
      }
      List<SelfHostedServers.Match> servers = SelfHostedServers.identify(tags.containsKey("Name") ? name : null,
          tags, List.of(), List.copyOf(open));
      if (servers.isEmpty()) {
        continue;
      }
      String id = arn(scope, i.instanceId());
      out.node(InstanceSchema.NODE, NodeRecord.of(id, scope)
          .set("name", name)
          .set("instanceId", i.instanceId())
          .set("instanceType", i.instanceTypeAsString())
          .set("state", i.state() == null ? null : i.state().nameAsString())
          .set("imageId", i.imageId())
          .set("publicIpAddress", i.publicIpAddress())
          .set("subnetId", i.subnetId())
          .set("securityGroupIds", groupIds.isEmpty() ? null : groupIds)
          .set("instanceProfileArn", i.iamInstanceProfile() == null ? null : i.iamInstanceProfile().arn())
          .set("launchTime", i.launchTime() == null ? null : i.launchTime().toString())
          .set("tags", tags.isEmpty() ? null : tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
          .set("internetExposedPorts", open.isEmpty() ? null : List.copyOf(open))
          .build());
      String profile = i.iamInstanceProfile() == null ? null : i.iamInstanceProfile().arn();
      profiles.roleOf(profile).ifPresent(role -> out.rel(InstanceSchema.RUNS_AS, AwsIds.toRole(id, role, scope)));
      NetworkView.Exposure exposure = i.subnetId() == null ? null
          : network.exposure(List.of(i.subnetId()), groupIds);
      if (i.publicIpAddress() != null && exposure != null && Boolean.TRUE.equals(exposure.reachable())) {
        out.node(CommonSchemas.INTERNET, AwsIds.internet());
        Map<String, Object> via = new LinkedHashMap<>();
        via.put("via", "securityGroupOpenToWorld");
        via.put("subnetId", exposure.subnetId());
        via.put("securityGroupId", exposure.groupId());
        via.put("ports", List.copyOf(open));
        out.rel(InstanceSchema.INTERNET_CAN_REACH, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, via));
      }
      for (SelfHostedServers.Match m : servers) {
        SelfHostedServerGraph.write(out, id, m, InstanceSchema.USES_AI, InstanceSchema.USES_PACKAGE, catalogue,
            advisories, scope);
      }
    }
    return out;
  }
}
