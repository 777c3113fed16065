package dev.aispm.collectors.gcp.iam;

import com.google.iam.admin.v1.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The custom roles a project's bindings can name (its own and its organization's), reduced to
 * their permissions. A custom role counts like the predefined roles it resembles: one holding an
 * object-writing permission writes training data, one holding a permission that yields an
 * account's identity acts as it. Without it, a custom role handing out storage.objects.create
 * would be an invisible writer.
 */
public record RoleCatalog(Map<String, Set<String>> permissions) {
  /** No custom role known: only predefined roles are classified. */
  public static final RoleCatalog PREDEFINED = new RoleCatalog(Map.of());

  /** Permissions that create, replace or remove objects: poisoning training data needs one of them. */
  static final Set<String> OBJECT_WRITE = Set.of("storage.objects.create", "storage.objects.delete",
      "storage.objects.update");
  static final Set<String> OBJECT_READ = Set.of("storage.objects.get");
  /**
   * Permissions that let a principal run as an account or obtain credentials for it: attaching it
   * to a workload (actAs), or minting access tokens, or signing assertions Google exchanges for them.
   */
  static final Set<String> ACT_AS = Set.of("iam.serviceAccounts.actAs", "iam.serviceAccounts.getAccessToken",
      "iam.serviceAccounts.signBlob", "iam.serviceAccounts.signJwt", "iam.serviceAccounts.implicitDelegation");
  /** Read-only verbs: a custom role holding only these is a reader. */
  private static final Set<String> READ_VERBS = Set.of("get", "list", "getIamPolicy", "search", "query");

  public RoleCatalog {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    permissions.forEach((r, p) -> copy.put(r, Set.copyOf(p)));
    permissions = Map.copyOf(copy);
  }

  /** Custom roles as IAM lists them (view FULL); deleted roles grant nothing and are left out. */
  public static RoleCatalog of(List<Role> roles) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Role r : roles) {
      if (r.getName().isEmpty()) {
        throw new IllegalStateException("custom role without a name");
      }
      if (!r.getDeleted()) {
        out.put(r.getName(), Set.copyOf(r.getIncludedPermissionsList()));
      }
    }
    return new RoleCatalog(out);
  }

  /** This catalog and {@code other}: a project's roles and its organization's. */
  public RoleCatalog merge(RoleCatalog other) {
    Map<String, Set<String>> out = new LinkedHashMap<>(permissions);
    out.putAll(other.permissions);
    return new RoleCatalog(out);
  }

  public boolean isCustom(String role) {
    return permissions.containsKey(role);
  }

  boolean grantsAny(String role, Set<String> wanted) {
    Set<String> p = permissions.get(role);
    return p != null && p.stream().anyMatch(wanted::contains);
  }

  /** Whether a custom role holds anything beyond reads (a verb other than get, list ...). */
  boolean grantsChanges(String role) {
    Set<String> p = permissions.get(role);
    return p != null && p.stream().anyMatch(x -> !READ_VERBS.contains(x.substring(x.lastIndexOf('.') + 1)));
  }
}
