package dev.aispm.collectors.gcp.iam;

import com.google.cloud.Identity;
import com.google.cloud.Role;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An IAM policy reduced to role -> members, whether it came from Resource Manager (a project) or
 * Cloud Storage (a bucket), with the role classes the collector reasons about: predefined roles
 * by name, custom roles by the permissions {@link RoleCatalog} knows for them. A conditional
 * binding counts as granted: a condition narrows access, but aispm cannot evaluate it, and
 * treating it as absent would turn a possible exposure into a pass.
 */
public record Bindings(Map<String, Set<String>> byRole, RoleCatalog roles) {
  public static final String ALL_USERS = "allUsers";
  public static final String ALL_AUTHENTICATED = "allAuthenticatedUsers";

  static final Set<String> OWNER = Set.of("roles/owner");
  static final Set<String> EDITOR = Set.of("roles/editor");
  /** Predefined roles that let a principal create or overwrite objects. */
  static final Set<String> OBJECT_WRITE = Set.of("roles/owner", "roles/editor", "roles/storage.admin",
      "roles/storage.objectAdmin", "roles/storage.objectCreator", "roles/storage.objectUser",
      "roles/storage.legacyBucketWriter", "roles/storage.legacyBucketOwner");
  /** Predefined roles that let a principal read objects (besides the writing ones). */
  static final Set<String> OBJECT_READ = Set.of("roles/viewer", "roles/storage.objectViewer",
      "roles/storage.legacyObjectReader", "roles/storage.legacyObjectOwner", "roles/storage.legacyBucketReader");
  /**
   * Roles that let a principal act as a service account, whether bound on its project (every
   * account there) or on the account itself. Workload identity user lets a Kubernetes service
   * account (or any member holding it) obtain the account's tokens.
   */
  public static final List<String> ACT_AS_ANY_LEVEL = List.of("roles/iam.serviceAccountUser",
      "roles/iam.serviceAccountTokenCreator", "roles/iam.workloadIdentityUser", "roles/editor", "roles/owner");
  static final Set<String> ACT_AS = Set.copyOf(ACT_AS_ANY_LEVEL);

  public Bindings {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    byRole.forEach((r, m) -> copy.put(r, Set.copyOf(m)));
    byRole = Map.copyOf(copy);
    java.util.Objects.requireNonNull(roles, "roles");
  }

  /** A policy whose roles are all predefined (or whose custom roles are not known). */
  public Bindings(Map<String, Set<String>> byRole) {
    this(byRole, RoleCatalog.PREDEFINED);
  }

  /** The same bindings, with the custom roles they may name. */
  public Bindings withRoles(RoleCatalog catalog) {
    return new Bindings(byRole, catalog);
  }

  /** A project policy from Resource Manager. */
  public static Bindings of(com.google.iam.v1.Policy policy) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (com.google.iam.v1.Binding b : policy.getBindingsList()) {
      out.computeIfAbsent(b.getRole(), r -> new LinkedHashSet<>()).addAll(b.getMembersList());
    }
    return new Bindings(out);
  }

  /** A bucket policy from Cloud Storage. */
  public static Bindings of(com.google.cloud.Policy policy) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Map.Entry<Role, Set<Identity>> e : policy.getBindings().entrySet()) {
      Set<String> members = out.computeIfAbsent(e.getKey().getValue(), r -> new LinkedHashSet<>());
      e.getValue().forEach(i -> members.add(i.strValue()));
    }
    return new Bindings(out);
  }

  /** This policy plus {@code inherited}: a binding on a folder or the organization applies below it. */
  public Bindings merge(Bindings inherited) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    byRole.forEach((r, m) -> out.computeIfAbsent(r, x -> new LinkedHashSet<>()).addAll(m));
    inherited.byRole.forEach((r, m) -> out.computeIfAbsent(r, x -> new LinkedHashSet<>()).addAll(m));
    return new Bindings(out, roles.merge(inherited.roles));
  }

  /** Roles bound to {@code member}, sorted. */
  public List<String> rolesOf(String member) {
    Set<String> roles = new TreeSet<>();
    byRole.forEach((r, m) -> {
      if (m.contains(member)) {
        roles.add(r);
      }
    });
    return List.copyOf(roles);
  }

  /** Whether the role lets its holders create, replace or delete objects: a predefined writing role or a custom one. */
  public boolean writes(String role) {
    return OBJECT_WRITE.contains(role) || roles.grantsAny(role, RoleCatalog.OBJECT_WRITE);
  }

  public boolean reads(String role) {
    return writes(role) || OBJECT_READ.contains(role) || roles.grantsAny(role, RoleCatalog.OBJECT_READ);
  }

  /** Whether the role lets its holders act as service accounts: a predefined act-as role or a custom one. */
  public boolean actsAs(String role) {
    return ACT_AS.contains(role) || roles.grantsAny(role, RoleCatalog.ACT_AS);
  }

  /** Members holding any role that acts as service accounts, sorted. */
  public List<String> membersActingAs() {
    Set<String> out = new TreeSet<>();
    byRole.forEach((r, m) -> {
      if (actsAs(r)) {
        out.addAll(m);
      }
    });
    return List.copyOf(out);
  }

  /**
   * admin (owner), write (editor, an admin role, an object-writing role, or a custom role holding
   * more than reads), read (any other role), or null for none.
   */
  public String privilegeLevel(List<String> held) {
    if (held.stream().anyMatch(OWNER::contains)) {
      return "admin";
    }
    if (held.stream().anyMatch(r -> EDITOR.contains(r) || r.endsWith(".admin") || writes(r) || roles.grantsChanges(r))) {
      return "write";
    }
    return held.isEmpty() ? null : "read";
  }
}
