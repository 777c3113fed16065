package dev.aispm.collectors.azure.machinelearning;

import dev.aispm.collectors.azure.arm.ArmIds;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the asset references deployments carry (the model they serve, the environment they run
 * in) into the graph id of the version node the workspace's listing wrote, so a deployment links
 * to the node rather than to a string. One place for both kinds, since Azure ML spells every
 * versioned asset the same ways.
 */
public final class AssetReferences {
  /**
   * One ARM id segment. Only characters a path segment may hold unescaped: the path is read back
   * from ARM, and a reference carrying a query, fragment or space must not turn into another URL.
   */
  private static final String PART = "[^/?#%\\s]+";
  /** An asset name or version as Azure ML allows them. */
  private static final String NAME = "[A-Za-z0-9._-]+";

  /** The version collections a reference can name. */
  public enum Kind {
    MODELS("models"), ENVIRONMENTS("environments");

    private final Pattern armId;
    private final String segment;

    Kind(String segment) {
      this.segment = segment;
      this.armId = Pattern.compile("(?i)(?:azureml:)?(/subscriptions/" + PART + "/resourceGroups/" + PART + "/providers/"
          + "Microsoft\\.MachineLearningServices/workspaces/" + PART + "/" + segment + "/" + PART + "/versions/" + PART + ")");
    }
  }

  private static final Pattern SHORT = Pattern.compile("(?i)azureml:(" + NAME + "):(" + NAME + ")");

  private AssetReferences() {}

  /**
   * The graph id of the version a reference names: a full ARM id (with or without the
   * {@code azureml:} prefix) or {@code azureml:NAME:VERSION} of the referring workspace. Registry
   * assets ({@code azureml://registries/...}) and labels ({@code azureml:NAME@latest}) name no
   * node of the workspace: null.
   */
  public static String versionId(String reference, String workspaceId, Kind kind) {
    return ArmIds.normalize(versionPath(reference, workspaceId, kind));
  }

  /** {@link #versionId} with the case of the reference and the workspace path kept, for reading the version. */
  public static String versionPath(String reference, String workspacePath, Kind kind) {
    if (reference == null) {
      return null;
    }
    Matcher m = kind.armId.matcher(reference);
    if (m.find()) {
      return m.group(1);
    }
    m = SHORT.matcher(reference.strip());
    if (m.matches()) {
      return workspacePath + "/" + kind.segment + "/" + m.group(1) + "/versions/" + m.group(2);
    }
    return null;
  }
}
