package dev.aispm.collectors.aws.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.RecordedAnswersAccess;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.iam.RoleSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.RoleDetail;

class RoleTransformerTest {
  static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "global");
  static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
  static final List<String> BUCKETS = List.of("acme-training-data", "acme-models", "acme-kb-docs");

  static List<RoleDetail> roles() {
    try (IamClient iam = RecordedAnswersAccess.iam("iam/GetAccountAuthorizationDetails.xml")) {
      return iam.getAccountAuthorizationDetails().roleDetailList();
    }
  }

  static NodeRecord role(WriteBatch out, String name) {
    return out.nodes(RoleSchema.NODE).stream().filter(r -> name.equals(r.properties().get("name"))).findFirst().orElseThrow();
  }

  @Test
  void policiesAreSummarisedIntoCapabilitiesAndBucketEdges() {
    WriteBatch out = RoleTransformer.transform(roles(), Map.of(ADMIN,
        "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22*%22%2C%22Resource%22%3A%22*%22%7D%5D%7D"),
        BUCKETS, SCOPE);
    assertThat(role(out, "ResearchNotebookRole").properties()).containsEntry("isAdmin", true)
        .containsEntry("privilegeLevel", "admin").containsEntry("writableBucketPatterns", List.of("*"));
    assertThat(role(out, "MLPipelineRole").properties()).containsEntry("isAdmin", false)
        .containsEntry("canPassRole", true).containsEntry("canCreateAiJobs", true)
        .containsEntry("readableBucketPatterns", List.of("acme-training-data"));
    assertThat(role(out, "SageMakerTrainingRole").properties()).containsEntry("canPassRole", false)
        .containsEntry("crossAccountTrust", false).containsEntry("trustedServices", List.of("sagemaker.amazonaws.com"));
    assertThat(out.rels(RoleSchema.CAN_WRITE)).filteredOn(r -> r.fromId().endsWith("/SageMakerTrainingRole"))
        .extracting(RelRecord::toId).containsExactly("arn:aws:s3:::acme-models");
    assertThat(out.rels(RoleSchema.CAN_WRITE)).filteredOn(r -> r.fromId().endsWith("/ResearchNotebookRole"))
        .hasSize(BUCKETS.size());
  }

  @Test
  void anUnreadableManagedPolicyLeavesCapabilitiesUnknownNotFalse() {
    WriteBatch out = RoleTransformer.transform(roles(), Map.of(), BUCKETS, SCOPE);
    assertThat(role(out, "ResearchNotebookRole").properties()).containsEntry("isAdmin", null)
        .containsEntry("canPassRole", null).containsEntry("privilegeLevel", null);
  }

  @Test
  void malformedDocumentsAndCrossAccountTrustAreHandled() {
    RoleDetail odd = RoleDetail.builder().arn("arn:aws:iam::111111111111:role/odd").roleName("odd")
        .assumeRolePolicyDocument("%7B%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22999999999999%22%7D%7D%7D")
        .rolePolicyList(b -> b.policyName("broken").policyDocument("not json"))
        .build();
    NodeRecord r = RoleTransformer.transform(List.of(odd), Map.of(), BUCKETS, SCOPE).nodes(RoleSchema.NODE).get(0);
    assertThat(r.properties()).containsEntry("crossAccountTrust", true).containsEntry("isAdmin", null)
        .containsEntry("trustedPrincipals", List.of("999999999999"));
  }

  @Test
  void instanceProfilesAreReadFromTheRolesDetails() {
    InstanceProfiles profiles = InstanceProfiles.of(roles());
    assertThat(profiles.known()).isTrue();
    assertThat(profiles.roleOfProfile()).containsExactly(Map.entry(
        "arn:aws:iam::111111111111:instance-profile/MlflowServer", "arn:aws:iam::111111111111:role/MlflowServerRole"));
    assertThat(role(RoleTransformer.transform(roles(), Map.of(), BUCKETS, SCOPE), "MlflowServerRole").properties())
        .containsEntry("instanceProfileArns", List.of("arn:aws:iam::111111111111:instance-profile/MlflowServer"));
    assertThat(InstanceProfiles.unknown().roleOf("arn:aws:iam::111111111111:instance-profile/MlflowServer")).isEmpty();
  }
}
