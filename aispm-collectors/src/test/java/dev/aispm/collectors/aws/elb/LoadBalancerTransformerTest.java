package dev.aispm.collectors.aws.elb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.collectors.aws.ecs.EcsTransformersTestAccess;
import dev.aispm.collectors.aws.elb.LoadBalancerTransformer.Frontend;
import dev.aispm.graph.schema.aws.ecs.ServiceSchema;
import dev.aispm.graph.schema.aws.elb.LoadBalancerSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/** Load balancers in front of ECS services, judged on recorded ELBv2 answers (Query protocol, XML). */
class LoadBalancerTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  static final String A = "arn:aws:elasticloadbalancing:us-east-1:111111111111:";
  static final String EDGE = A + "loadbalancer/app/llm-edge/50dc6c495c0c9188";
  static final String INTERNAL = A + "loadbalancer/app/llm-internal/7a3c1b2e9f0d4c55";
  static final String EDGE_TG = A + "targetgroup/llm-edge-vllm/6d0ecf831eec9f09";
  static final String INTERNAL_TG = A + "targetgroup/llm-internal-vllm/2453ed029918f21f";
  static final String ADMIN_TG = A + "targetgroup/llm-edge-admin/8e2b5d4c1a7f9e30";
  static final String EDGE_HTTP = A + "listener/app/llm-edge/50dc6c495c0c9188/f2f7dc8efc522ab2";

  static ElasticLoadBalancingV2Client recorded(String file) {
    return ElasticLoadBalancingV2Client.builder().region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIARECORDED", "r")))
        .httpClient(RecordedAnswersAccess.replaying("elb/" + file))
        .endpointOverride(URI.create("http://recorded.invalid")).build();
  }

  static List<LoadBalancer> loadBalancers() {
    try (ElasticLoadBalancingV2Client c = recorded("DescribeLoadBalancers.xml")) {
      return LoadBalancerFetcher.loadBalancers(c, List.of(EDGE, INTERNAL));
    }
  }

  static Map<String, List<Listener>> listeners() {
    Map<String, List<Listener>> out = new LinkedHashMap<>();
    try (ElasticLoadBalancingV2Client edge = recorded("DescribeListeners-llm-edge.xml");
         ElasticLoadBalancingV2Client internal = recorded("DescribeListeners-llm-internal.xml")) {
      out.put(EDGE, LoadBalancerFetcher.listeners(edge, EDGE));
      out.put(INTERNAL, LoadBalancerFetcher.listeners(internal, INTERNAL));
    }
    return out;
  }

  /** Both load balancers' group, open to the world on {@code open} (null: not open at all). */
  static NetworkView network(List<String> open) {
    return new NetworkView(Map.of(),
        Map.of("sg-0acme1llmgateway01", new NetworkView.GroupFacts("arn:sg", open != null, open)), true, true);
  }

  @Test
  void theTargetGroupsNameTheirLoadBalancers() {
    try (ElasticLoadBalancingV2Client c = recorded("DescribeTargetGroups.xml")) {
      List<TargetGroup> groups = LoadBalancerFetcher.targetGroups(c, List.of(EDGE_TG, INTERNAL_TG));
      assertThat(LoadBalancerTransformer.loadBalancerArns(groups)).containsExactly(EDGE, INTERNAL);
    }
  }

  @Test
  void anInternetFacingLoadBalancerExposesOnlyTheListenersItsGroupsAdmitFromTheWorld() {
    // the group admits the world on 8000 only: the HTTPS listener on 443 is not reached
    Map<String, List<Frontend>> frontends = LoadBalancerTransformer.frontends(loadBalancers(), listeners(), Map.of(),
        network(List.of("tcp:8000")));

    assertThat(frontends.get(EDGE_TG)).singleElement().isEqualTo(
        new Frontend(EDGE, "llm-edge", true, List.of("tcp:8000", "tcp:443"), List.of("tcp:8000"), List.of()));
    // the same world-open group on an internal load balancer: nothing from the internet
    assertThat(frontends.get(INTERNAL_TG)).singleElement().isEqualTo(
        new Frontend(INTERNAL, "llm-internal", false, List.of("tcp:8000"), List.of(), List.of()));

    WriteBatch out = LoadBalancerTransformer.transform(loadBalancers(), listeners(), network(List.of("tcp:8000")),
        SCOPE);
    NodeRecord edge = out.nodes(LoadBalancerSchema.NODE).get(0);
    assertThat(edge.properties()).containsEntry("scheme", "internet-facing")
        .containsEntry("loadBalancerType", "application").containsEntry("listeners", List.of("HTTP:8000", "HTTPS:443"))
        .containsEntry("internetExposedPorts", List.of("tcp:8000"))
        .containsEntry("securityGroupIds", List.of("sg-0acme1llmgateway01"));
    assertThat(out.nodes(LoadBalancerSchema.NODE).get(1).properties()).containsEntry("scheme", "internal")
        .containsEntry("internetExposedPorts", null);
    assertThat(out.rels(LoadBalancerSchema.HAS_SECURITY_GROUP)).extracting(RelRecord::toId)
        .containsExactly("arn:sg", "arn:sg");
  }

  @Test
  void aGroupClosedToTheWorldOrUnreadExposesNothingAndNoGroupAtAllFiltersNothing() {
    assertThat(LoadBalancerTransformer.frontends(loadBalancers(), listeners(), Map.of(), network(null)).get(EDGE_TG))
        .singleElement().satisfies(f -> assertThat(f.openPorts()).isEmpty());
    assertThat(LoadBalancerTransformer.frontends(loadBalancers(), listeners(), Map.of(), NetworkView.unknown()).get(EDGE_TG))
        .singleElement().satisfies(f -> assertThat(f.openPorts()).isEmpty());
    // a Network Load Balancer without security groups passes the world to its listeners
    LoadBalancer nlb = loadBalancers().get(0).toBuilder().securityGroups(List.of()).type("network").build();
    assertThat(LoadBalancerTransformer.frontends(List.of(nlb), listeners(), Map.of(), network(null)).get(EDGE_TG))
        .singleElement().satisfies(f -> assertThat(f.openPorts()).containsExactly("tcp:8000", "tcp:443"));
  }

  @Test
  void aServiceWithoutAPublicIpIsReachedThroughTheInternetFacingLoadBalancerOnly() {
    Map<String, List<Frontend>> frontends = LoadBalancerTransformer.frontends(loadBalancers(), listeners(), Map.of(),
        network(List.of("tcp:8000")));

    WriteBatch edge = EcsTransformersTestAccess.privateServiceBehind(EDGE_TG, frontends);
    assertThat(edge.rels(ServiceSchema.INTERNET_CAN_REACH)).singleElement().satisfies(r ->
        assertThat(r.properties()).containsEntry("via", "loadBalancer").containsEntry("loadBalancerArn", EDGE)
            .containsEntry("listenerPorts", List.of("tcp:8000")).containsEntry("ports", List.of("tcp:8000")));
    assertThat(edge.rels(LoadBalancerSchema.FORWARDS_TO)).singleElement().satisfies(r -> {
      assertThat(r.fromId()).isEqualTo(EDGE);
      assertThat(r.properties()).containsEntry("targetGroupArn", EDGE_TG).containsEntry("containerName", "vllm")
          .containsEntry("containerPort", 8000);
    });
    // vLLM's port is what the load balancer forwards to: its server is exposed there
    assertThat(EcsTransformersTestAccess.servers(edge)).singleElement().satisfies(u ->
        assertThat(u.properties()).containsEntry("exposedPorts", List.of("tcp:8000")));

    WriteBatch internal = EcsTransformersTestAccess.privateServiceBehind(INTERNAL_TG, frontends);
    assertThat(internal.rels(ServiceSchema.INTERNET_CAN_REACH)).isEmpty();
    assertThat(internal.rels(LoadBalancerSchema.FORWARDS_TO)).extracting(RelRecord::fromId).containsExactly(INTERNAL);
    assertThat(EcsTransformersTestAccess.servers(internal)).singleElement().satisfies(u ->
        assertThat(u.properties()).containsEntry("exposedPorts", null));
  }

  static List<Rule> edgeHttpRules() {
    try (ElasticLoadBalancingV2Client c = recorded("DescribeRules-llm-edge-http.xml")) {
      return LoadBalancerFetcher.rules(c, EDGE_HTTP);
    }
  }

  /**
   * The edge load balancer's listeners with the HTTP one answering 404 by default: its target
   * groups are then reached only through its rules.
   */
  static Map<String, List<Listener>> listenersRoutingByRulesOnly() {
    Map<String, List<Listener>> out = new LinkedHashMap<>(listeners());
    out.put(EDGE, out.get(EDGE).stream().map(l -> !EDGE_HTTP.equals(l.listenerArn()) ? l : l.toBuilder()
        .defaultActions(a -> a.type("fixed-response").order(1)
            .fixedResponseConfig(f -> f.statusCode("404").contentType("text/plain")))
        .build()).toList());
    return out;
  }

  @Test
  void theRecordedRulesAreReadWithTheirConditionsAndWeightedForwards() {
    List<Rule> rules = edgeHttpRules();
    assertThat(rules).extracting(Rule::priority).containsExactly("10", "20", "default");
    assertThat(LoadBalancerTransformer.forwardedTargetGroups(rules.get(0).actions())).containsExactly(EDGE_TG);
    assertThat(LoadBalancerTransformer.conditions(rules.get(0)))
        .isEqualTo("host-header=llm.acme.example and path-pattern=/v1/*");
    assertThat(LoadBalancerTransformer.admitsWorldSources(rules.get(0))).isTrue();
    // only the private network gets through the admin rule
    assertThat(LoadBalancerTransformer.conditions(rules.get(1))).isEqualTo("source-ip=10.0.0.0/8 and path-pattern=/admin/*");
    assertThat(LoadBalancerTransformer.admitsWorldSources(rules.get(1))).isFalse();
    assertThat(LoadBalancerTransformer.forwardedTargetGroups(rules.get(2).actions())).isEmpty();
  }

  @Test
  void aTargetGroupReachedOnlyThroughAHostAndPathRuleIsReachableWithTheRulesConditions() {
    Map<String, List<Frontend>> frontends = LoadBalancerTransformer.frontends(loadBalancers(),
        listenersRoutingByRulesOnly(), Map.of(EDGE_HTTP, edgeHttpRules()), network(List.of("tcp:8000")));

    assertThat(frontends.get(EDGE_TG)).singleElement().isEqualTo(new Frontend(EDGE, "llm-edge", true,
        List.of("tcp:8000", "tcp:443"), List.of("tcp:8000"),
        List.of("tcp:8000 host-header=llm.acme.example and path-pattern=/v1/*")));
    // forwarded to, but only from 10.0.0.0/8: not from the internet
    assertThat(frontends.get(ADMIN_TG)).singleElement().isEqualTo(new Frontend(EDGE, "llm-edge", true,
        List.of("tcp:8000"), List.of(), List.of()));

    WriteBatch edge = EcsTransformersTestAccess.privateServiceBehind(EDGE_TG, frontends);
    assertThat(edge.rels(ServiceSchema.INTERNET_CAN_REACH)).singleElement().satisfies(r ->
        assertThat(r.properties()).containsEntry("via", "loadBalancer").containsEntry("listenerPorts", List.of("tcp:8000"))
            .containsEntry("ruleConditions", List.of("tcp:8000 host-header=llm.acme.example and path-pattern=/v1/*")));
    assertThat(EcsTransformersTestAccess.privateServiceBehind(ADMIN_TG, frontends).rels(ServiceSchema.INTERNET_CAN_REACH))
        .isEmpty();
  }

  @Test
  void withoutItsRulesAListenerAnsweringByDefaultLeadsNowhereAndADefaultForwardNeedsNoConditions() {
    // the rules could not be read: the 404 default reaches nothing, the HTTPS listener is not admitted
    assertThat(LoadBalancerTransformer.frontends(loadBalancers(), listenersRoutingByRulesOnly(), Map.of(),
        network(List.of("tcp:8000"))).get(EDGE_TG)).singleElement()
        .satisfies(f -> assertThat(f.openPorts()).isEmpty());
    // the rule and the default action both forward to the group: the default one needs no conditions
    assertThat(LoadBalancerTransformer.frontends(loadBalancers(), listeners(), Map.of(EDGE_HTTP, edgeHttpRules()),
        network(List.of("tcp:8000"))).get(EDGE_TG)).singleElement()
        .satisfies(f -> assertThat(f.ruleConditions()).isEmpty());
  }

  @Test
  void onlyInternetFacingApplicationLoadBalancersHaveTheirRulesRead() {
    List<LoadBalancer> lbs = loadBalancers();
    assertThat(lbs).extracting(LoadBalancerTransformer::rulesMatter).containsExactly(true, false);
    assertThat(LoadBalancerTransformer.rulesMatter(lbs.get(0).toBuilder().type("network").build())).isFalse();
  }
}
