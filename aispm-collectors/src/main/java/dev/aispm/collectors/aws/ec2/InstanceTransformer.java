package dev.aispm.collectors.aws.ec2;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.aws.iam.InstanceProfiles;
import dev.aispm.collectors.content.ScriptContainerImages;
import dev.aispm.collectors.content.SelfHostedServerGraph;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.StartupScriptInstalls;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.UserData;
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
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Turns EC2 instances that run AI into instance nodes: a self-hosted AI server that their name,
 * tags, open ports or the container images their user data runs show, or AI packages their user
 * data installs. Each gets the server as AI use, its package and advisories when a tag or image
 * names its version, the Internet edge when the instance has a public address in a subnet that
 * routes to an internet gateway behind a security group open to the world, and the role its
 * instance profile holds. Instances without AI are not written.
 *
 * <p>User data is read only for instances that may run AI ({@link #readsUserData}) and is judged
 * here, line by line, for secrets: a {@code docker run -e HF_TOKEN=hf_...} in it is readable by
 * every principal allowed {@code ec2:DescribeInstanceAttribute}, part of AWS's read-only policies.
 * Only each secret's line, kind, preview and fingerprint are kept; the script is never stored.
 */
public final class InstanceTransformer {
  private InstanceTransformer() {}

  /** The instance ARN, the id other AWS resources use for it. */
  public static String arn(ScopeKey scope, String instanceId) {
    return "arn:aws:ec2:" + scope.region() + ":" + scope.account() + ":instance/" + instanceId;
  }

  /**
   * Instance families with GPUs or AI accelerators (NVIDIA, AMD, Inferentia, Trainium, Gaudi): what
   * they run is read from their user data even when their name and tags say nothing.
   */
  private static final Pattern ACCELERATED = Pattern.compile("(?:p\\d+|g\\d+|gr\\d+|inf\\d+|trn\\d+|dl\\d+)[a-z]*");

  /**
   * Whether an instance's user data is worth reading: it is not terminated, and it runs a server
   * its name, tags or open ports show, or it is of an accelerated family.
   */
  public static boolean readsUserData(Instance i, NetworkView network) {
    if (i.instanceId() == null || i.state() != null && "terminated".equals(i.state().nameAsString())) {
      return false;
    }
    Map<String, String> tags = tags(i);
    return accelerated(i.instanceTypeAsString())
        || !SelfHostedServers.identify(tags.get("Name"), tags, List.of(), List.copyOf(openPorts(i, network))).isEmpty();
  }

  /** Whether the instance type is of a GPU or accelerator family, e.g. g5.xlarge, p4d.24xlarge, inf2.xlarge. */
  static boolean accelerated(String instanceType) {
    if (instanceType == null || instanceType.indexOf('.') <= 0) {
      return false;
    }
    return ACCELERATED.matcher(instanceType.substring(0, instanceType.indexOf('.'))).matches();
  }

  /**
   * @param userData the user data of the instances {@link #readsUserData} chose, by instance id; an
   *                 instance without an entry was not read (its settings are not judged)
   * @param profiles the account's instance profiles, to link each instance to the role its profile holds
   */
  public static WriteBatch transform(List<Instance> instances, Map<String, UserData> userData, NetworkView network,
      InstanceProfiles profiles, AiCatalogue catalogue, AdvisoryIndex advisories, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (Instance i : instances) {
      if (i.instanceId() == null || i.state() != null && "terminated".equals(i.state().nameAsString())) {
        continue;
      }
      Map<String, String> tags = tags(i);
      String name = tags.getOrDefault("Name", i.instanceId());
      List<String> groupIds = i.securityGroups().stream().map(GroupIdentifier::groupId).toList();
      Set<String> open = openPorts(i, network);
      UserData script = userData.get(i.instanceId());
      boolean read = script != null && UserData.READ.equals(script.status());
      List<String> images = read ? ScriptContainerImages.images(script.text()) : List.of();
      List<SelfHostedServers.Match> servers = SelfHostedServers.identify(tags.containsKey("Name") ? name : null,
          tags, images, List.copyOf(open));
      StartupScriptInstalls.Report installs = read
          ? StartupScriptInstalls.read(Map.of(name + "/UserData", script.text()), 0, catalogue, advisories) : null;
      if (servers.isEmpty() && (installs == null || installs.code().aiPackages().isEmpty())) {
        continue;
      }
      String id = arn(scope, i.instanceId());
      NodeRecord.Builder node = SettingSecrets.write(NodeRecord.of(id, scope), secrets(id, script))
          .set("name", name)
          .set("instanceId", i.instanceId())
          .set("instanceType", i.instanceTypeAsString())
          .set("accelerated", accelerated(i.instanceTypeAsString()))
          .set("state", i.state() == null ? null : i.state().nameAsString())
          .set("imageId", i.imageId())
          .set("publicIpAddress", i.publicIpAddress())
          .set("subnetId", i.subnetId())
          .set("securityGroupIds", groupIds.isEmpty() ? null : groupIds)
          .set("instanceProfileArn", i.iamInstanceProfile() == null ? null : i.iamInstanceProfile().arn())
          .set("launchTime", i.launchTime() == null ? null : i.launchTime().toString())
          .set("tags", tags.isEmpty() ? null : tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
          .set("internetExposedPorts", open.isEmpty() ? null : List.copyOf(open))
          .set("userData", script == null ? UserData.NOT_READ : script.status())
          .set("userDataImages", images.isEmpty() ? null : images);
      out.node(InstanceSchema.NODE, (installs == null ? node : installs.describe(node)).build());
      if (i.subnetId() != null) {
        out.rel(InstanceSchema.IN_SUBNET, RelRecord.of(id, network.subnetArn(i.subnetId(), scope), scope)
            .withTargetStub(Map.of("subnetId", i.subnetId())));
      }
      for (String g : groupIds) {
        out.rel(InstanceSchema.HAS_SECURITY_GROUP, RelRecord.of(id, network.groupArn(g, scope), scope)
            .withTargetStub(Map.of("groupId", g)));
      }
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
      if (installs != null) {
        // Amazon Bedrock is AWS's managed AI service: its use shows in Bedrock's own inventory and logs.
        SupplyChainGraph.write(out, id, installs.code(), scope, InstanceSchema.USES_PACKAGE, InstanceSchema.USES_AI,
            "bedrock");
      }
    }
    return out;
  }

  /** The user data judged for secrets, one setting per non-blank line ({@code UserData line 12}). */
  static SettingSecrets.Report secrets(String id, UserData script) {
    return script == null ? SettingSecrets.Report.notRead("user data not read")
        : script.secrets("UserData", "ec2 instance " + id + " user data");
  }

  private static Map<String, String> tags(Instance i) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Tag t : i.tags()) {
      tags.put(t.key(), t.value());
    }
    return tags;
  }

  /** The ports its security groups open to the world, e.g. tcp:5000. */
  private static Set<String> openPorts(Instance i, NetworkView network) {
    Set<String> open = new LinkedHashSet<>();
    for (GroupIdentifier g : i.securityGroups()) {
      NetworkView.GroupFacts f = network.groups().get(g.groupId());
      if (f != null && Boolean.TRUE.equals(f.openToWorld()) && f.openToWorldPorts() != null) {
        open.addAll(f.openToWorldPorts());
      }
    }
    return open;
  }
}
