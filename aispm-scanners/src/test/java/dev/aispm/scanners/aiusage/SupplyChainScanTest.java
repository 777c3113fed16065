package dev.aispm.scanners.aiusage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.files.ContentScanEngine;
import dev.aispm.scanners.packages.Archives;
import dev.aispm.scanners.packages.Ecosystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyChainScanTest {
  private static final AiCatalogue CATALOGUE = AiCatalogue.builtIn();

  private static SupplyChainScan scan(byte[] content, String location) {
    SupplyChainScan check = new SupplyChainScan(CATALOGUE, AdvisoryStore.bundled());
    new ContentScanEngine(check.scanners(), ScanLimits.defaults())
        .scan(new ByteArrayInputStream(content), location);
    return check;
  }

  @Test
  void catalogueClassifiesExactNamesAndFamilies() {
    assertThat(CATALOGUE.classify(Ecosystem.PYPI, "LangChain_Community")).get()
        .extracting(AiComponent::title).isEqualTo("LangChain");
    assertThat(CATALOGUE.classify(Ecosystem.PYPI, "mlflow")).get()
        .extracting(AiComponent::category).isEqualTo("ml-platform");
    assertThat(CATALOGUE.classify(Ecosystem.NPM, "@langchain/openai")).isPresent();
    assertThat(CATALOGUE.classify(Ecosystem.NPM, "ai")).isPresent();
    assertThat(CATALOGUE.classify(Ecosystem.MAVEN, "dev.langchain4j:langchain4j-open-ai")).isPresent();
    assertThat(CATALOGUE.classify(Ecosystem.MAVEN, "software.amazon.awssdk:bedrockruntime")).isPresent();
    // not AI: similar names, other ecosystems
    assertThat(CATALOGUE.classify(Ecosystem.PYPI, "requests")).isEmpty();
    assertThat(CATALOGUE.classify(Ecosystem.NPM, "aiohttp")).isEmpty();
    assertThat(CATALOGUE.classify(Ecosystem.NPM, "torch")).isEmpty();
    assertThat(CATALOGUE.classify(Ecosystem.MAVEN, "software.amazon.awssdk:s3")).isEmpty();
  }

  @Test
  void hiddenAiUseInAFunctionPackageIsFound() throws IOException {
    byte[] zip = Archives.of()
        .text("handler.py", "import json\nfrom anthropic import Anthropic\n"
            + "URL = 'https://api.openai.com/v1/chat/completions'\n"
            + "rt = boto3.client('bedrock-runtime', region_name='us-east-1')\n")
        .text("web/index.ts", "import OpenAI from \"openai\";\nconst x = require('@langchain/core/prompts');\n")
        .text("config/app.yaml", "endpoint: https://my-res.openai.azure.com/openai/deployments/gpt\n")
        .text("src/Main.java", "import dev.langchain4j.model.chat.ChatLanguageModel;\n")
        .dist("", "mlflow", "2.2.0")
        .dist("", "requests", "2.31.0")
        // the SDK's own code names its API host; installed code is not evidence
        .text("python/lib/python3.11/site-packages/openai/_client.py", "BASE = 'https://api.openai.com/v1'\n")
        .zip();
    SupplyChainScan check = scan(zip, "fn.zip");
    List<ContentFinding> findings = check.findings();
    assertThat(findings).extracting(ContentFinding::ruleId, ContentFinding::location, ContentFinding::line)
        .contains(
            org.assertj.core.groups.Tuple.tuple(SupplyChainScan.AI_PACKAGE, "fn.zip!/mlflow-2.2.0.dist-info/METADATA", 0L),
            org.assertj.core.groups.Tuple.tuple(SupplyChainScan.AI_CODE, "fn.zip!/handler.py", 2L),
            org.assertj.core.groups.Tuple.tuple(SupplyChainScan.AI_ENDPOINT, "fn.zip!/handler.py", 3L),
            org.assertj.core.groups.Tuple.tuple(SupplyChainScan.AI_CODE, "fn.zip!/handler.py", 4L),
            org.assertj.core.groups.Tuple.tuple(SupplyChainScan.AI_CODE, "fn.zip!/web/index.ts", 1L),
            org.assertj.core.groups.Tuple.tuple(SupplyChainScan.AI_CODE, "fn.zip!/web/index.ts", 2L),
            org.assertj.core.groups.Tuple.tuple(SupplyChainScan.AI_ENDPOINT, "fn.zip!/config/app.yaml", 1L),
            org.assertj.core.groups.Tuple.tuple(SupplyChainScan.AI_CODE, "fn.zip!/src/Main.java", 1L));
    assertThat(findings).noneMatch(f -> f.location().contains("site-packages"));
    assertThat(findings).noneMatch(f -> "requests".equals(f.details().get("package")));
    assertThat(check.evidence()).extracting(AiEvidence::subject).contains("anthropic",
        "api.openai.com", "bedrock-runtime", "openai", "@langchain/core", "my-res.openai.azure.com",
        "dev.langchain4j");

    ContentFinding vulnerable = findings.stream()
        .filter(f -> f.ruleId().equals(SupplyChainScan.VULNERABLE))
        .filter(f -> "GHSA-xg73-94fp-g449".equals(f.details().get("advisory"))).findFirst()
        .orElseThrow();
    assertThat(vulnerable.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(vulnerable.details()).containsEntry("advisory", "GHSA-xg73-94fp-g449")
        .containsEntry("aliases", "CVE-2023-1177").containsEntry("fixedVersion", "2.2.1")
        .containsEntry("purl", "pkg:pypi/mlflow@2.2.0");
    assertThat(findings.stream().filter(f -> f.severity() == Severity.INFO))
        .allMatch(f -> f.ruleId().equals(SupplyChainScan.AI_PACKAGE));
  }

  @Test
  void aFixedVersionAndNonAiCodeGiveNoVulnerabilityOrEvidence() throws IOException {
    byte[] zip = Archives.of()
        .text("handler.py", "import boto3\ns3 = boto3.client('s3')\n# openai is not used here\n")
        .text("app.js", "const openaiLike = require('./openai');\n")
        .dist("", "mlflow", "2.10.1")
        .zip();
    SupplyChainScan check = scan(zip, "fn.zip");
    assertThat(check.evidence()).isEmpty();
    assertThat(check.findings()).extracting(ContentFinding::ruleId)
        .containsExactly(SupplyChainScan.AI_PACKAGE);
  }

  /** Only indexes other than the public defaults count: pip's own PyPI URL changes nothing. */
  @Test
  void customIndexesLeaveThePublicDefaultsOut() throws IOException {
    byte[] zip = Archives.of().text("requirements.txt", """
        --index-url https://pypi.org/simple
        --extra-index-url https://pypi.acme-internal.example/simple
        langchain
        """).zip();
    SupplyChainScan check = scan(zip, "code.zip");
    assertThat(check.customIndexes()).containsExactly("https://pypi.acme-internal.example/simple");
    assertThat(scan(Archives.of().text("requirements.txt", "--index-url https://pypi.org/simple\nlangchain\n")
        .zip(), "code.zip").customIndexes()).isEmpty();
  }

  @Test
  void advisoriesAreReadOnlyWhenAnAiPackageIsFound() throws IOException {
    int[] reads = new int[1];
    java.util.function.Supplier<dev.aispm.scanners.advisory.AdvisoryIndex> counted = () -> {
      reads[0]++;
      return AdvisoryStore.bundled();
    };
    SupplyChainScan none = new SupplyChainScan(CATALOGUE, counted);
    new ContentScanEngine(none.scanners(), ScanLimits.defaults()).scan(new ByteArrayInputStream(
        "{\"prompt\":\"hello\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "train.jsonl");
    assertThat(none.findings()).isEmpty();
    assertThat(none.vulnerabilities()).isEmpty();
    assertThat(reads[0]).isZero();

    SupplyChainScan some = new SupplyChainScan(CATALOGUE, counted);
    new ContentScanEngine(some.scanners(), ScanLimits.defaults()).scan(new ByteArrayInputStream(
        Archives.of().dist("", "mlflow", "2.2.0").zip()), "fn.zip");
    assertThat(some.findings()).extracting(ContentFinding::ruleId)
        .contains(SupplyChainScan.AI_PACKAGE, SupplyChainScan.VULNERABLE);
    assertThat(reads[0]).isEqualTo(1);
  }
}
