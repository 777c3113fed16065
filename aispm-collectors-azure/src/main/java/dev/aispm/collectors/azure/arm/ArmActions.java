package dev.aispm.collectors.azure.arm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives the Azure RBAC action a GET on an ARM path needs, the way ARM authorizes it: the
 * resource provider namespace followed by the resource types of the path (names dropped) and
 * {@code /read}. Failures are reported with it, and the least-privilege test checks the role
 * definition in deploy/azure against the actions of every call seen on the wire.
 */
public final class ArmActions {
  private ArmActions() {}

  /** The read action of a GET on {@code path} (no query), e.g. {@code Microsoft.Storage/storageAccounts/read}. */
  public static String readAction(String path) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    int provider = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).equalsIgnoreCase("providers") && i + 1 < parts.size()) {
        provider = i;
      }
    }
    if (provider < 0) {
      // Subscriptions and resource groups belong to Microsoft.Resources.
      if (parts.size() <= 2) {
        return "Microsoft.Resources/subscriptions/read";
      }
      return "Microsoft.Resources/subscriptions/resourceGroups/read";
    }
    String namespace = parts.get(provider + 1);
    StringBuilder action = new StringBuilder(canonicalNamespace(namespace));
    // After the namespace, types and names alternate: type, name, type, name ...
    for (int i = provider + 2; i < parts.size(); i += 2) {
      action.append('/').append(parts.get(i));
    }
    return action.append("/read").toString();
  }

  /**
   * The action of a POST to a list action ({@code .../config/appsettings/list}), e.g.
   * {@code Microsoft.Web/sites/config/list/action}: ARM names it after the path's types and the
   * final {@code list}.
   */
  public static String listAction(String path) {
    String read = readAction(path);
    return read.substring(0, read.length() - "read".length()) + "action";
  }

  private static String canonicalNamespace(String namespace) {
    String lower = namespace.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "microsoft.machinelearningservices" -> "Microsoft.MachineLearningServices";
      case "microsoft.cognitiveservices" -> "Microsoft.CognitiveServices";
      case "microsoft.storage" -> "Microsoft.Storage";
      case "microsoft.containerregistry" -> "Microsoft.ContainerRegistry";
      case "microsoft.authorization" -> "Microsoft.Authorization";
      case "microsoft.network" -> "Microsoft.Network";
      case "microsoft.compute" -> "Microsoft.Compute";
      case "microsoft.insights" -> "Microsoft.Insights";
      case "microsoft.managedidentity" -> "Microsoft.ManagedIdentity";
      case "microsoft.web" -> "Microsoft.Web";
      case "microsoft.app" -> "Microsoft.App";
      default -> namespace;
    };
  }
}
