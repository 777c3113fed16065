package dev.aispm.collectors.aws.elb;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/** Reads ELBv2 target groups, load balancers, listeners and listener rules by ARN; SDK only, no reshaping. */
public final class LoadBalancerFetcher {
  /** DescribeLoadBalancers takes at most 20 ARNs per call; target groups are asked for the same way. */
  static final int ARNS_PER_CALL = 20;

  private LoadBalancerFetcher() {}

  public static List<TargetGroup> targetGroups(ElasticLoadBalancingV2Client client, List<String> arns) {
    List<TargetGroup> out = new ArrayList<>();
    for (int i = 0; i < arns.size(); i += ARNS_PER_CALL) {
      List<String> batch = arns.subList(i, Math.min(arns.size(), i + ARNS_PER_CALL));
      client.describeTargetGroupsPaginator(r -> r.targetGroupArns(batch)).targetGroups().forEach(out::add);
    }
    return out;
  }

  public static List<LoadBalancer> loadBalancers(ElasticLoadBalancingV2Client client, List<String> arns) {
    List<LoadBalancer> out = new ArrayList<>();
    for (int i = 0; i < arns.size(); i += ARNS_PER_CALL) {
      List<String> batch = arns.subList(i, Math.min(arns.size(), i + ARNS_PER_CALL));
      client.describeLoadBalancersPaginator(r -> r.loadBalancerArns(batch)).loadBalancers().forEach(out::add);
    }
    return out;
  }

  /** Every listener of one load balancer, across pages. */
  public static List<Listener> listeners(ElasticLoadBalancingV2Client client, String loadBalancerArn) {
    List<Listener> out = new ArrayList<>();
    client.describeListenersPaginator(r -> r.loadBalancerArn(loadBalancerArn)).listeners().forEach(out::add);
    return out;
  }

  /** Every rule of one listener, its default rule included, across pages. */
  public static List<Rule> rules(ElasticLoadBalancingV2Client client, String listenerArn) {
    List<Rule> out = new ArrayList<>();
    client.describeRulesPaginator(r -> r.listenerArn(listenerArn)).rules().forEach(out::add);
    return out;
  }
}
