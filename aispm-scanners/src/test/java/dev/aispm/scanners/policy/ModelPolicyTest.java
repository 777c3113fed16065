package dev.aispm.scanners.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelPolicyTest {
  private static final ModelPolicy POLICY = policy("""
      version: 1
      name: test
      sources: {approved: ['hf://meta-llama/*', 's3://approved/**'], unknown: deny}
      vendors: {approved: [anthropic, meta]}
      baseModels: {approved: ['meta-llama/Llama-3*', 're:anthropic\\.claude-3.*'], unknown: allow}
      formats: {approved: [safetensors, gguf]}
      licences: {approved: [Apache-2.0, llama3], unknown: deny}
      scan: {block: suspicious}
      """);

  @Test
  void eachDimensionApprovesAndRefuses() {
    assertThat(kinds(facts(List.of("https://huggingface.co/meta-llama/Llama-3-8B"), "meta", List.of(),
        "safetensors", "apache-2.0", ScanVerdict.CLEAN))).isEmpty();
    assertThat(kinds(facts(List.of("hf://evil-org/llama"), "meta", List.of(), "safetensors", "MIT",
        ScanVerdict.SUSPICIOUS))).containsExactly(Dimension.SOURCE, Dimension.LICENCE, Dimension.SCAN_VERDICT);
    assertThat(kinds(facts(List.of("s3://approved/a/b/model.gguf"), "openai", List.of("gpt-4o"), "pickle",
        "llama3", ScanVerdict.NOT_FULLY_SCANNED))).containsExactly(Dimension.VENDOR, Dimension.BASE_MODEL,
            Dimension.FORMAT);
    assertThat(kinds(facts(List.of("s3://approved/m"), "Anthropic", List.of("anthropic.claude-3-haiku"),
        "gguf", "Apache-2.0 OR GPL-3.0", ScanVerdict.CLEAN))).isEmpty();
  }

  @Test
  void unknownValuesFollowThePolicy() {
    // Unknown source, vendor and licence are refused, an unknown base model is allowed.
    List<PolicyViolation> v = POLICY.judge(facts(List.of(), null, List.of(), "safetensors", null,
        ScanVerdict.CLEAN));
    assertThat(v).extracting(PolicyViolation::dimension).containsExactly(Dimension.SOURCE, Dimension.VENDOR,
        Dimension.LICENCE);
    assertThat(v.get(0).message()).contains("unknown");
    assertThat(v.get(0).value()).isNull();
  }

  @Test
  void onlyTheJudgedDimensionsCount() {
    ModelFacts foundationModel = new ModelFacts("arn", EnumSet.of(Dimension.VENDOR, Dimension.BASE_MODEL),
        List.of(), "meta", List.of("meta-llama/Llama-3-70B"), null, null, null);
    assertThat(POLICY.judge(foundationModel)).isEmpty();
  }

  @Test
  void blockLevelsOrderTheVerdicts() {
    ModelPolicy malicious = policy("version: 1\nformats: {approved: [pickle]}\nscan: {block: malicious}\n");
    assertThat(kinds(malicious, ScanVerdict.SUSPICIOUS)).isEmpty();
    assertThat(kinds(malicious, ScanVerdict.MALICIOUS)).containsExactly(Dimension.SCAN_VERDICT);
    ModelPolicy strict = policy("version: 1\nformats: {approved: [pickle]}\nscan: {block: not-fully-scanned}\n");
    assertThat(kinds(strict, ScanVerdict.NOT_FULLY_SCANNED)).containsExactly(Dimension.SCAN_VERDICT);
    assertThat(kinds(strict, ScanVerdict.CLEAN)).isEmpty();
    ModelPolicy none = policy("version: 1\nformats: {approved: [pickle]}\nscan: {block: none}\n");
    assertThat(kinds(none, ScanVerdict.MALICIOUS)).isEmpty();
  }

  @Test
  void picklesAreRefusedByDefaultAndSaySo() {
    ModelPolicy p = policy("version: 1\n");
    List<PolicyViolation> v = p.judge(new ModelFacts("m.pt", EnumSet.of(Dimension.FORMAT), List.of(), null,
        List.of(), "pytorch", null, null));
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("policy.format-not-approved");
      assertThat(x.message()).contains("pickle-based");
    });
  }

  @Test
  void licenceExpressions() {
    LicenceRule r = new LicenceRule(java.util.Set.of("Apache-2.0", "MIT"), false);
    assertThat(r.approves("MIT")).isTrue();
    assertThat(r.approves("apache-2.0")).isTrue();
    assertThat(r.approves("GPL-3.0 OR MIT")).isTrue();
    assertThat(r.approves("GPL-3.0 AND MIT")).isFalse();
    assertThat(r.approves("(Apache-2.0 AND MIT)")).isTrue();
    assertThat(r.approves("Apache-2.0 WITH LLVM-exception")).isTrue();
    assertThat(r.approves("cc-by-nc-4.0")).isFalse();
  }

  @Test
  void patternsMatchWholeNamesAndSegments() {
    NamePattern org = NamePattern.parse("hf://meta-llama/*");
    assertThat(org.matches("hf://Meta-Llama/Llama-3-8B")).isTrue();
    assertThat(org.matches("hf://meta-llama/a/b")).isFalse();
    assertThat(org.matches("hf://meta-llama-fake/x")).isFalse();
    assertThat(NamePattern.parse("s3://b/**").matches("s3://b/x/y/z.gguf")).isTrue();
    assertThat(NamePattern.parse("re:gpt-4(o|\\.1).*").matches("gpt-4o-mini")).isTrue();
    assertThat(ModelNames.source("https://huggingface.co/google/gemma-2b/resolve/main/x.gguf"))
        .isEqualTo("hf://google/gemma-2b");
    assertThat(ModelNames.baseModel("hf://google/gemma-2b")).isEqualTo("google/gemma-2b");
  }

  private static List<Dimension> kinds(ModelPolicy p, ScanVerdict verdict) {
    return p.judge(new ModelFacts("m", EnumSet.allOf(Dimension.class), List.of(), null, List.of(), "pickle",
        null, verdict)).stream().map(PolicyViolation::dimension).toList();
  }

  private static List<Dimension> kinds(ModelFacts facts) {
    return POLICY.judge(facts).stream().map(PolicyViolation::dimension).toList();
  }

  private static ModelFacts facts(List<String> sources, String vendor, List<String> base, String format,
      String licence, ScanVerdict verdict) {
    return new ModelFacts("m", EnumSet.allOf(Dimension.class), sources.stream().map(ModelNames::source).toList(),
        vendor, base, format, licence, verdict);
  }

  private static ModelPolicy policy(String yaml) {
    try {
      return ModelPolicyLoader.parse(yaml);
    } catch (ModelPolicyException e) {
      throw new AssertionError(e);
    }
  }
}
