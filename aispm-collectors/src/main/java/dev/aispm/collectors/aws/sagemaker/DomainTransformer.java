package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.aws.sagemaker.DomainSchema;
import dev.aispm.graph.schema.aws.sagemaker.StudioLifecycleConfigSchema;
import dev.aispm.graph.schema.aws.sagemaker.UserProfileSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeDomainResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeUserProfileResponse;
import software.amazon.awssdk.services.sagemaker.model.ResourceSpec;
import software.amazon.awssdk.services.sagemaker.model.UserSettings;

/**
 * Turns DescribeDomain and DescribeUserProfile answers into Studio domain and user profile nodes.
 * A PublicInternetOnly domain gives every app SageMaker's own internet access, the Studio
 * equivalent of a notebook instance's direct internet access; a VpcOnly domain is reachable only
 * through a subnet routing to an internet gateway behind a world-open security group.
 */
public final class DomainTransformer {
  private DomainTransformer() {}

  /**
   * @param network the region's subnets and security groups
   * @param tags    tags by resource id; a missing entry means the tags could not be read
   */
  public static WriteBatch transform(List<DescribeDomainResponse> domains, List<DescribeUserProfileResponse> profiles,
      NetworkView network, Map<String, List<String>> tags, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    Map<String, String> domainArns = new java.util.HashMap<>();
    for (DescribeDomainResponse d : domains) {
      String id = d.domainArn() != null ? d.domainArn()
          : d.domainId() == null ? null : AwsIds.sagemakerArn(scope.region(), scope.account(), "domain", d.domainId());
      if (id == null) {
        continue;
      }
      domainArns.put(d.domainId(), id);
      String access = d.appNetworkAccessTypeAsString();
      Boolean vpcOnly = access == null ? null : switch (access) {
        case "VpcOnly" -> true;
        case "PublicInternetOnly" -> false;
        default -> null;
      };
      var user = d.defaultUserSettings();
      List<String> groups = user == null ? List.of() : user.securityGroups();
      String role = user == null ? null : user.executionRole();
      NetworkView.Exposure exposure = d.subnetIds().isEmpty() ? null : network.exposure(d.subnetIds(), groups);
      Boolean reachable = Boolean.FALSE.equals(vpcOnly) ? Boolean.TRUE
          : exposure != null && Boolean.TRUE.equals(exposure.reachable()) ? Boolean.TRUE
          : vpcOnly == null ? null : exposure == null ? Boolean.FALSE : exposure.reachable();
      out.node(DomainSchema.NODE, NodeRecord.of(id, scope)
          .set("name", d.domainName())
          .set("domainId", d.domainId())
          .set("status", d.statusAsString())
          .set("authMode", d.authModeAsString())
          .set("appNetworkAccessType", access)
          .set("vpcOnly", vpcOnly)
          .set("kmsKeyId", d.kmsKeyId())
          .set("customerKmsKey", d.kmsKeyId() != null)
          .set("vpcId", d.vpcId())
          .set("subnetIds", d.subnetIds().isEmpty() ? null : d.subnetIds())
          .set("securityGroupIds", groups.isEmpty() ? null : groups)
          .set("defaultExecutionRole", role)
          .set("notebookOutputSharing", user == null || user.sharingSettings() == null ? null
              : "Allowed".equals(user.sharingSettings().notebookOutputOptionAsString()))
          .set("internetReachable", reachable)
          .set("url", d.url())
          .set("createdAt", d.creationTime())
          .set("tags", tags.get(id))
          .build());
      if (role != null) {
        out.rel(DomainSchema.RUNS_AS, AwsIds.toRole(id, role, scope));
      }
      for (String config : lifecycleConfigs(user)) {
        out.rel(StudioLifecycleConfigSchema.DOMAIN_USES, RelRecord.of(id, config, scope));
      }
      NetworkPlacement.link(out, id, d.subnetIds(), groups, network, scope, DomainSchema.IN_SUBNET,
          DomainSchema.HAS_SECURITY_GROUP);
      if (Boolean.FALSE.equals(vpcOnly)) {
        NetworkPlacement.reachable(out, DomainSchema.INTERNET_CAN_REACH, id, "publicInternetOnly", null, scope);
      } else if (exposure != null && Boolean.TRUE.equals(exposure.reachable())) {
        NetworkPlacement.reachable(out, DomainSchema.INTERNET_CAN_REACH, id, "securityGroupOpenToWorld", exposure,
            scope);
      }
    }
    for (DescribeUserProfileResponse p : profiles) {
      String domain = p.domainId() == null ? null : domainArns.getOrDefault(p.domainId(),
          AwsIds.sagemakerArn(scope.region(), scope.account(), "domain", p.domainId()));
      String id = p.userProfileArn() != null ? p.userProfileArn() : domain == null || p.userProfileName() == null
          ? null : AwsIds.sagemakerArn(scope.region(), scope.account(), "user-profile",
              p.domainId() + "/" + p.userProfileName());
      if (id == null) {
        continue;
      }
      String own = p.userSettings() == null ? null : p.userSettings().executionRole();
      out.node(UserProfileSchema.NODE, NodeRecord.of(id, scope)
          .set("name", p.userProfileName())
          .set("domainId", p.domainId())
          .set("status", p.statusAsString())
          .set("executionRole", own)
          .set("singleSignOnUser", p.singleSignOnUserValue())
          .set("createdAt", p.creationTime())
          .set("tags", tags.get(id))
          .build());
      for (String config : lifecycleConfigs(p.userSettings())) {
        out.rel(StudioLifecycleConfigSchema.USER_PROFILE_USES, RelRecord.of(id, config, scope));
      }
      if (domain != null) {
        out.rel(UserProfileSchema.IN_DOMAIN, RelRecord.of(id, domain, scope)
            .withTargetStub(Map.of("domainId", p.domainId())));
      }
      String effective = own != null ? own : domains.stream().filter(d -> p.domainId() != null
              && p.domainId().equals(d.domainId()) && d.defaultUserSettings() != null)
          .map(d -> d.defaultUserSettings().executionRole()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
      if (effective != null) {
        out.rel(UserProfileSchema.RUNS_AS, AwsIds.toRole(id, effective, scope));
      }
    }
    return out;
  }

  /**
   * The Studio lifecycle configurations user settings attach to their apps (JupyterLab, Code
   * Editor, the classic Jupyter server and kernel gateways), including each app's default one.
   */
  static java.util.Set<String> lifecycleConfigs(UserSettings u) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    if (u == null) {
      return out;
    }
    if (u.jupyterLabAppSettings() != null) {
      out.addAll(u.jupyterLabAppSettings().lifecycleConfigArns());
      addDefault(out, u.jupyterLabAppSettings().defaultResourceSpec());
    }
    if (u.codeEditorAppSettings() != null) {
      out.addAll(u.codeEditorAppSettings().lifecycleConfigArns());
      addDefault(out, u.codeEditorAppSettings().defaultResourceSpec());
    }
    if (u.jupyterServerAppSettings() != null) {
      out.addAll(u.jupyterServerAppSettings().lifecycleConfigArns());
      addDefault(out, u.jupyterServerAppSettings().defaultResourceSpec());
    }
    if (u.kernelGatewayAppSettings() != null) {
      out.addAll(u.kernelGatewayAppSettings().lifecycleConfigArns());
      addDefault(out, u.kernelGatewayAppSettings().defaultResourceSpec());
    }
    return out;
  }

  private static void addDefault(java.util.Set<String> out, ResourceSpec spec) {
    if (spec != null && spec.lifecycleConfigArn() != null) {
      out.add(spec.lifecycleConfigArn());
    }
  }
}
