package dev.aispm.collectors.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges start-up scripts that a cloud API hands over in clear (EC2 user data, SageMaker lifecycle
 * hooks) for secrets, line by line: each non-blank line is a setting named by its script and line
 * number ({@code OnStart[0] line 12}), so a finding points a responder at the line to clean; a
 * one-line value is named by its key alone. What
 * {@link SettingSecrets} keeps is all that is kept; the script itself is dropped.
 */
public final class ScriptSecrets {
  private ScriptSecrets() {}

  /**
   * @param scripts    decoded scripts by the name their lines get
   * @param unreadable how many more scripts could not be decoded: the report is then failed (not all
   *                   was judged), with the secrets found in the others
   * @param where      names the scripts in errors, e.g. {@code sagemaker lifecycle config x}
   */
  public static SettingSecrets.Report report(Map<String, String> scripts, int unreadable, String where) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (var script : scripts.entrySet()) {
      if (script.getValue() == null) {
        continue;
      }
      if (script.getValue().indexOf('\n') < 0) {
        // A one-line value (a metadata entry, a description) is named by its key alone.
        lines.put(script.getKey(), script.getValue());
        continue;
      }
      String[] split = script.getValue().split("\\r?\\n", -1);
      for (int n = 0; n < split.length; n++) {
        if (!split[n].isBlank()) {
          lines.put(script.getKey() + " line " + (n + 1), split[n]);
        }
      }
    }
    SettingSecrets.Report report = SettingSecrets.report(lines, where);
    if (unreadable == 0 || !SettingSecrets.Report.SCANNED.equals(report.status())) {
      return report;
    }
    return new SettingSecrets.Report(SettingSecrets.Report.FAILED, unreadable + " script(s) of " + where
        + " could not be read; the others were judged", List.copyOf(report.secrets()));
  }
}
