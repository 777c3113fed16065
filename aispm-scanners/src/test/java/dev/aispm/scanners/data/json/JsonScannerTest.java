package dev.aispm.scanners.data.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.data.corpus.Gen;
import dev.aispm.scanners.data.corpus.Scanning;
import dev.aispm.scanners.data.inspect.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonScannerTest {
  private final Gen g = new Gen(11);

  @Test
  void unicodeEscapesCannotHideAToken() {
    String token = g.crcToken("ghp_");
    String escaped = "\\u0067" + token.substring(1);
    List<ContentFinding> out = Scanning.run(new JsonScanner(), "t.jsonl",
        "{\"text\": \"token " + escaped + "\"}\n{\"text\": \"fine\"}\n");
    assertThat(out).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("secret.github-token");
      assertThat(f.details()).containsEntry("fingerprint", Redaction.fingerprint(token));
      assertThat(f.line()).isEqualTo(1);
    });
  }

  @Test
  void fieldNamesGiveContextInPrettyPrintedDocuments() {
    String secret = g.chars(Gen.B64, 40);
    String doc = "{\n  \"profile\": {\n    \"aws_secret_access_key\": \"" + secret.replace("/", "\\/")
        + "\",\n    \"password\": \"Tr0ub4dor&3xq\"\n  }\n}\n";
    List<ContentFinding> out = Scanning.run(new JsonScanner(), "config.json", doc);
    assertThat(out).extracting(ContentFinding::ruleId)
        .containsExactlyInAnyOrder("secret.aws-secret-key", "secret.generic-secret");
    assertThat(out).filteredOn(f -> f.ruleId().equals("secret.aws-secret-key")).singleElement()
        .satisfies(f -> {
          assertThat(f.line()).isEqualTo(3);
          assertThat(f.details()).containsEntry("fingerprint", Redaction.fingerprint(secret));
        });
  }

  @Test
  void serviceAccountObjectIsRecognisedFromItsFields() {
    String keyId = g.hex(40);
    String doc = "{\n \"type\": \"service_account\",\n \"project_id\": \"p\",\n \"private_key_id\": \""
        + keyId + "\",\n \"private_key\": \"" + g.pem("PRIVATE KEY", "\\n") + "\\n\"\n}\n";
    List<ContentFinding> out = Scanning.run(new JsonScanner(), "sa.json", doc);
    assertThat(out).extracting(ContentFinding::ruleId)
        .contains("secret.gcp-service-account", "secret.private-key");
  }

  @Test
  void malformedLinesAreReportedAndStillScanned() {
    String token = g.crcToken("ghp_");
    String jsonl = "{\"ok\": 1}\n{\"broken\": \"" + token + "\n{\"ok\": 2}\n";
    List<ContentFinding> out = Scanning.run(new JsonScanner(), "t.jsonl", jsonl);
    assertThat(out).extracting(ContentFinding::ruleId)
        .contains("data.malformed-json", "secret.github-token");
  }

  @Test
  void truncatedDocumentIsReportedAndTheRestScannedAsText() {
    String token = g.crcToken("ghp_");
    String doc = "{\n \"a\": [1, 2,\n \"b\": \"" + token + "\"\n";
    List<ContentFinding> out = Scanning.run(new JsonScanner(), "t.json", doc);
    assertThat(out).extracting(ContentFinding::ruleId).contains("data.malformed-json", "secret.github-token");
  }

  @Test
  void hugeLinesAreReadInPiecesWithoutLosingASecret() {
    String token = g.crcToken("ghp_");
    StringBuilder line = new StringBuilder("{\"id\": 1}\n{\"blob\": \"");
    Random r = new Random(1);
    while (line.length() < 40_000) {
      line.append((char) ('a' + r.nextInt(26))).append(' ');
    }
    line.append(token).append(" ").append("x".repeat(30_000)).append("\"}\n");
    List<ContentFinding> out = Scanning.run(new JsonScanner(), "t.jsonl",
        line.toString().getBytes(StandardCharsets.UTF_8), Scanning.limits(1 << 20, 16_384));
    assertThat(out).extracting(ContentFinding::ruleId).contains("secret.github-token", "data.long-line");
  }

  @Test
  void byteBudgetStopsTheScanWithANote() {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      jsonl.append("{\"i\": ").append(i).append("}\n");
    }
    List<ContentFinding> out = Scanning.run(new JsonScanner(), "t.jsonl",
        jsonl.toString().getBytes(StandardCharsets.UTF_8), Scanning.limits(1000, 8192));
    assertThat(out).extracting(ContentFinding::ruleId).containsExactly("data.truncated");
  }

  @Test
  void valuesThatAreJsonEncodedStringsAreJudgedInsideTheirQuotes() {
    // Hyperparameters as SageMaker's Python SDK stores them, in a record and in a document.
    String wandb = "874c035f9042bcda884c8c35e31eb3098f534653";
    String password = "q8Zr2mXv9LpT4wKs7Nd3";
    String line = "{\"wandb_api_key\": \"\\\"" + wandb + "\\\"\", \"db_password\": \"\\\"" + password + "\\\"\"}\n";
    List<ContentFinding> records = Scanning.run(new JsonScanner(), "hyperparameters.jsonl", line);
    assertThat(records).extracting(ContentFinding::ruleId)
        .containsExactlyInAnyOrder("secret.wandb-api-key", "secret.generic-secret");
    assertThat(records).filteredOn(f -> f.ruleId().equals("secret.wandb-api-key")).singleElement()
        .satisfies(f -> assertThat(f.details()).containsEntry("fingerprint", Redaction.fingerprint(wandb)));
    String doc = "{\n  \"hyperparameters\": {\n    \"wandb_api_key\": \"\\\"" + wandb + "\\\"\",\n"
        + "    \"epochs\": \"\\\"10\\\"\",\n    \"sagemaker_program\": \"\\\"train.py\\\"\"\n  }\n}\n";
    List<ContentFinding> fields = Scanning.run(new JsonScanner(), "training-job.json", doc);
    assertThat(fields).extracting(ContentFinding::ruleId).containsExactly("secret.wandb-api-key");
    assertThat(fields.get(0).details()).containsEntry("fingerprint", Redaction.fingerprint(wandb));
  }
}
