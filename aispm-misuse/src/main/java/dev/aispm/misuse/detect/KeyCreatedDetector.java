package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A long-lived key created for an identity AI runs as (an IAM user's access key, a GCP service
 * account key), or an Azure AI account's keys listed or regenerated: the usual way a model's
 * permissions leave the cloud. Which identities and accounts are AI's comes from the graph.
 */
public final class KeyCreatedDetector implements Detector {
  public static final String ID = "misuse_ai_identity_key_created";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void inspect(ActivityEvent e, DetectionContext ctx, Consumer<Detection> out) {
    if (!e.succeeded()) {
      return;
    }
    AiAssets ai = ctx.assets();
    String target = null;
    if ("aws".equals(e.provider()) && "iam.amazonaws.com".equals(e.service()) && "CreateAccessKey".equals(e.action())) {
      String user = e.param("userName");
      target = user != null && ai.aiIdentities().contains(user) ? user : null;
    } else if ("gcp".equals(e.provider()) && e.action().endsWith(".CreateServiceAccountKey")) {
      target = serviceAccountOf(e, ai);
    } else if ("azure".equals(e.provider())) {
      String a = e.action().toLowerCase(Locale.ROOT);
      if ((a.equals("microsoft.cognitiveservices/accounts/listkeys/action")
          || a.equals("microsoft.cognitiveservices/accounts/regeneratekey/action")) && !e.resources().isEmpty()
          && ai.aiAccounts().contains(e.resources().get(0).toLowerCase(Locale.ROOT))) {
        target = e.resources().get(0);
      }
    }
    if (target != null) {
      out.accept(new Detection(ID, e, e.principal(), target, "control",
          e.principal() + " obtained a key of AI identity " + target + " (" + e.action() + ")"));
    }
  }

  // resourceName is projects/-/serviceAccounts/EMAIL (or the numeric id) per the IAM audit log.
  private static String serviceAccountOf(ActivityEvent e, AiAssets ai) {
    for (String r : e.resources()) {
      int at = r.lastIndexOf("/serviceAccounts/");
      String account = at >= 0 ? r.substring(at + "/serviceAccounts/".length()) : r;
      int slash = account.indexOf('/');
      account = slash >= 0 ? account.substring(0, slash) : account;
      if (ai.aiIdentities().contains(account)) {
        return account;
      }
    }
    return null;
  }
}
