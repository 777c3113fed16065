package dev.aispm.collectors.azure.storage;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.arm.ArmIds;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Blob containers with their effective exposure: a container's own anonymous access level counts
 * only when its account allows anonymous access at all, as Azure enforces it.
 */
public final class ContainerTransformer {
  private ContainerTransformer() {}

  /**
   * @param account the account's node record, whose flags the containers inherit
   */
  public static List<NodeRecord> transform(List<JsonNode> containers, NodeRecord account, ScopeKey scope) {
    List<NodeRecord> out = new ArrayList<>();
    Object accountAllows = account.properties().get("allowBlobPublicAccess");
    Object versioning = account.properties().get("versioning");
    for (JsonNode c : containers) {
      String publicAccess = text(c, "properties", "publicAccess");
      boolean containerOpen = publicAccess != null && !publicAccess.equalsIgnoreCase("None");
      Boolean anonymous = containerOpen ? (Boolean) accountAllows : Boolean.FALSE;
      if (publicAccess == null) {
        // The list answer always carries the level; without it the exposure is unknown.
        anonymous = null;
      }
      out.add(NodeRecord.of(ArmIds.normalize(text(c, "id")), scope)
          .set("name", text(c, "name"))
          .set("storageAccount", account.properties().get("name"))
          .set("storageAccountId", account.id())
          .set("publicAccess", publicAccess)
          // Azure has no anonymous write: a container can at most be read without credentials, so
          // it is never "public" in the sense of the public-write attack paths (aclPublic, as an
          // S3 ACL grant to everyone, is read there as writable by anyone).
          .set("anonymousAccess", anonymous)
          .set("policyPublicWrite", Boolean.FALSE)
          .set("allowSharedKeyAccess", account.properties().get("allowSharedKeyAccess"))
          .set("networkDefaultAction", account.properties().get("networkDefaultAction"))
          .set("versioning", versioning == null ? null : ((Boolean) versioning ? "Enabled" : "Disabled"))
          .build());
    }
    return out;
  }
}
