package dev.aispm.collectors.gcp.iam;

import com.google.iam.admin.v1.ListServiceAccountKeysResponse;
import com.google.iam.admin.v1.ListServiceAccountsResponse;
import com.google.iam.admin.v1.ServiceAccount;
import com.google.iam.admin.v1.ServiceAccountKey;
import dev.aispm.collectors.gcp.GcpRest;
import java.util.List;

/**
 * IAM Admin REST calls: a project's service accounts (iam.serviceAccounts.list), their
 * user-managed keys (iam.serviceAccountKeys.list) and the IAM policy set on each account as a
 * resource (iam.serviceAccounts.getIamPolicy): who may act as it. Key listings never carry key
 * material.
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

  /**
   * The policy attached to the account itself ({@code POST v1/projects/P/serviceAccounts/EMAIL:getIamPolicy},
   * a read despite the verb). Version 3 is requested so conditional bindings come back whole.
   */
  public static com.google.iam.v1.Policy iamPolicy(GcpRest rest, String base, ServiceAccount account) {
    return rest.postProto(base + "/v1/" + account.getName() + ":getIamPolicy?options.requestedPolicyVersion=3", "{}",
        com.google.iam.v1.Policy::newBuilder);
  }
}
