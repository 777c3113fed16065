package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Settings that protect AI weakened through the control plane: a Bedrock guardrail deleted or
 * changed, model invocation logging deleted, a notebook given root access or direct internet
 * access, an Azure AI account's local (key) authentication or public network access turned on, an
 * Azure content filter category switched off or deleted, an AI resource granted to everyone. Each is legitimate now and then, which is why they are
 * findings with a playbook rather than blocked: the responder confirms or reverts.
 */
public final class ControlPlaneDetector implements Detector {
  public static final String ID = "misuse_ai_control_plane_weakened";

  private static final Map<String, String> AWS_ALWAYS = Map.of(
      "DeleteGuardrail", "deleted Bedrock guardrail",
      "UpdateGuardrail", "changed the filters of Bedrock guardrail",
      "DeleteModelInvocationLoggingConfiguration", "deleted Bedrock model invocation logging in");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void inspect(ActivityEvent e, DetectionContext ctx, Consumer<Detection> out) {
    if (!e.succeeded()) {
      return;
    }
    String what = switch (e.provider()) {
      case "aws" -> aws(e);
      case "azure" -> azure(e, ctx.assets());
      case "gcp" -> gcp(e);
      default -> null;
    };
    if (what != null) {
      String target = target(e);
      out.accept(new Detection(ID, e, e.principal(), target, "control",
          e.principal() + " " + what + " " + target + " (" + e.action() + ")"));
    }
  }

  private static String aws(ActivityEvent e) {
    if ("bedrock.amazonaws.com".equals(e.service()) && AWS_ALWAYS.containsKey(e.action())) {
      return AWS_ALWAYS.get(e.action());
    }
    if ("sagemaker.amazonaws.com".equals(e.service())
        && ("CreateNotebookInstance".equals(e.action()) || "UpdateNotebookInstance".equals(e.action()))) {
      if ("Enabled".equalsIgnoreCase(e.param("rootAccess"))) {
        return "enabled root access on notebook instance";
      }
      if ("Enabled".equalsIgnoreCase(e.param("directInternetAccess"))) {
        return "enabled direct internet access on notebook instance";
      }
    }
    return null;
  }

  private static String azure(ActivityEvent e, AiAssets assets) {
    String a = e.action().toLowerCase(Locale.ROOT);
    if (a.equals("microsoft.cognitiveservices/accounts/write")) {
      if ("false".equalsIgnoreCase(written(e, "properties.disableLocalAuth"))) {
        return "turned on key (local) authentication of Azure AI account";
      }
      if ("enabled".equalsIgnoreCase(written(e, "properties.publicNetworkAccess"))) {
        return "opened public network access of Azure AI account";
      }
    }
    if (a.equals("microsoft.machinelearningservices/workspaces/onlineendpoints/write")
        && "enabled".equalsIgnoreCase(written(e, "properties.publicNetworkAccess"))) {
      return "made public the Azure ML online endpoint";
    }
    if (a.equals("microsoft.cognitiveservices/accounts/raipolicies/write") && filterSwitchedOff(e)) {
      return "switched off a content filter category of Azure AI account";
    }
    if (a.equals("microsoft.cognitiveservices/accounts/raiblocklists/delete")
        || a.equals("microsoft.cognitiveservices/accounts/raipolicies/delete")) {
      return "deleted a content filter of Azure AI account";
    }
    return null;
  }

  /**
   * Whether a content filter policy write turns a category off or makes it annotate only
   * ({@code properties.contentFilters[].enabled} or {@code .blocking} false in the request body or
   * in the policy as written).
   */
  private static boolean filterSwitchedOff(ActivityEvent e) {
    for (Map.Entry<String, String> p : e.params().entrySet()) {
      String k = p.getKey();
      boolean filter = k.startsWith("requestbody.properties.contentFilters.")
          || k.startsWith("responsebody.properties.contentFilters.");
      if (filter && (k.endsWith(".enabled") || k.endsWith(".blocking"))
          && "false".equalsIgnoreCase(p.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** A setting of an Azure write, from the request body or, failing that, the resource as written. */
  private static String written(ActivityEvent e, String setting) {
    String requested = e.param("requestbody." + setting);
    return requested != null ? requested : e.param("responsebody." + setting);
  }

  private static String gcp(ActivityEvent e) {
    if (!e.action().endsWith(".SetIamPolicy")) {
      return null;
    }
    boolean ai = "aiplatform.googleapis.com".equals(e.service()) || "notebooks.googleapis.com".equals(e.service());
    if (!ai) {
      return null;
    }
    for (Map.Entry<String, String> p : e.params().entrySet()) {
      if (p.getKey().contains("members") && ("allUsers".equals(p.getValue())
          || "allAuthenticatedUsers".equals(p.getValue()))) {
        return "granted " + p.getValue() + " access to";
      }
    }
    return null;
  }

  private static String target(ActivityEvent e) {
    if (!e.resources().isEmpty()) {
      return e.resources().get(0);
    }
    String named = e.firstParam("guardrailIdentifier", "notebookInstanceName");
    if (named != null) {
      return named;
    }
    return e.provider() + "/" + e.account() + "/" + e.region();
  }
}
