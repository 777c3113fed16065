package dev.aispm.collectors.aws.ecs;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.SortOrder;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

/** Reads ECS clusters, services and task definitions; SDK only, no reshaping. */
public final class EcsFetcher {
  /** DescribeServices takes at most this many services per call. */
  static final int SERVICES_PER_CALL = 10;

  private EcsFetcher() {}

  public static List<String> clusters(EcsClient client) {
    return client.listClustersPaginator(r -> { }).clusterArns().stream().toList();
  }

  public static List<String> serviceArns(EcsClient client, String cluster) {
    return client.listServicesPaginator(r -> r.cluster(cluster)).serviceArns().stream().toList();
  }

  /** The services of a cluster, described in batches of ten. */
  public static List<Service> services(EcsClient client, String cluster, List<String> arns) {
    List<Service> out = new ArrayList<>();
    for (int i = 0; i < arns.size(); i += SERVICES_PER_CALL) {
      List<String> batch = arns.subList(i, Math.min(arns.size(), i + SERVICES_PER_CALL));
      out.addAll(client.describeServices(r -> r.cluster(cluster).services(batch)).services());
    }
    return out;
  }

  /** Active task definition ARNs, newest revision first. */
  public static List<String> activeTaskDefinitions(EcsClient client) {
    return client.listTaskDefinitionsPaginator(r -> r.status(TaskDefinitionStatus.ACTIVE).sort(SortOrder.DESC))
        .taskDefinitionArns().stream().toList();
  }

  public static TaskDefinition taskDefinition(EcsClient client, String arn) {
    return client.describeTaskDefinition(r -> r.taskDefinition(arn)).taskDefinition();
  }
}
