package dev.aispm.collectors.aws.ecs;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.collectors.aws.elb.LoadBalancerFetcher;
import dev.aispm.collectors.aws.elb.LoadBalancerTransformer;
import dev.aispm.collectors.aws.elb.LoadBalancerTransformer.Frontend;
import dev.aispm.graph.schema.aws.ecs.ServiceSchema;
import dev.aispm.graph.schema.aws.ecs.TaskDefinitionSchema;
import dev.aispm.graph.schema.aws.elb.LoadBalancerSchema;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/**
 * Collects one region's ECS services and task definitions: ListClusters, ListServices and
 * DescribeServices per cluster, ListTaskDefinitions (active, newest first) and
 * DescribeTaskDefinition for the newest revision of each family and every revision a service runs.
 * Services are judged with the region's subnets and security groups from the network sync, and
 * with the load balancers their target groups are attached to (DescribeTargetGroups,
 * DescribeLoadBalancers, DescribeListeners, and DescribeRules for the listeners of internet-facing
 * Application Load Balancers).
 *
 * <p>A cluster whose services could not be read costs only its services: the service type is then
 * not marked complete, so cleanup keeps what an earlier scan found there.
 */
public final class EcsSync {
  private static final String ECS = "ecs";
  private static final String ELB = "elasticloadbalancing";

  private EcsSync() {}

  public static void sync(AwsScope scope, NetworkView network, AiCatalogue catalogue, AdvisoryIndex advisories) {
    Instant start = Instant.now();
    EcsClient client = scope.clients().ecs(scope.region());
    scope.progress("ecs services", 0, -1);
    Optional<List<String>> clusters = scope.call(ServiceSchema.NODE, ECS, "ListClusters",
        () -> EcsFetcher.clusters(client));
    List<Service> services = new ArrayList<>();
    boolean servicesComplete = clusters.isPresent();
    if (clusters.isPresent()) {
      record Listed(String cluster, List<String> arns) {}
      record Read(List<Service> services) {}
      List<Listed> listed = scope.describeAll(clusters.get(), ServiceSchema.NODE, ECS, "ListServices",
          c -> new Listed(c, EcsFetcher.serviceArns(client, c)));
      List<Read> read = scope.describeAll(listed, ServiceSchema.NODE, ECS, "DescribeServices",
          l -> new Read(EcsFetcher.services(client, l.cluster(), l.arns())));
      read.forEach(r -> services.addAll(r.services()));
      servicesComplete = read.size() == clusters.get().size();
    }

    scope.progress("ecs task definitions", 0, -1);
    Optional<List<String>> active = scope.call(TaskDefinitionSchema.NODE, ECS, "ListTaskDefinitions",
        () -> EcsFetcher.activeTaskDefinitions(client));
    List<String> wanted = TaskDefinitionTransformer.selected(active.orElse(List.of()),
        services.stream().map(Service::taskDefinition).filter(java.util.Objects::nonNull).toList());
    List<TaskDefinition> definitions = scope.describeAll(wanted, TaskDefinitionSchema.NODE, ECS,
        "DescribeTaskDefinition", arn -> EcsFetcher.taskDefinition(client, arn));
    Map<String, TaskDefinition> byArn = new LinkedHashMap<>();
    definitions.forEach(t -> byArn.put(t.taskDefinitionArn(), t));

    LoadBalancers lbs = loadBalancers(scope, services, network);
    TaskDefinitionTransformer.transform(definitions, catalogue, advisories, scope.key())
        .addAll(lbs.nodes())
        .addAll(ServiceTransformer.transform(services, byArn, network, lbs.frontends(), catalogue, advisories,
            scope.key()))
        .load(scope.context().writer(), scope.context().tag());
    if (lbs.complete()) {
      scope.succeeded(LoadBalancerSchema.NODE, lbs.count(), start);
    }
    // A service's internet edge through a load balancer is only as complete as what was read of it:
    // without the load balancers, cleanup must keep the edge an earlier scan wrote.
    servicesComplete &= lbs.complete();
    if (active.isPresent() && definitions.size() == wanted.size()) {
      scope.succeeded(TaskDefinitionSchema.NODE, definitions.size(), start);
    }
    if (servicesComplete) {
      scope.succeeded(ServiceSchema.NODE, services.size(), start);
    }
  }

  /**
   * What the ELB API says of the services' load balancers.
   *
   * @param nodes     the load balancer nodes
   * @param frontends by target group ARN, the load balancers forwarding to it
   * @param count     load balancers read
   * @param complete  whether every call succeeded
   */
  record LoadBalancers(WriteBatch nodes, Map<String, List<Frontend>> frontends, int count, boolean complete) {}

  /**
   * The services' target groups (DescribeTargetGroups), their load balancers
   * (DescribeLoadBalancers), each one's listeners (DescribeListeners) and, where they can bring the
   * internet in, the listeners' rules (DescribeRules). Nothing is asked when no service names a
   * target group.
   */
  private static LoadBalancers loadBalancers(AwsScope scope, List<Service> services, NetworkView network) {
    List<String> targetGroups = services.stream().flatMap(s -> s.loadBalancers().stream())
        .map(software.amazon.awssdk.services.ecs.model.LoadBalancer::targetGroupArn)
        .filter(java.util.Objects::nonNull).distinct().toList();
    if (targetGroups.isEmpty()) {
      return new LoadBalancers(new WriteBatch(), Map.of(), 0, true);
    }
    ElasticLoadBalancingV2Client elb = scope.clients().elbv2(scope.region());
    Optional<List<TargetGroup>> groups = scope.call(LoadBalancerSchema.NODE, ELB, "DescribeTargetGroups",
        () -> LoadBalancerFetcher.targetGroups(elb, targetGroups));
    if (groups.isEmpty()) {
      return new LoadBalancers(new WriteBatch(), Map.of(), 0, false);
    }
    List<String> arns = LoadBalancerTransformer.loadBalancerArns(groups.get());
    Optional<List<LoadBalancer>> lbs = arns.isEmpty() ? Optional.of(List.of())
        : scope.call(LoadBalancerSchema.NODE, ELB, "DescribeLoadBalancers",
            () -> LoadBalancerFetcher.loadBalancers(elb, arns));
    if (lbs.isEmpty()) {
      return new LoadBalancers(new WriteBatch(), Map.of(), 0, false);
    }
    record Read(String arn, List<Listener> listeners) {}
    List<Read> read = scope.describeAll(lbs.get(), LoadBalancerSchema.NODE, ELB, "DescribeListeners",
        lb -> new Read(lb.loadBalancerArn(), LoadBalancerFetcher.listeners(elb, lb.loadBalancerArn())));
    Map<String, List<Listener>> listeners = new LinkedHashMap<>();
    read.forEach(r -> listeners.put(r.arn(), r.listeners()));
    List<String> ruled = lbs.get().stream().filter(LoadBalancerTransformer::rulesMatter)
        .flatMap(lb -> listeners.getOrDefault(lb.loadBalancerArn(), List.of()).stream())
        .map(Listener::listenerArn).filter(java.util.Objects::nonNull).toList();
    record Ruled(String listenerArn, List<Rule> rules) {}
    List<Ruled> ruleRead = scope.describeAll(ruled, LoadBalancerSchema.NODE, ELB, "DescribeRules",
        l -> new Ruled(l, LoadBalancerFetcher.rules(elb, l)));
    Map<String, List<Rule>> rules = new LinkedHashMap<>();
    ruleRead.forEach(r -> rules.put(r.listenerArn(), r.rules()));
    // A load balancer whose listeners could not be read forwards nowhere we know of: it is written,
    // exposes nothing this scan, and the failure keeps the services' earlier edges. A listener whose
    // rules could not be read still forwards by its default actions.
    return new LoadBalancers(LoadBalancerTransformer.transform(lbs.get(), listeners, network, scope.key()),
        LoadBalancerTransformer.frontends(lbs.get(), listeners, rules, network), lbs.get().size(),
        read.size() == lbs.get().size() && ruleRead.size() == ruled.size());
  }
}
