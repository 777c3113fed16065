package dev.aispm.collectors.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.lambda.LambdaFunctionTransformer.FunctionView;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A function's environment from recorded GetFunction answers: names, AI provider settings, secrets in values. */
class LambdaEnvironmentTest {
  private static final ScopeKey SCOPE = new ScopeKey("aws", "111111111111", "us-east-1");
  private static final String OPENAI_VALUE = "sk-proj-Zq4Lm8Nx2Vb6Kp1Rt7Wy3Hd9Fs5Gj0Ca4Ee8Ii2Oo6Uu1Yy3Tt7Rr5";

  private static Map<String, Object> node(FunctionView v) {
    return LambdaFunctionTransformer.transformViews(List.of(v), SCOPE).nodes(LambdaFunctionSchema.NODE).get(0)
        .properties();
  }

  @Test
  void aProviderKeyInTheEnvironmentIsNamedFingerprintedAndAiUseEvidence() {
    var fn = LambdaFunctionTransformerTest.recorded("GetFunction-environment.json");
    CodeReport code = CodeReport.notRead(CodeReport.FAILED, "not read in this test");
    WriteBatch out = LambdaFunctionTransformer.transformViews(List.of(new FunctionView(fn, "NONE", code)), SCOPE);
    Map<String, Object> p = out.nodes(LambdaFunctionSchema.NODE).get(0).properties();
    assertThat(p).containsEntry("environmentVariableNames", List.of("LOG_LEVEL", "MODEL", "OPENAI_API_KEY"))
        .containsEntry("aiProviderSettings", List.of("OPENAI_API_KEY"))
        .containsEntry("settingsScan", "scanned")
        .containsEntry("internetReachable", true);
    @SuppressWarnings("unchecked")
    List<String> secrets = (List<String>) p.get("settingSecrets");
    assertThat(secrets).singleElement().asString()
        .startsWith("OPENAI_API_KEY: secret.openai-api-key (critical), preview sk-p****, fingerprint ")
        .doesNotContain(OPENAI_VALUE);
    assertThat(p.values()).noneMatch(v -> String.valueOf(v).contains(OPENAI_VALUE));
    assertThat(out.nodes(AiUsageSchema.NODE)).anyMatch(n -> "OPENAI_API_KEY".equals(n.properties().get("subject")));
  }

  @Test
  void anEnvironmentTheCallerCannotDecryptIsUnknownNotClean() {
    var fn = LambdaFunctionTransformerTest.recorded("GetFunction-environment-encrypted.json");
    Map<String, Object> p = node(new FunctionView(fn, null, null));
    assertThat(p).containsEntry("settingsScan", "not-read").containsEntry("settingSecrets", null)
        .containsEntry("environmentVariableNames", null).containsEntry("internetReachable", false);
    assertThat((String) p.get("settingsScanError")).contains("AccessDeniedException").contains("KMS access was denied");
  }

  @Test
  void noEnvironmentIsScannedAndCleanAndReachabilityIsUnknownWithoutEveryApi() {
    var fn = LambdaFunctionTransformerTest.recorded("GetFunction.json");
    Map<String, Object> known = node(new FunctionView(fn, null, null, List.of(), true));
    assertThat(known).containsEntry("settingsScan", "scanned").containsEntry("settingSecrets", null)
        .containsEntry("aiProviderSettings", null).containsEntry("internetReachable", false);
    assertThat(node(new FunctionView(fn, null, null, List.of(), false))).containsEntry("internetReachable", null);
    assertThat(node(new FunctionView(fn, "NONE", null, List.of(), false))).containsEntry("internetReachable", true);
  }
}
