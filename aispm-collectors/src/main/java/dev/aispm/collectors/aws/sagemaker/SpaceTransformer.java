package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.aws.sagemaker.AppSchema;
import dev.aispm.graph.schema.aws.sagemaker.SpaceSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.AppDetails;
import software.amazon.awssdk.services.sagemaker.model.DescribeSpaceResponse;

/**
 * Turns DescribeSpace and ListApps answers into Studio space and app nodes linked to their domain,
 * owner user profile and space. Apps carry no ARN in ListApps, so their id is built the way
 * SageMaker builds it ({@code app/<domain>/<profile or space>/<type lowercased>/<name>}); deleted
 * apps are skipped, since they no longer run anything.
 */
public final class SpaceTransformer {
  private SpaceTransformer() {}

  /** @param tags tags by resource id; a missing entry means the tags could not be read */
  public static WriteBatch transform(List<DescribeSpaceResponse> spaces, List<AppDetails> apps,
      Map<String, List<String>> tags, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (DescribeSpaceResponse s : spaces) {
      String id = s.spaceArn() != null ? s.spaceArn() : spaceArn(s.domainId(), s.spaceName(), scope);
      if (id == null) {
        continue;
      }
      String sharing = s.spaceSharingSettings() == null ? null : s.spaceSharingSettings().sharingTypeAsString();
      Boolean shared = sharing == null ? null : switch (sharing) {
        case "Shared" -> true;
        case "Private" -> false;
        default -> null;
      };
      String owner = s.ownershipSettings() == null ? null : s.ownershipSettings().ownerUserProfileName();
      String remote = s.spaceSettings() == null ? null : s.spaceSettings().remoteAccessAsString();
      out.node(SpaceSchema.NODE, NodeRecord.of(id, scope)
          .set("name", s.spaceName())
          .set("domainId", s.domainId())
          .set("status", s.statusAsString())
          .set("sharingType", sharing)
          .set("shared", shared)
          .set("appType", s.spaceSettings() == null ? null : s.spaceSettings().appTypeAsString())
          .set("ownerUserProfile", owner)
          .set("remoteAccess", remote == null ? null : switch (remote) {
            case "ENABLED" -> Boolean.TRUE;
            case "DISABLED" -> Boolean.FALSE;
            default -> null;
          })
          .set("url", s.url())
          .set("createdAt", s.creationTime())
          .set("tags", tags.get(id))
          .build());
      if (s.domainId() != null) {
        out.rel(SpaceSchema.IN_DOMAIN, RelRecord.of(id, domainArn(s.domainId(), scope), scope)
            .withTargetStub(Map.of("domainId", s.domainId())));
        if (owner != null) {
          out.rel(SpaceSchema.OWNED_BY, RelRecord.of(id, profileArn(s.domainId(), owner, scope), scope)
              .withTargetStub(Map.of("domainId", s.domainId(), "name", owner)));
        }
      }
    }
    for (AppDetails a : apps) {
      String holder = a.userProfileName() != null ? a.userProfileName() : a.spaceName();
      if (a.domainId() == null || holder == null || a.appTypeAsString() == null || a.appName() == null
          || "Deleted".equals(a.statusAsString())) {
        continue;
      }
      String id = AwsIds.sagemakerArn(scope.region(), scope.account(), "app", a.domainId() + "/" + holder + "/"
          + a.appTypeAsString().toLowerCase(Locale.ROOT) + "/" + a.appName());
      var spec = a.resourceSpec();
      out.node(AppSchema.NODE, NodeRecord.of(id, scope)
          .set("name", a.appName())
          .set("domainId", a.domainId())
          .set("appType", a.appTypeAsString())
          .set("status", a.statusAsString())
          .set("userProfile", a.userProfileName())
          .set("space", a.spaceName())
          .set("instanceType", spec == null ? null : spec.instanceTypeAsString())
          .set("image", spec == null ? null : spec.sageMakerImageArn())
          .set("lifecycleConfigArn", spec == null ? null : spec.lifecycleConfigArn())
          .set("createdAt", a.creationTime())
          .build());
      out.rel(AppSchema.IN_DOMAIN, RelRecord.of(id, domainArn(a.domainId(), scope), scope)
          .withTargetStub(Map.of("domainId", a.domainId())));
      if (a.userProfileName() != null) {
        out.rel(AppSchema.APP_OF_USER, RelRecord.of(id, profileArn(a.domainId(), a.userProfileName(), scope), scope)
            .withTargetStub(Map.of("domainId", a.domainId(), "name", a.userProfileName())));
      } else {
        out.rel(AppSchema.APP_OF_SPACE, RelRecord.of(id, spaceArn(a.domainId(), a.spaceName(), scope), scope)
            .withTargetStub(Map.of("domainId", a.domainId(), "name", a.spaceName())));
      }
    }
    return out;
  }

  static String spaceArn(String domainId, String name, ScopeKey scope) {
    return domainId == null || name == null ? null
        : AwsIds.sagemakerArn(scope.region(), scope.account(), "space", domainId + "/" + name);
  }

  static String domainArn(String domainId, ScopeKey scope) {
    return AwsIds.sagemakerArn(scope.region(), scope.account(), "domain", domainId);
  }

  static String profileArn(String domainId, String name, ScopeKey scope) {
    return AwsIds.sagemakerArn(scope.region(), scope.account(), "user-profile", domainId + "/" + name);
  }
}
