package dev.aispm.collectors.aws;

import java.util.List;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;

/** Lists the organization's accounts; SDK calls only. */
public final class OrganizationFetcher {
  private OrganizationFetcher() {}

  public static List<Account> accounts(OrganizationsClient client) {
    return client.listAccountsPaginator(r -> r.maxResults(20)).stream().flatMap(p -> p.accounts().stream()).toList();
  }
}
