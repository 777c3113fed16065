package dev.aispm.scanners.data.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.data.corpus.Gen;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectInspectionTest {

  @Test
  void personalDataIsCountedPerObjectWithRedactedSamples() {
    List<ContentFinding> out = new ArrayList<>();
    ObjectInspection inspection = new ObjectInspection("s3://b/users.txt", out::add);
    inspection.inspect("ana.silva@proton.me\nbo.chen@fastmail.com\nana.silva@proton.me", Origin.text(1, 1));
    inspection.finish();
    assertThat(out).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("pii.email");
      assertThat(f.details()).containsEntry("count", "3").containsEntry("samples", "ana.****, bo.c****");
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.toString()).doesNotContain("ana.silva@proton.me");
    });
  }

  @Test
  void awsKeyIdPairsWithAnUnlabelledSecretInTheSameRecord() {
    Gen g = new Gen(9);
    String id = "AKIA" + g.chars(Gen.BASE32, 16);
    String secret = g.chars(Gen.B64, 40);
    List<ContentFinding> out = new ArrayList<>();
    ObjectInspection inspection = new ObjectInspection("creds.csv", out::add).withoutPii();
    inspection.inspectNamed("col1", id, Origin.value(2, 1, "col1"));
    inspection.inspectNamed("col2", secret, Origin.value(2, 22, "col2"));
    inspection.endRecord();
    inspection.finish();
    assertThat(out).extracting(ContentFinding::ruleId)
        .containsExactly("secret.aws-access-key", "secret.aws-secret-key");
    assertThat(out.get(1).details()).containsEntry("pairedWith", Redaction.fingerprint(id))
        .containsEntry("fingerprint", Redaction.fingerprint(secret));
  }

  @Test
  void anUnlabelledFortyCharacterStringAloneIsNotAnAwsSecret() {
    Gen g = new Gen(10);
    List<ContentFinding> out = new ArrayList<>();
    ObjectInspection inspection = new ObjectInspection("x.csv", out::add).withoutPii();
    inspection.inspectNamed("col2", g.chars(Gen.B64, 40), Origin.value(1, 1, "col2"));
    inspection.finish();
    assertThat(out).isEmpty();
  }

  @Test
  void multilineTextReportsTheLineAndColumnOfTheHit() {
    List<ContentFinding> out = new ArrayList<>();
    ObjectInspection inspection = new ObjectInspection("x.txt", out::add).withoutPii();
    inspection.inspect("a\nbb\n   GOCSPX-" + new Gen(1).chars(Gen.URLSAFE, 28), Origin.text(10, 1));
    inspection.finish();
    assertThat(out).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(12);
      assertThat(f.column()).isEqualTo(4);
    });
  }

  @Test
  void previewShowsFourCharactersAndFingerprintIsSha256Hex() {
    assertThat(Redaction.preview("ghp_abcdefghijkl")).isEqualTo("ghp_****");
    assertThat(Redaction.preview("short")).isEqualTo("s****");
    assertThat(Redaction.fingerprint("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
