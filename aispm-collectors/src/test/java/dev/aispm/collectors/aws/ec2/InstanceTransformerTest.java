package dev.aispm.collectors.aws.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.collectors.aws.iam.InstanceProfiles;
import dev.aispm.graph.schema.aws.ec2.InstanceSchema;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.ec2.model.Instance;

/** Self-hosted AI servers on EC2 from a recorded DescribeInstances answer and the region's network facts. */
class InstanceTransformerTest {
  private static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  private static final String MLFLOW = "arn:aws:ec2:us-east-1:111111111111:instance/i-0acme1mlflow0000001";

  static List<Instance> instances() {
    try (Ec2Client c = RecordedAnswersAccess.ec2("ec2/DescribeInstances.xml")) {
      List<Instance> out = new ArrayList<>();
      c.describeInstances().reservations().forEach(r -> out.addAll(r.instances()));
      return out;
    }
  }

  static NetworkView network(boolean mlflowOpen) {
    return new NetworkView(
        Map.of("subnet-0acme1public000001", new NetworkView.SubnetFacts("arn:subnet", "vpc", true)),
        Map.of("sg-0acme1mlflowopen01", new NetworkView.GroupFacts("arn:sg", mlflowOpen,
                mlflowOpen ? List.of("tcp:5000") : null),
            "sg-0acme1internal00001", new NetworkView.GroupFacts("arn:sg2", false, null)), true, true);
  }

  static InstanceProfiles profiles() {
    try (IamClient iam = RecordedAnswersAccess.iam("iam/GetAccountAuthorizationDetails.xml")) {
      return InstanceProfiles.of(iam.getAccountAuthorizationDetails().roleDetailList());
    }
  }

  static WriteBatch transform(NetworkView network) {
    return transform(network, profiles());
  }

  static WriteBatch transform(NetworkView network, InstanceProfiles profiles) {
    return InstanceTransformer.transform(instances(), network, profiles, AiCatalogue.builtIn(), AdvisoryStore.bundled(),
        SCOPE);
  }

  @Test
  void anInternetReachableMlflowServerIsAnAssetWithItsDashboardPackageAndAdvisories() {
    WriteBatch out = transform(network(true));

    // the bastion runs nothing an AI inventory needs
    NodeRecord instance = out.nodes(InstanceSchema.NODE).stream().filter(n -> n.id().equals(MLFLOW)).findFirst()
        .orElseThrow();
    assertThat(out.nodes(InstanceSchema.NODE)).hasSize(1);
    assertThat(instance.properties()).containsEntry("name", "mlflow-tracking")
        .containsEntry("publicIpAddress", "203.0.113.15").containsEntry("internetExposedPorts", List.of("tcp:5000"))
        .containsEntry("instanceProfileArn", "arn:aws:iam::111111111111:instance-profile/MlflowServer")
        .doesNotContainKey("userData");
    assertThat(out.rels(InstanceSchema.INTERNET_CAN_REACH)).singleElement().satisfies(r ->
        assertThat(r.properties()).containsEntry("via", "securityGroupOpenToWorld")
            .containsEntry("securityGroupId", "sg-0acme1mlflowopen01"));
    NodeRecord server = out.nodes(AiUsageSchema.NODE).stream()
        .filter(n -> n.id().equals(MLFLOW + "#ai/server/mlflow")).findFirst().orElseThrow();
    assertThat(server.properties()).containsEntry("kind", "server").containsEntry("dashboard", true)
        .containsEntry("exposedPorts", List.of("tcp:5000")).containsEntry("version", "2.9.1")
        .containsEntry("managed", false);
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).singleElement()
        .satisfies(p -> assertThat(p.properties()).containsEntry("purl", "pkg:pypi/mlflow@2.9.1")
            .containsEntry("record", "tag"));
    assertThat(out.nodes(AdvisorySchema.NODE)).extracting(NodeRecord::id)
        .contains(MLFLOW + "#package/pkg:pypi/mlflow@2.9.1#advisory/PYSEC-2023-252");
  }

  @Test
  void aServerBehindAClosedGroupIsStillAnAssetButNotReachable() {
    WriteBatch out = transform(network(false));
    assertThat(out.nodes(InstanceSchema.NODE)).singleElement().satisfies(n ->
        assertThat(n.properties()).containsEntry("internetExposedPorts", null));
    assertThat(out.rels(InstanceSchema.INTERNET_CAN_REACH)).isEmpty();
    assertThat(out.nodes(AiUsageSchema.NODE)).anySatisfy(u ->
        assertThat(u.properties()).containsEntry("kind", "server").containsEntry("exposedPorts", null));
  }

  @Test
  void theInstanceRunsAsTheRoleItsInstanceProfileHolds() {
    assertThat(transform(network(true)).rels(InstanceSchema.RUNS_AS)).singleElement().satisfies(r -> {
      assertThat(r.fromId()).isEqualTo(MLFLOW);
      assertThat(r.toId()).isEqualTo("arn:aws:iam::111111111111:role/MlflowServerRole");
    });
  }

  @Test
  void aProfileIamDoesNotListOrUnreadIamGivesNoRoleEdge() {
    assertThat(transform(network(true), new InstanceProfiles(Map.of(
        "arn:aws:iam::111111111111:instance-profile/Other", "arn:aws:iam::111111111111:role/Other"), true))
        .rels(InstanceSchema.RUNS_AS)).isEmpty();
    assertThat(transform(network(true), InstanceProfiles.unknown()).rels(InstanceSchema.RUNS_AS)).isEmpty();
  }

  @Test
  void unknownNetworkFactsGiveNoInternetEdge() {
    assertThat(transform(NetworkView.unknown()).rels(InstanceSchema.INTERNET_CAN_REACH)).isEmpty();
  }
}
