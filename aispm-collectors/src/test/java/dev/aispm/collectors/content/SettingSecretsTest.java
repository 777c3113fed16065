package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aispm.collectors.content.SettingSecrets.SettingSecret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingSecretsTest {
  static final String HF = "hf_Qm7Vx2LpT9rKs4Nd8WzB3yHc6Jf1GtRa5E";
  static final String OPENAI = "sk-proj-Zq4Lm8Nx2Vb6Kp1Rt7Wy3Hd9Fs5Gj0Ca4Ee8Ii2Oo6Uu1Yy3Tt7Rr5";

  @Test
  void aTokenInASettingIsNamedWithItsSettingFingerprintAndPreviewNeverItsValue() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HF_MODEL_ID", "meta-llama/Llama-3.1-8B-Instruct");
    env.put("SM_NUM_GPUS", "1");
    env.put("HF_TOKEN", HF);
    env.put("OPENAI_API_KEY", OPENAI);
    List<SettingSecret> found = SettingSecrets.scan(env, "model support-llm environment");
    assertThat(found).extracting(SettingSecret::setting, SettingSecret::ruleId)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("HF_TOKEN", "secret.huggingface-token"),
            org.assertj.core.groups.Tuple.tuple("OPENAI_API_KEY", "secret.openai-api-key"));
    SettingSecret hf = found.stream().filter(s -> s.setting().equals("HF_TOKEN")).findFirst().orElseThrow();
    assertThat(hf.preview()).isEqualTo("hf_Q****");
    assertThat(hf.fingerprint()).hasSize(64).matches("[0-9a-f]+");
    assertThat(hf.severity()).isEqualTo("high");
    for (SettingSecret s : found) {
      assertThat(s.describe()).doesNotContain(HF).doesNotContain(OPENAI).startsWith(s.setting() + ": secret.");
    }
  }

  @Test
  void anAccessKeyPairSplitOverTwoSettingsIsFound() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("AWS_ACCESS_KEY_ID", "AKIAQ3EGRKLMZW7TX5PA");
    env.put("AWS_SECRET_ACCESS_KEY", "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");
    assertThat(SettingSecrets.scan(env, "fn environment")).extracting(SettingSecret::setting)
        .contains("AWS_SECRET_ACCESS_KEY");
  }

  @Test
  void ordinarySettingsReferencesAndEmptyValuesAreNotSecrets() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HF_MODEL_ID", "/opt/ml/model");
    env.put("OPENAI_API_KEY", "");
    env.put("ANTHROPIC_API_KEY", "{{resolve:secretsmanager:prod/anthropic:SecretString:key}}");
    env.put("DB_PASSWORD", "${DB_PASSWORD}");
    env.put("max_depth", "6");
    env.put("sagemaker_program", "\"train.py\"");
    env.put("MODEL_BUCKET", "s3://acme-models/support-llm/");
    assertThat(SettingSecrets.scan(env, "job environment")).isEmpty();
    assertThat(SettingSecrets.scan(Map.of(), "none")).isEmpty();
    assertThat(SettingSecrets.scan(null, "none")).isEmpty();
    assertThat(SettingSecrets.describe(List.of())).isNull();
  }

  @Test
  void settingsTooLargeToScanAreRefusedWithTheirSize() {
    Map<String, String> env = Map.of("BLOB", "x".repeat(SettingSecrets.MAX_BYTES));
    assertThatThrownBy(() -> SettingSecrets.scan(env, "fn environment"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fn environment")
        .hasMessageContaining("more than the");
  }

  @Test
  void aReportSaysWhetherTheValuesWereJudged() {
    SettingSecrets.Report found = SettingSecrets.report(Map.of("HF_TOKEN", HF), "model m environment");
    assertThat(found.status()).isEqualTo("scanned");
    assertThat(found.described()).singleElement().asString().startsWith("HF_TOKEN: secret.huggingface-token (high)")
        .doesNotContain(HF);
    assertThat(SettingSecrets.report(Map.of(), "none").described()).isNull();
    SettingSecrets.Report big = SettingSecrets.report(Map.of("BLOB", "x".repeat(SettingSecrets.MAX_BYTES)), "fn");
    assertThat(big.status()).isEqualTo("failed");
    assertThat(big.error()).contains("more than the");
    assertThat(SettingSecrets.Report.notRead("KMSAccessDeniedException").status()).isEqualTo("not-read");
  }
}
