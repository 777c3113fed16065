package dev.aispm.collectors.gcp.iam;

import com.google.iam.admin.v1.ListRolesResponse;
import com.google.iam.admin.v1.Role;
import dev.aispm.collectors.gcp.GcpRest;
import java.util.List;

/**
 * IAM Admin REST call listing the custom roles defined on a project or an organization
 * (iam.roles.list), with their permissions (view FULL): the bindings that name them can only be
 * classified with those.
 */
public final class RoleFetcher {
  private RoleFetcher() {}

  /** @param parent projects/PROJECT_ID or organizations/ORGANIZATION_ID */
  public static List<Role> custom(GcpRest rest, String base, String parent) {
    return rest.<ListRolesResponse, Role>listAll(base + "/v1/" + parent + "/roles?view=FULL&pageSize=300",
        ListRolesResponse::newBuilder, ListRolesResponse::getRolesList, ListRolesResponse::getNextPageToken);
  }
}
