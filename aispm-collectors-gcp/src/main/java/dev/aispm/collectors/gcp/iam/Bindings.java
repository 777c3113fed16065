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
 * Cloud Storage (a bucket), with the role classes the collector reasons about. A conditional
 * binding counts as granted: a condition narrows access, but aispm cannot evaluate it, and
 * treating it as absent would turn a possible exposure into a pass.
 */
public record Bindings(Map<String, Set<String>> byRole) {
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
  /** Roles that let a principal act as, or mint tokens for, service accounts. */
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
    return new Bindings(out);
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

  /** Members holding any of {@code roles}, sorted. */
  public List<String> membersWith(Set<String> roles) {
    Set<String> out = new TreeSet<>();
    byRole.forEach((r, m) -> {
      if (roles.contains(r)) {
        out.addAll(m);
      }
    });
    return List.copyOf(out);
  }

  public static boolean writes(String role) {
    return OBJECT_WRITE.contains(role);
  }

  public static boolean reads(String role) {
    return OBJECT_WRITE.contains(role) || OBJECT_READ.contains(role);
  }

  public static boolean actsAs(String role) {
    return ACT_AS.contains(role);
  }

  /** admin (owner), write (editor, an admin role or an object-writing role), read (any other role), or null for none. */
  public static String privilegeLevel(List<String> roles) {
    if (roles.stream().anyMatch(OWNER::contains)) {
      return "admin";
    }
    if (roles.stream().anyMatch(r -> EDITOR.contains(r) || r.endsWith(".admin") || OBJECT_WRITE.contains(r))) {
      return "write";
    }
    return roles.isEmpty() ? null : "read";
  }
}
