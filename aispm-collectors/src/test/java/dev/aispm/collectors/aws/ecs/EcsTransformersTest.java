package dev.aispm.collectors.aws.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.ecs.ServiceSchema;
import dev.aispm.graph.schema.aws.ecs.TaskDefinitionSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/** ECS task definitions and services from recorded DescribeTaskDefinition and DescribeServices answers. */
class EcsTransformersTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  static final String TD = "arn:aws:ecs:us-east-1:111111111111:task-definition/llm-gateway:7";
  static final String SVC = "arn:aws:ecs:us-east-1:111111111111:service/ml-serving/llm-gateway";
  static final String TASK_ROLE = "arn:aws:iam::111111111111:role/LlmGatewayTaskRole";

  static TaskDefinition taskDefinition(String file) {
    try (EcsClient c = RecordedAnswersAccess.ecs("ecs/" + file)) {
      return c.describeTaskDefinition(r -> r.taskDefinition("x")).taskDefinition();
    }
  }

  static List<Service> services() {
    try (EcsClient c = RecordedAnswersAccess.ecs("ecs/DescribeServices.json")) {
      return c.describeServices(r -> r.cluster("ml-serving")).services();
    }
  }

  /** The public subnet, and the service's group open to the world on {@code open} (null: closed). */
  static NetworkView network(List<String> open) {
    return new NetworkView(
        Map.of("subnet-0acme1public000001", new NetworkView.SubnetFacts("arn:subnet", "vpc", true)),
        Map.of("sg-0acme1llmgateway01", new NetworkView.GroupFacts("arn:sg", open != null, open)), true, true);
  }

  static WriteBatch services(NetworkView network) {
    return ServiceTransformer.transform(services(), Map.of(TD, taskDefinition("DescribeTaskDefinition.json")), network,
        Map.of(), AiCatalogue.builtIn(), AdvisoryStore.bundled(), SCOPE);
  }

  static List<NodeRecord> servers(WriteBatch out) {
    return out.nodes(AiUsageSchema.NODE).stream().filter(n -> "server".equals(n.properties().get("kind"))).toList();
  }

  static NodeRecord node(List<NodeRecord> nodes, String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aTaskDefinitionIsItsImagesPortsRoleAndTheServersItsImagesAre() {
    WriteBatch out = TaskDefinitionTransformer.transform(List.of(taskDefinition("DescribeTaskDefinition.json"),
        taskDefinition("DescribeTaskDefinition-ollama.json")), AiCatalogue.builtIn(), AdvisoryStore.bundled(), SCOPE);

    assertThat(node(out.nodes(TaskDefinitionSchema.NODE), TD).properties())
        .containsEntry("name", "llm-gateway:7").containsEntry("taskRoleArn", TASK_ROLE)
        .containsEntry("containerImages", List.of("vllm/vllm-openai:v0.4.2",
            "111111111111.dkr.ecr.us-east-1.amazonaws.com/support/ticket-triage:latest"))
        .containsEntry("containerPorts", List.of("tcp:8000", "tcp:8080"))
        .containsEntry("compatibilities", List.of("FARGATE"))
        .doesNotContainKeys("environment", "command");
    assertThat(out.rels(TaskDefinitionSchema.RUNS_AS)).extracting(RelRecord::fromId, RelRecord::toId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TD, TASK_ROLE));
    assertThat(servers(out)).extracting(n -> n.properties().get("subject") + " "
        + n.properties().get("exposedPorts") + " " + n.properties().get("version"))
        .containsExactlyInAnyOrder("vllm null 0.4.2", "ollama null 0.1.32");
    // no task role, no edge
    assertThat(out.rels(TaskDefinitionSchema.RUNS_AS)).hasSize(1);
  }

  @Test
  void aServiceWithAPublicIpBehindAnOpenGroupIsReachableOnTheContainerPortsTheGroupAdmits() {
    // open on every port: only the containers' ports are exposed
    WriteBatch out = services(network(List.of("tcp:all")));

    assertThat(node(out.nodes(ServiceSchema.NODE), SVC).properties())
        .containsEntry("assignPublicIp", true).containsEntry("launchType", "FARGATE")
        .containsEntry("securityGroupIds", List.of("sg-0acme1llmgateway01"))
        .containsEntry("internetExposedPorts", List.of("tcp:8000", "tcp:8080"))
        .containsEntry("taskDefinitionArn", TD);
    assertThat(out.rels(ServiceSchema.INTERNET_CAN_REACH)).singleElement().satisfies(r ->
        assertThat(r.properties()).containsEntry("via", "securityGroupOpenToWorld")
            .containsEntry("ports", List.of("tcp:8000", "tcp:8080"))
            // A load balancer's keys are written empty: the edge's properties merge into an earlier
            // scan's, where the service may have been reached through one.
            .containsEntry("loadBalancerArn", null).containsEntry("listenerPorts", null)
            .containsEntry("ruleConditions", null));
    assertThat(out.rels(ServiceSchema.RUNS_AS)).extracting(RelRecord::toId).containsExactly(TASK_ROLE);
    assertThat(out.rels(ServiceSchema.RUNS_TASK_DEFINITION)).extracting(RelRecord::toId).containsExactly(TD);
    assertThat(servers(out)).singleElement().satisfies(u -> assertThat(u.properties())
        .containsEntry("subject", "vllm").containsEntry("exposedPorts", List.of("tcp:8000")));
    // the image tag names vLLM's release: its package is the service's, for the advisory match
    assertThat(out.rels(ServiceSchema.USES_PACKAGE)).extracting(RelRecord::toId)
        .containsExactly(SVC + "#package/pkg:pypi/vllm@0.4.2");
  }

  @Test
  void aClosedGroupOrAnotherPortGivesNoExposure() {
    WriteBatch closed = services(network(null));
    assertThat(closed.rels(ServiceSchema.INTERNET_CAN_REACH)).isEmpty();
    assertThat(node(closed.nodes(ServiceSchema.NODE), SVC).properties()).containsEntry("internetExposedPorts", null);

    WriteBatch ssh = services(network(List.of("tcp:22")));
    assertThat(node(ssh.nodes(ServiceSchema.NODE), SVC).properties()).containsEntry("internetExposedPorts", null);
    assertThat(servers(ssh)).singleElement().satisfies(u ->
        assertThat(u.properties()).containsEntry("exposedPorts", null));
  }

  @Test
  void aServiceWhoseTaskDefinitionWasNotReadKeepsItsNetworkButNothingThatRunsInIt() {
    WriteBatch out = ServiceTransformer.transform(services(), Map.of(), network(List.of("tcp:8000")), Map.of(),
        AiCatalogue.builtIn(), AdvisoryStore.bundled(), SCOPE);
    assertThat(out.nodes(ServiceSchema.NODE)).hasSize(1);
    assertThat(out.rels(ServiceSchema.RUNS_AS)).isEmpty();
    assertThat(out.nodes(AiUsageSchema.NODE)).isEmpty();
  }

  @Test
  void theNewestRevisionOfEachFamilyAndEveryRevisionAServiceRunsAreRead() {
    String base = "arn:aws:ecs:us-east-1:111111111111:task-definition/";
    assertThat(TaskDefinitionTransformer.selected(List.of(base + "batch:2", base + "llm-gateway:7", base + "llm-gateway:6",
        base + "batch:1"), List.of(base + "llm-gateway:6"))).containsExactly(base + "batch:2", base + "llm-gateway:7",
        base + "llm-gateway:6");
  }

  @Test
  void aKeyInAContainersPlainEnvironmentIsNamedByContainerWhileSecretReferencesAreNot() {
    WriteBatch out = TaskDefinitionTransformer.transform(
        List.of(taskDefinition("DescribeTaskDefinition-environment-key.json"), taskDefinition("DescribeTaskDefinition.json")),
        AiCatalogue.builtIn(), AdvisoryStore.bundled(), SCOPE);
    Map<String, Object> keyed = node(out.nodes(TaskDefinitionSchema.NODE),
        "arn:aws:ecs:us-east-1:111111111111:task-definition/rag-api:3").properties();
    assertThat(keyed).containsEntry("settingsScan", "scanned");
    assertThat(keyed.get("settingSecrets")).asList().singleElement().asString()
        .startsWith("triage-api.environment.ANTHROPIC_API_KEY: secret.anthropic-api-key (critical), preview sk-a****")
        .doesNotContain("Xk4Wq9Lm2Tz7");
    assertThat(node(out.nodes(TaskDefinitionSchema.NODE), TD).properties()).containsEntry("settingsScan", "scanned")
        .containsEntry("settingSecrets", null);
  }
}
