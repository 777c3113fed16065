package dev.aispm.collectors.azure.arm;

import java.util.Locale;

/**
 * ARM resource ids as graph ids. ARM ids are case-insensitive and Azure answers them in mixed
 * case (resourceGroups in one API, resourcegroups in another), so the graph keeps them lower-case:
 * the same resource then has one node whichever API named it.
 */
public final class ArmIds {
  private ArmIds() {}

  /** The graph id of an ARM id, or null for null or blank. */
  public static String normalize(String armId) {
    if (armId == null || armId.isBlank()) {
      return null;
    }
    String s = armId.strip().toLowerCase(Locale.ROOT);
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The value after {@code /segment/} in an ARM id (case-insensitive), or null. */
  public static String segment(String armId, String segment) {
    if (armId == null) {
      return null;
    }
    String[] parts = armId.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equalsIgnoreCase(segment)) {
        return parts[i + 1];
      }
    }
    return null;
  }

  /** The resource group name of an ARM id, or null. */
  public static String resourceGroup(String armId) {
    return segment(armId, "resourceGroups");
  }

  /** The subscription id of an ARM id, or null. */
  public static String subscription(String armId) {
    return segment(armId, "subscriptions");
  }

  /** The last path segment (the resource's name). */
  public static String name(String armId) {
    if (armId == null) {
      return null;
    }
    String s = armId.endsWith("/") ? armId.substring(0, armId.length() - 1) : armId;
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
