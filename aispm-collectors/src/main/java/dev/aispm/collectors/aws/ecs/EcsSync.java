package dev.aispm.collectors.aws.ecs;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.ecs.ServiceSchema;
import dev.aispm.graph.schema.aws.ecs.TaskDefinitionSchema;
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

/**
 * Collects one region's ECS services and task definitions: ListClusters, ListServices and
 * DescribeServices per cluster, ListTaskDefinitions (active, newest first) and
 * DescribeTaskDefinition for the newest revision of each family and every revision a service runs.
 * Services are judged with the region's subnets and security groups from the network sync.
 *
 * <p>A cluster whose services could not be read costs only its services: the service type is then
 * not marked complete, so cleanup keeps what an earlier scan found there.
 */
public final class EcsSync {
  private static final String ECS = "ecs";

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

    TaskDefinitionTransformer.transform(definitions, catalogue, advisories, scope.key())
        .addAll(ServiceTransformer.transform(services, byArn, network, catalogue, advisories, scope.key()))
        .load(scope.context().writer(), scope.context().tag());
    if (active.isPresent() && definitions.size() == wanted.size()) {
      scope.succeeded(TaskDefinitionSchema.NODE, definitions.size(), start);
    }
    if (servicesComplete) {
      scope.succeeded(ServiceSchema.NODE, services.size(), start);
    }
  }
}
