package dev.aispm.collectors.aws.ecs;

import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.collectors.aws.elb.LoadBalancerTransformer.Frontend;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecs.model.LoadBalancer;
import software.amazon.awssdk.services.ecs.model.Service;

/** Opens the recorded ECS service to the load balancer tests. */
public final class EcsTransformersTestAccess {
  private EcsTransformersTestAccess() {}

  /**
   * The recorded llm-gateway service moved to a private subnet without a public IP, registered with
   * {@code targetGroupArn} for its vLLM container, transformed with its recorded task definition.
   */
  public static WriteBatch privateServiceBehind(String targetGroupArn, Map<String, List<Frontend>> frontends) {
    Service recorded = EcsTransformersTest.services().get(0);
    Service behind = recorded.toBuilder()
        .networkConfiguration(n -> n.awsvpcConfiguration(v -> v.subnets("subnet-0acme1private00001")
            .securityGroups("sg-0acme1internal00001").assignPublicIp("DISABLED")))
        .loadBalancers(LoadBalancer.builder().targetGroupArn(targetGroupArn).containerName("vllm").containerPort(8000)
            .build())
        .build();
    NetworkView network = new NetworkView(
        Map.of("subnet-0acme1private00001", new NetworkView.SubnetFacts("arn:subnet", "vpc", false)),
        Map.of("sg-0acme1internal00001", new NetworkView.GroupFacts("arn:sg-internal", false, List.of())), true, true);
    return ServiceTransformer.transform(List.of(behind), Map.of(EcsTransformersTest.TD,
            EcsTransformersTest.taskDefinition("DescribeTaskDefinition.json")), network, frontends,
        AiCatalogue.builtIn(), AdvisoryStore.bundled(), EcsTransformersTest.SCOPE);
  }

  public static List<NodeRecord> servers(WriteBatch out) {
    return EcsTransformersTest.servers(out);
  }
}
