package dev.aispm.collectors.azure.authorization;

import static dev.aispm.collectors.azure.arm.Json.text;
import static dev.aispm.collectors.azure.arm.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The permission blocks of one role definition, answering "does this role allow action X" with
 * Azure's wildcard and NotActions semantics (case-insensitive; {@code *} matches any characters).
 * Conditions on assignments are not evaluated: the collector errs towards reporting a risk.
 */
public record RolePermissions(String id, String roleName, String roleType, List<Block> blocks) {

  /** One element of {@code permissions}. */
  public record Block(List<String> actions, List<String> notActions, List<String> dataActions,
      List<String> notDataActions) {}

  public static RolePermissions of(JsonNode definition) {
    List<Block> blocks = new java.util.ArrayList<>();
    for (JsonNode p : definition.path("properties").path("permissions")) {
      blocks.add(new Block(texts(p, "actions"), texts(p, "notActions"), texts(p, "dataActions"), texts(p, "notDataActions")));
    }
    return new RolePermissions(text(definition, "id"), text(definition, "properties", "roleName"),
        text(definition, "properties", "type"), blocks);
  }

  /** Whether a control-plane action is allowed. */
  public boolean allows(String action) {
    return blocks.stream().anyMatch(b -> matchesAny(b.actions(), action) && !matchesAny(b.notActions(), action));
  }

  /** Whether a data-plane action is allowed. */
  public boolean allowsData(String action) {
    return blocks.stream().anyMatch(b -> matchesAny(b.dataActions(), action) && !matchesAny(b.notDataActions(), action));
  }

  /**
   * Whether the role can change something: a control-plane action that writes or deletes (or a
   * wildcard that includes them, or listKeys, whose keys write data), or a data action that is not
   * a read. Other {@code /action} operations (generateUserDelegationKey ...) do not count.
   */
  public boolean canWriteSomething() {
    return blocks.stream().anyMatch(b -> b.actions().stream().anyMatch(a -> {
      String l = a.toLowerCase(Locale.ROOT);
      return l.equals("*") || l.endsWith("/*") || l.endsWith("/write") || l.endsWith("/delete")
          || l.endsWith("/listkeys/action");
    }) || b.dataActions().stream().anyMatch(a -> !a.toLowerCase(Locale.ROOT).endsWith("/read")));
  }

  static boolean matchesAny(List<String> patterns, String action) {
    for (String p : patterns) {
      String regex = "(?i)" + Pattern.quote(p).replace("*", "\\E.*\\Q");
      if (action.matches(regex)) {
        return true;
      }
    }
    return false;
  }
}
