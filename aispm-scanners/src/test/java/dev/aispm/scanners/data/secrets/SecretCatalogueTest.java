package dev.aispm.scanners.data.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.data.corpus.SecretSamples;
import dev.aispm.scanners.data.corpus.SecretSamples.Sample;
import dev.aispm.scanners.data.inspect.ObjectInspection;
import dev.aispm.scanners.data.inspect.Origin;
import dev.aispm.scanners.data.inspect.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretCatalogueTest {

  static Stream<Sample> samples() {
    return Stream.concat(SecretSamples.all(1).stream(), SecretSamples.all(2).stream());
  }

  static List<ContentFinding> scan(String text) {
    List<ContentFinding> out = new ArrayList<>();
    ObjectInspection inspection = new ObjectInspection("mem://sample.txt", out::add).withoutPii();
    inspection.inspect(text, Origin.text(1, 1));
    inspection.finish();
    return out;
  }

  @Test
  void catalogueHasAtLeastHundredFormatsAndEveryOneHasASample() {
    Set<String> ids = SecretCatalogue.formats().stream().map(SecretFormat::ruleId)
        .collect(Collectors.toSet());
    Set<String> sampled = SecretSamples.all(1).stream().map(Sample::ruleId).collect(Collectors.toSet());
    assertThat(ids).hasSizeGreaterThanOrEqualTo(100);
    assertThat(sampled).containsAll(ids);
    assertThat(ids).containsAll(sampled);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void findsEachFormatWithItsFingerprintAndNeverItsValue(Sample sample) {
    List<ContentFinding> findings = scan(sample.positive());
    assertThat(findings).as(sample.positive())
        .anySatisfy(f -> {
          assertThat(f.ruleId()).isEqualTo(sample.ruleId());
          assertThat(f.details().get("fingerprint")).isEqualTo(Redaction.fingerprint(sample.secret()));
          assertThat(f.details().get("preview")).isEqualTo(sample.secret().substring(0, 4) + "****");
          assertThat(f.line()).isPositive();
          assertThat(f.column()).isPositive();
        });
    for (ContentFinding f : findings) {
      assertThat(f.toString()).doesNotContain(sample.secret());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void staysSilentOnTheNearMiss(Sample sample) {
    assertThat(scan(sample.negative())).as(sample.negative())
        .noneMatch(f -> f.ruleId().equals(sample.ruleId()));
  }

  @Test
  void verifiesGitHubChecksumOnAPublishedExample() {
    // The example token printed in a public write-up of GitHub's token format.
    assertThat(Checksums.base62Crc32("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", 4)).isTrue();
    assertThat(Checksums.base62Crc32("ghp_zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ0mLq18", 4)).isFalse();
  }

  @Test
  void vendorShapedTokenWithAFailingChecksumIsMediumNotDropped() {
    dev.aispm.scanners.data.corpus.Gen g = new dev.aispm.scanners.data.corpus.Gen(11);
    for (String[] c : new String[][] {{"ghp_", "secret.github-token"},
        {"gho_", "secret.github-oauth-token"}, {"ghs_", "secret.github-app-installation-token"},
        {"npm_", "secret.npm-token"}}) {
      String typo = g.badCrcToken(c[0]);
      assertThat(scan("token: " + typo)).as(typo).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo(c[1]);
        assertThat(f.severity()).isEqualTo(dev.aispm.scanners.core.Severity.MEDIUM);
        assertThat(f.details()).containsEntry("confidence", "medium")
            .containsEntry("checksum", "fails")
            .containsEntry("fingerprint", Redaction.fingerprint(typo));
        assertThat(f.message()).contains("checksum does not verify");
        assertThat(f.toString()).doesNotContain(typo);
      });
      String good = g.crcToken(c[0]);
      assertThat(scan("token: " + good)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(dev.aispm.scanners.core.Severity.CRITICAL);
        assertThat(f.details()).doesNotContainKey("confidence");
      });
    }
  }

  @Test
  void squareProductionTokensOfBothGenerationsAreFound() {
    dev.aispm.scanners.data.corpus.Gen g = new dev.aispm.scanners.data.corpus.Gen(5);
    String eaaa = "EAAA" + g.chars(dev.aispm.scanners.data.corpus.Gen.URLSAFE, 60);
    assertThat(scan("SQUARE_ACCESS_TOKEN=" + eaaa)).extracting(ContentFinding::ruleId)
        .containsExactly("secret.square-access-token");
    // A Facebook token also starts with EAA but is far longer: it stays a Facebook token.
    String facebook = "EAAB" + g.alnum(180);
    assertThat(scan("fb " + facebook)).extracting(ContentFinding::ruleId)
        .containsExactly("secret.facebook-access-token");
  }

  @Test
  void specificFormatWinsOverGenericAndUrlMatches() {
    List<ContentFinding> findings = scan("GITHUB_TOKEN=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");
    assertThat(findings).extracting(ContentFinding::ruleId).containsExactly("secret.github-token");
    findings = scan("git clone https://x: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@github.com/a/b");
    assertThat(findings).extracting(ContentFinding::ruleId).containsExactly("secret.github-token");
  }

  @Test
  void privateKeyWithEscapedNewlinesInsideJsonTextIsFound() {
    String pem = new dev.aispm.scanners.data.corpus.Gen(7).pem("EC PRIVATE KEY", "\\n");
    List<ContentFinding> findings = scan("{\"key\": \"" + pem + "\"}");
    assertThat(findings).extracting(ContentFinding::ruleId).contains("secret.private-key");
    assertThat(findings.get(0).details()).containsEntry("kind", "EC PRIVATE KEY");
  }

  @Test
  void repeatedSecretIsOneFindingWithOccurrences() {
    String line = "token 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 ";
    List<ContentFinding> findings = scan(line + line + line);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).details()).containsEntry("occurrences", "3");
  }
}
