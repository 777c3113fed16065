package dev.aispm.collectors.gcp.iam;

import com.google.iam.admin.v1.ListServiceAccountKeysResponse;
import com.google.iam.admin.v1.ListServiceAccountsResponse;
import com.google.iam.admin.v1.ServiceAccount;
import com.google.iam.admin.v1.ServiceAccountKey;
import dev.aispm.collectors.gcp.GcpRest;
import java.util.List;

/**
 * IAM Admin REST calls: a project's service accounts (iam.serviceAccounts.list) and their
 * user-managed keys (iam.serviceAccountKeys.list). Key listings never carry key material.
 */
public final class ServiceAccountFetcher {
  private ServiceAccountFetcher() {}

  public static List<ServiceAccount> list(GcpRest rest, String base, String projectId) {
    return rest.<ListServiceAccountsResponse, ServiceAccount>listAll(
        base + "/v1/projects/" + projectId + "/serviceAccounts?pageSize=100", ListServiceAccountsResponse::newBuilder,
        ListServiceAccountsResponse::getAccountsList, ListServiceAccountsResponse::getNextPageToken);
  }

  public static List<ServiceAccountKey> userManagedKeys(GcpRest rest, String base, ServiceAccount account) {
    ListServiceAccountKeysResponse r = rest.getProto(base + "/v1/" + account.getName() + "/keys?keyTypes=USER_MANAGED",
        ListServiceAccountKeysResponse::newBuilder);
    return r.getKeysList();
  }
}
