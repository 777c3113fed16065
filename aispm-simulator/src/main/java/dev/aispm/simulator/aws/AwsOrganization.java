package dev.aispm.simulator.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated organization's identities: which access key belongs to which account, which role
 * other accounts may be entered through and with which external id. Temporary keys handed out by
 * AssumeRole are remembered here so that later calls signed with them land in the right account,
 * as they would in AWS.
 */
public final class AwsOrganization {
  /** One member account. */
  public record Account(String id, String name, String email, String accessKeyId, String secretAccessKey) {}

  private final String organizationId;
  private final String managementAccount;
  private final String crossAccountRole;
  private final String externalId;
  private final List<Account> accounts;
  private final Map<String, String> keyToAccount = new ConcurrentHashMap<>();
  private final Map<String, String> keyToPrincipal = new ConcurrentHashMap<>();

  AwsOrganization(String organizationId, String managementAccount, String crossAccountRole, String externalId,
      List<Account> accounts) {
    this.organizationId = organizationId;
    this.managementAccount = managementAccount;
    this.crossAccountRole = crossAccountRole;
    this.externalId = externalId;
    this.accounts = List.copyOf(accounts);
    for (Account a : accounts) {
      keyToAccount.put(a.accessKeyId(), a.id());
      keyToPrincipal.put(a.accessKeyId(), "arn:aws:iam::" + a.id() + ":user/aispm-scanner");
    }
  }

  /** Loads {@code simulator/aws/organization.json} from the classpath. */
  public static AwsOrganization load(String resource) {
    try (InputStream in = AwsOrganization.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing simulator resource " + resource);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<Account> accounts = new ArrayList<>();
      for (JsonNode a : root.get("accounts")) {
        accounts.add(new Account(a.get("id").asText(), a.get("name").asText(), a.get("email").asText(),
            a.get("accessKeyId").asText(), a.get("secretAccessKey").asText()));
      }
      return new AwsOrganization(root.get("organizationId").asText(), root.get("managementAccount").asText(),
          root.get("crossAccountRole").asText(), root.get("externalId").asText(), accounts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String organizationId() {
    return organizationId;
  }

  public String managementAccount() {
    return managementAccount;
  }

  public String crossAccountRole() {
    return crossAccountRole;
  }

  public String externalId() {
    return externalId;
  }

  public List<Account> accounts() {
    return accounts;
  }

  /** The management account's long-term credentials: what a scanner is configured with. */
  public Account management() {
    return account(managementAccount).orElseThrow();
  }

  public Optional<Account> account(String id) {
    return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Adds an account that exists only for this run (the benchmark's generated account). */
  public void register(String accountId, String accessKeyId) {
    keyToAccount.put(accessKeyId, accountId);
    keyToPrincipal.put(accessKeyId, "arn:aws:iam::" + accountId + ":user/aispm-scanner");
  }

  /** The account an access key belongs to, if the key is known. */
  public Optional<String> accountOf(String accessKeyId) {
    return Optional.ofNullable(keyToAccount.get(accessKeyId));
  }

  /** The principal ARN an access key signs as. */
  public String principalOf(String accessKeyId) {
    return keyToPrincipal.getOrDefault(accessKeyId, "arn:aws:iam::000000000000:user/unknown");
  }

  /** Remembers temporary credentials issued for an assumed role. */
  void issue(String accessKeyId, String accountId, String assumedRoleArn) {
    keyToAccount.put(accessKeyId, accountId);
    keyToPrincipal.put(accessKeyId, assumedRoleArn);
  }
}
