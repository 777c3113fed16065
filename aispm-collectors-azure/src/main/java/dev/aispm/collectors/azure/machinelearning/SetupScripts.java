package dev.aispm.collectors.azure.machinelearning;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.Base64Scripts;
import dev.aispm.collectors.content.ScriptSecrets;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.collectors.content.StartupScriptInstalls;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a compute instance's setup scripts install. ARM returns them under
 * {@code properties.properties.setupScripts.scripts}: a {@code creationScript} run once when the
 * instance is provisioned and a {@code startupScript} run at every start, both as root. A script
 * whose {@code scriptSource} is {@code inline} carries its text base64-encoded in
 * {@code scriptData}, so its install commands are read here, without running it; any other source
 * ({@code workspace}) names a file on the workspace's file share, which this collector does not
 * read, so the script stays an unread reference and what it installs stays unknown. Script
 * arguments are never kept: they may carry secrets.
 */
public final class SetupScripts {
  /** The two hooks ARM declares, in the order they run. */
  static final List<String> HOOKS = List.of("creationScript", "startupScript");

  private SetupScripts() {}

  /**
   * What the scripts install and which could not be read.
   *
   * @param installs       their install commands; a script kept on the workspace share or whose
   *                       inline data is not base64 UTF-8 text counts as unreadable
   * @param workspaceFiles scripts kept on the workspace file share, as {@code HOOK: PATH}
   * @param secrets        the inline scripts judged for secrets line by line ({@code startupScript line 4});
   *                       failed when one could not be read, with what the others showed
   */
  public record Found(StartupScriptInstalls.Report installs, List<String> workspaceFiles,
      SettingSecrets.Report secrets) {
    public Found {
      workspaceFiles = List.copyOf(workspaceFiles);
    }
  }

  /**
   * Reads one compute's setup scripts; null when it names none (nothing is then said about what it
   * installs).
   *
   * @param name the compute's name, which evidence locations start with ({@code NAME/startupScript:LINE})
   */
  public static Found read(JsonNode compute, String name, AiCatalogue catalogue, AdvisoryIndex advisories) {
    JsonNode scripts = compute.path("properties").path("properties").path("setupScripts").path("scripts");
    Map<String, String> inline = new LinkedHashMap<>();
    List<String> workspaceFiles = new ArrayList<>();
    int unreadable = 0;
    for (String hook : HOOKS) {
      JsonNode ref = scripts.path(hook);
      String data = text(ref, "scriptData");
      if (!ref.isObject() || data == null) {
        continue;
      }
      String source = text(ref, "scriptSource");
      if (source != null && source.toLowerCase(Locale.ROOT).equals("inline")) {
        String decoded = Base64Scripts.decodeText(data);
        if (decoded == null) {
          unreadable++;
        } else {
          inline.put(name + "/" + hook, decoded);
        }
      } else {
        workspaceFiles.add(hook + ": " + data);
        unreadable++;
      }
    }
    if (inline.isEmpty() && unreadable == 0) {
      return null;
    }
    Map<String, String> byHook = new LinkedHashMap<>();
    inline.forEach((key, script) -> byHook.put(key.substring(key.lastIndexOf('/') + 1), script));
    return new Found(StartupScriptInstalls.read(inline, unreadable, catalogue, advisories), workspaceFiles,
        ScriptSecrets.report(byHook, unreadable, "azure ml compute " + name + " setup scripts"));
  }
}
