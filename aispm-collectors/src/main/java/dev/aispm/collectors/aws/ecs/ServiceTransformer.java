package dev.aispm.collectors.aws.ecs;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.collectors.aws.elb.LoadBalancerTransformer;
import dev.aispm.collectors.aws.elb.LoadBalancerTransformer.Frontend;
import dev.aispm.collectors.content.SelfHostedServerGraph;
import dev.aispm.graph.schema.aws.ecs.ServiceSchema;
import dev.aispm.graph.schema.aws.elb.LoadBalancerSchema;
import dev.aispm.graph.schema.common.CommonSchemas;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration;
import software.amazon.awssdk.services.ecs.model.LoadBalancer;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/**
 * Turns ECS services into nodes placed in their subnets and security groups, with the Internet
 * edge when their tasks get a public IP in a subnet routing to an internet gateway behind a group
 * open to the world, and with what their task definition runs: the task role, the images, and
 * the self-hosted servers, whose exposed ports are the container ports the open groups admit.
 * Behind a load balancer, a service without a public IP is reached from the internet when an
 * internet-facing load balancer forwards a world-open listener to its target group; the container
 * port the target group leads to is then exposed.
 */
public final class ServiceTransformer {
  private ServiceTransformer() {}

  /**
   * @param taskDefinitions the task definitions read, by ARN; a service whose one is missing keeps
   *                        its node and network, without what runs in it
   * @param frontends       by target group ARN, the load balancers forwarding to it (see
   *                        {@link LoadBalancerTransformer#frontends})
   */
  public static WriteBatch transform(List<Service> services, Map<String, TaskDefinition> taskDefinitions,
      NetworkView network, Map<String, List<Frontend>> frontends, AiCatalogue catalogue, AdvisoryIndex advisories,
      ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (Service s : services) {
      String id = s.serviceArn();
      if (id == null) {
        continue;
      }
      AwsVpcConfiguration vpc = s.networkConfiguration() == null ? null
          : s.networkConfiguration().awsvpcConfiguration();
      List<String> subnets = vpc == null || !vpc.hasSubnets() ? List.of() : vpc.subnets();
      List<String> groups = vpc == null || !vpc.hasSecurityGroups() ? List.of() : vpc.securityGroups();
      Boolean publicIp = vpc == null || vpc.assignPublicIp() == null ? null
          : "ENABLED".equals(vpc.assignPublicIpAsString());
      TaskDefinition t = s.taskDefinition() == null ? null : taskDefinitions.get(s.taskDefinition());
      List<String> images = t == null ? List.of() : TaskDefinitionTransformer.images(t);
      List<String> targetGroups = s.loadBalancers().stream().map(LoadBalancer::targetGroupArn)
          .filter(java.util.Objects::nonNull).toList();
      // Behind load balancers: which forward to the service, and which of them the internet reaches.
      Frontend openFrontend = null;
      Set<String> forwardedPorts = new LinkedHashSet<>();
      for (LoadBalancer entry : s.loadBalancers()) {
        for (Frontend f : entry.targetGroupArn() == null ? List.<Frontend>of()
            : frontends.getOrDefault(entry.targetGroupArn(), List.of())) {
          Map<String, Object> edge = new LinkedHashMap<>();
          edge.put("targetGroupArn", entry.targetGroupArn());
          edge.put("listenerPorts", f.listenerPorts());
          edge.put("ruleConditions", f.ruleConditions().isEmpty() ? null : f.ruleConditions());
          edge.put("containerName", entry.containerName());
          edge.put("containerPort", entry.containerPort());
          out.rel(LoadBalancerSchema.FORWARDS_TO, RelRecord.of(f.loadBalancerArn(), id, scope, edge));
          if (!f.openPorts().isEmpty()) {
            openFrontend = openFrontend == null ? f : openFrontend;
            if (entry.containerPort() != null) {
              forwardedPorts.add("tcp:" + entry.containerPort());
            }
          }
        }
      }
      Set<String> exposedPorts = new LinkedHashSet<>(exposedContainerPorts(t, groups, network));
      exposedPorts.addAll(forwardedPorts);
      List<String> open = List.copyOf(exposedPorts);
      out.node(ServiceSchema.NODE, NodeRecord.of(id, scope)
          .set("name", s.serviceName())
          .set("clusterArn", s.clusterArn())
          .set("status", s.status())
          .set("launchType", s.launchTypeAsString())
          .set("desiredCount", s.desiredCount())
          .set("runningCount", s.runningCount())
          .set("taskDefinitionArn", s.taskDefinition())
          .set("assignPublicIp", publicIp)
          .set("subnetIds", subnets.isEmpty() ? null : subnets)
          .set("securityGroupIds", groups.isEmpty() ? null : groups)
          .set("loadBalancerTargetGroups", targetGroups.isEmpty() ? null : targetGroups)
          .set("containerImages", images.isEmpty() ? null : images)
          .set("internetExposedPorts", open.isEmpty() ? null : open)
          .build());
      if (s.taskDefinition() != null) {
        out.rel(ServiceSchema.RUNS_TASK_DEFINITION, RelRecord.of(id, s.taskDefinition(), scope)
            .withTargetStub(Map.of("name", AwsIds.nameOfArn(s.taskDefinition()))));
      }
      for (String g : groups) {
        out.rel(ServiceSchema.HAS_SECURITY_GROUP, RelRecord.of(id, network.groupArn(g, scope), scope)
            .withTargetStub(Map.of("groupId", g)));
      }
      for (String sub : subnets) {
        out.rel(ServiceSchema.IN_SUBNET, RelRecord.of(id, network.subnetArn(sub, scope), scope)
            .withTargetStub(Map.of("subnetId", sub)));
      }
      NetworkView.Exposure exposure = subnets.isEmpty() ? null : network.exposure(subnets, groups);
      if (Boolean.TRUE.equals(publicIp) && exposure != null && Boolean.TRUE.equals(exposure.reachable())) {
        out.node(CommonSchemas.INTERNET, AwsIds.internet());
        Map<String, Object> via = internetEdge("securityGroupOpenToWorld", open);
        via.put("subnetId", exposure.subnetId());
        via.put("securityGroupId", exposure.groupId());
        out.rel(ServiceSchema.INTERNET_CAN_REACH, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, via));
      } else if (openFrontend != null) {
        out.node(CommonSchemas.INTERNET, AwsIds.internet());
        Map<String, Object> via = internetEdge("loadBalancer", List.copyOf(forwardedPorts));
        via.put("loadBalancerArn", openFrontend.loadBalancerArn());
        via.put("listenerPorts", openFrontend.openPorts());
        // Reached only through host or path rules: say which requests get through.
        via.put("ruleConditions", openFrontend.ruleConditions().isEmpty() ? null : openFrontend.ruleConditions());
        out.rel(ServiceSchema.INTERNET_CAN_REACH, RelRecord.of(CommonSchemas.INTERNET_ID, id, scope, via));
      }
      if (t == null) {
        continue;
      }
      if (t.taskRoleArn() != null) {
        out.rel(ServiceSchema.RUNS_AS, AwsIds.toRole(id, t.taskRoleArn(), scope));
      }
      for (SelfHostedServers.Match m : SelfHostedServers.identify(t.family(), Map.of(), images, open)) {
        SelfHostedServerGraph.write(out, id, m, ServiceSchema.USES_AI, ServiceSchema.USES_PACKAGE, catalogue,
            advisories, scope);
      }
    }
    return out;
  }

  /**
   * The task definition's container ports that a security group opens to the world: a group open
   * on every port exposes only what the containers listen on.
   */
  static List<String> exposedContainerPorts(TaskDefinition t, List<String> groups, NetworkView network) {
    if (t == null) {
      return List.of();
    }
    List<String> rules = new ArrayList<>();
    for (String g : groups) {
      NetworkView.GroupFacts f = network.groups().get(g);
      if (f != null && Boolean.TRUE.equals(f.openToWorld()) && f.openToWorldPorts() != null) {
        rules.addAll(f.openToWorldPorts());
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String port : TaskDefinitionTransformer.ports(t)) {
      int colon = port.indexOf(':');
      int number = Integer.parseInt(port.substring(colon + 1));
      if (port.startsWith("tcp:") && rules.stream().anyMatch(r -> SelfHostedServers.covers(r, number))) {
        out.add(port);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The internet edge's properties for one way in, with every key either way writes present (null
   * where it does not apply): an edge's properties are merged into the earlier scan's, so a
   * service that moved from a load balancer to a public IP would otherwise keep the balancer's
   * ARN, ports and rule conditions as evidence of a way in it no longer has.
   */
  private static Map<String, Object> internetEdge(String via, List<String> ports) {
    Map<String, Object> edge = new LinkedHashMap<>();
    edge.put("via", via);
    edge.put("subnetId", null);
    edge.put("securityGroupId", null);
    edge.put("loadBalancerArn", null);
    edge.put("listenerPorts", null);
    edge.put("ruleConditions", null);
    edge.put("ports", ports);
    return edge;
  }
}
