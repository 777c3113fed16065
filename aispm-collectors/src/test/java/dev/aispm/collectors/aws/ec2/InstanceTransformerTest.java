package dev.aispm.collectors.aws.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.collectors.aws.iam.InstanceProfiles;
import dev.aispm.collectors.content.UserData;
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
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.iam.IamClient;

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
    return InstanceTransformer.transform(instances(), Map.of(), network, profiles, AiCatalogue.builtIn(),
        AdvisoryStore.bundled(), SCOPE);
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
        .containsEntry("userData", "not-read").containsEntry("settingsScan", "not-read");
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
  void theInstanceSitsInItsSubnetBehindItsGroups() {
    WriteBatch out = transform(network(true));
    assertThat(out.rels(InstanceSchema.IN_SUBNET)).singleElement()
        .satisfies(r -> assertThat(r.targetStub()).containsEntry("subnetId", "subnet-0acme1public000001"));
    assertThat(out.rels(InstanceSchema.HAS_SECURITY_GROUP)).singleElement()
        .satisfies(r -> assertThat(r.targetStub()).containsEntry("groupId", "sg-0acme1mlflowopen01"));
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

  static List<Instance> gpuInstances() {
    try (Ec2Client c = RecordedAnswersAccess.ec2("ec2/DescribeInstances-gpu.xml")) {
      List<Instance> out = new ArrayList<>();
      c.describeInstances().reservations().forEach(r -> out.addAll(r.instances()));
      return out;
    }
  }

  private static String userData(String script) {
    return java.util.Base64.getEncoder().encodeToString(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static WriteBatch withUserData(List<Instance> instances, Map<String, UserData> userData) {
    return InstanceTransformer.transform(instances, userData, network(false), profiles(), AiCatalogue.builtIn(),
        AdvisoryStore.bundled(), SCOPE);
  }

  @Test
  void userDataIsReadForServersAndAcceleratedInstancesOnly() {
    assertThat(instances()).filteredOn(i -> InstanceTransformer.readsUserData(i, network(true)))
        .extracting(Instance::instanceId).containsExactly("i-0acme1mlflow0000001");
    // Every GPU and accelerator family, whatever its name; never a terminated one.
    assertThat(gpuInstances()).filteredOn(i -> InstanceTransformer.readsUserData(i, NetworkView.unknown()))
        .extracting(Instance::instanceId)
        .containsExactly("i-0acme1gpu00000001", "i-0acme1gpu00000002", "i-0acme1gpu00000003");
    assertThat(InstanceTransformer.accelerated("m5.large")).isFalse();
    assertThat(InstanceTransformer.accelerated("p5e.48xlarge")).isTrue();
    assertThat(InstanceTransformer.accelerated("trn1n.32xlarge")).isTrue();
    assertThat(InstanceTransformer.accelerated("gp3")).isFalse();
    assertThat(InstanceTransformer.accelerated(null)).isFalse();
  }

  @Test
  void aGpuInstanceWhoseUserDataStartsAnInferenceServerIsAiWithTheTokenItPasses() {
    UserData tgi;
    try (Ec2Client c = RecordedAnswersAccess.ec2("ec2/DescribeInstanceAttribute-userData.xml")) {
      tgi = UserData.decode(UserDataFetcher.fetch(c, "i-0acme1gpu00000001"));
    }
    WriteBatch out = withUserData(gpuInstances(), Map.of(
        "i-0acme1gpu00000001", tgi,
        "i-0acme1gpu00000002", UserData.decode(userData("#!/bin/bash\nblender -b scene.blend -a\n")),
        "i-0acme1gpu00000003", UserData.decode(userData("#!/bin/bash\npip install torch-neuronx==2.1.2 vllm==0.4.2\n"))));
    String gpu = "arn:aws:ec2:us-east-1:111111111111:instance/i-0acme1gpu00000001";
    // The render box runs nothing AI: not written, whatever its accelerators.
    assertThat(out.nodes(InstanceSchema.NODE)).extracting(NodeRecord::id).containsExactly(gpu,
        "arn:aws:ec2:us-east-1:111111111111:instance/i-0acme1gpu00000003");
    Map<String, Object> node = out.nodes(InstanceSchema.NODE).get(0).properties();
    assertThat(node).containsEntry("accelerated", true).containsEntry("userData", "read")
        .containsEntry("userDataImages", List.of("ghcr.io/huggingface/text-generation-inference:2.0.4"))
        .containsEntry("settingsScan", "scanned");
    assertThat(node.get("settingSecrets")).asList().singleElement().asString()
        .startsWith("UserData line 6: secret.huggingface-token (high), preview hf_X****");
    assertThat(out.toString()).doesNotContain("hf_Xb7Kq2Wm9Rt4Zp1Vn6Lc3Jd8Hs5Fg0Ya2C");
    assertThat(out.nodes(AiUsageSchema.NODE)).anySatisfy(u -> assertThat(u.properties())
        .containsEntry("subject", "tgi").containsEntry("version", "2.0.4")
        .containsEntry("evidence", List.of("image ghcr.io/huggingface/text-generation-inference:2.0.4")));
    // The Inferentia worker installs vLLM in its user data.
    assertThat(out.nodes(SoftwarePackageSchema.NODE)).extracting(n -> n.properties().get("purl"))
        .contains("pkg:pypi/vllm@0.4.2");
  }

  @Test
  void aServerWhoseUserDataHoldsADatabasePasswordFailsTheSettingsScanWithoutTheValue() {
    WriteBatch out = withUserData(instances(), Map.of("i-0acme1mlflow0000001", UserData.decode(userData("""
        #!/bin/bash
        pip install mlflow==2.9.1 psycopg2-binary
        mlflow server --host 0.0.0.0 --backend-store-uri postgresql://mlflow:Vq8rT2mX9kLp4wZs@mlflow-db.internal:5432/mlflow
        """))));
    Map<String, Object> node = out.nodes(InstanceSchema.NODE).get(0).properties();
    assertThat(node.get("settingSecrets")).asList().singleElement().asString()
        .startsWith("UserData line 3: secret.database-url");
    assertThat(out.toString()).doesNotContain("Vq8rT2mX9kLp4wZs");
  }

  @Test
  void userDataThatCouldNotBeReadLeavesTheSettingsUnknownAndNoneIsClean() {
    WriteBatch notRead = withUserData(instances(), Map.of("i-0acme1mlflow0000001",
        UserData.notRead("DescribeInstanceAttribute failed: AccessDenied")));
    assertThat(notRead.nodes(InstanceSchema.NODE).get(0).properties()).containsEntry("settingsScan", "not-read")
        .containsEntry("settingsScanError", "DescribeInstanceAttribute failed: AccessDenied");
    WriteBatch none = withUserData(instances(), Map.of("i-0acme1mlflow0000001", UserData.none()));
    assertThat(none.nodes(InstanceSchema.NODE).get(0).properties()).containsEntry("settingsScan", "scanned")
        .containsEntry("userData", "none").containsEntry("settingSecrets", null);
    WriteBatch broken = withUserData(instances(), Map.of("i-0acme1mlflow0000001", UserData.decode("%%%")));
    assertThat(broken.nodes(InstanceSchema.NODE).get(0).properties()).containsEntry("settingsScan", "failed")
        .containsEntry("userData", "failed");
  }
}
