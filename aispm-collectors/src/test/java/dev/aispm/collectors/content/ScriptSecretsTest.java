package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scripts judged for secrets line by line. */
class ScriptSecretsTest {
  private static final String TOKEN = "hf_Jq5Wz8Rk3Lm7Tv2Nb6Yc9Xd1Fs4Gh0Pa3E";

  @Test
  void eachSecretIsNamedByItsScriptAndLineCountingBlankLinesAndCarriageReturns() {
    Map<String, String> scripts = new LinkedHashMap<>();
    scripts.put("OnCreate[0]", "#!/bin/bash\r\n\r\necho ready\r\n");
    scripts.put("OnStart[0]", "#!/bin/bash\n\n# pull the model\nexport HF_TOKEN=" + TOKEN + "\n");
    SettingSecrets.Report r = ScriptSecrets.report(scripts, 0, "test config");
    assertThat(r.status()).isEqualTo(SettingSecrets.Report.SCANNED);
    assertThat(r.described()).singleElement().asString()
        .startsWith("OnStart[0] line 4: secret.huggingface-token (high), preview hf_J****")
        .doesNotContain(TOKEN);
  }

  @Test
  void aScriptThatCouldNotBeDecodedMakesTheReportFailedButKeepsWhatTheOthersShowed() {
    SettingSecrets.Report r = ScriptSecrets.report(Map.of("Content", "export HF_TOKEN=" + TOKEN), 1, "test config");
    assertThat(r.status()).isEqualTo(SettingSecrets.Report.FAILED);
    assertThat(r.error()).isEqualTo("1 script(s) of test config could not be read; the others were judged");
    assertThat(r.secrets()).hasSize(1);
    SettingSecrets.Report clean = ScriptSecrets.report(Map.of("Content", "echo hello"), 0, "test config");
    assertThat(clean.status()).isEqualTo(SettingSecrets.Report.SCANNED);
    assertThat(clean.secrets()).isEmpty();
  }

  @Test
  void aOneLineValueIsNamedByItsKeyAlone() {
    SettingSecrets.Report r = ScriptSecrets.report(Map.of("metadata.hf-token", TOKEN), 0, "test vm");
    assertThat(r.described()).singleElement().asString().startsWith("metadata.hf-token: secret.huggingface-token");
  }
}
