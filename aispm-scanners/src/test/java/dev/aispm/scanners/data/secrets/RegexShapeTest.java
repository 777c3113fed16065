package dev.aispm.scanners.data.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexShapeTest {
  private static final String LB = "(?<!(?<!\\\\)[A-Za-z0-9])";

  @Test
  void readsPrefixAndClassRunOfCommonTokenShapes() {
    RegexShape airtable = RegexShape.parse(LB + "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}");
    assertThat(airtable.prefixLength()).isEqualTo(3);
    assertThat(airtable.tailMin()).isEqualTo(14);
    assertThat(airtable.inTail('Q')).isTrue();
    assertThat(airtable.inTail('.')).isFalse();

    RegexShape aws = RegexShape.parse(LB + "(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])");
    assertThat(aws.prefixLength()).isEqualTo(4);
    assertThat(aws.tailMin()).isEqualTo(16);
    assertThat(aws.inTail('7')).isTrue();
    assertThat(aws.inTail('8')).isFalse();

    RegexShape google = RegexShape.parse(LB + "ya29\\.[0-9A-Za-z_-]{30,2048}");
    assertThat(google.prefixLength()).isEqualTo(5);
    assertThat(google.tailMin()).isEqualTo(30);
    assertThat(google.inTail('-')).isTrue();

    RegexShape stripe = RegexShape.parse(LB + "[sr]k_test_[0-9a-zA-Z]{24,247}");
    assertThat(stripe.prefixLength()).isEqualTo(8);
  }

  @Test
  void refusesShapesItCannotReasonAbout() {
    assertThat(RegexShape.parse("A{22}[A-Za-z0-9%]{60,140}")).isNull();
    assertThat(RegexShape.parse("sk-(?:(?:proj|svcacct)-[A-Za-z0-9_-]{40,250})")).isNull();
    assertThat(RegexShape.parse("(?:ab|abc)[a-z]{3}")).isNull();
    assertThat(RegexShape.parse("ab?[a-z]{3}")).isNull();
    assertThat(RegexShape.parse("ab[^a-z]{3}")).isNull();
    assertThat(RegexShape.parse("ab[a-z]{0,3}")).isNull();
    assertThat(RegexShape.parse("ab.[a-z]{3}")).isNull();
    assertThat(RegexShape.parse("abc")).isNull();
  }

  @Test
  void rejectsOnlyWhereTheRunIsTooShort() {
    RegexShape airtable = RegexShape.parse(LB + "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}");
    assertThat(airtable.mayMatchAt("see path/to/file", 4)).isFalse();
    assertThat(airtable.mayMatchAt("patAbcdefgh12345", 0)).isFalse();
    assertThat(airtable.mayMatchAt("patAbcdefgh1234567.", 0)).isTrue();
  }

  /**
   * Over the whole catalogue: every shape the quick test uses reads the class exactly as
   * java.util.regex does, and never rejects a position where the expression matches.
   */
  @Test
  void neverRejectsAMatchOfAnyCatalogueFormat() {
    List<RegexMatcher> shaped = new ArrayList<>();
    for (SecretFormat f : SecretCatalogue.formats()) {
      if (f.matcher() instanceof RegexMatcher m && m.shape() != null) {
        shaped.add(m);
      }
    }
    assertThat(shaped).hasSizeGreaterThan(40);
    Random random = new Random(11);
    for (RegexMatcher m : shaped) {
      Pattern p = Pattern.compile(m.regex());
      RegexShape shape = m.shape();
      // Strings the expression accepts, grown one character at a time.
      for (int round = 0; round < 5; round++) {
        String candidate = sample(p, random);
        if (candidate == null) {
          continue;
        }
        Matcher matcher = p.matcher(candidate);
        if (matcher.lookingAt()) {
          assertThat(shape.mayMatchAt(candidate, 0)).as(m.regex() + " on " + candidate).isTrue();
        }
      }
      // The byte test used while marking lines agrees with the text test on ASCII lines.
      for (int round = 0; round < 20; round++) {
        String line = random.nextBoolean() ? sample(p, random) : noise(random);
        if (line == null) {
          continue;
        }
        byte[] b = (line + "\nmore text").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        boolean text = shape.mayMatchAt(line, 0);
        assertThat(shape.mayMatch(b, 0, 1, line.length())).as(line).isEqualTo(text);
        if (text) {
          assertThat(shape.mayMatch(b, 0, 1, b.length)).as(line).isTrue();
        }
      }
      for (char c = 0; c < 128; c++) {
        boolean java = Pattern.matches(shape.tailSource(), String.valueOf(c));
        assertThat(shape.inTail(c)).as(m.regex() + " class, char " + (int) c).isEqualTo(java);
      }
    }
  }

  /**
   * The pre-test the anchor pass asks (the shape, and no documented example's mark where the whole
   * match is the value) holds wherever the format would be reported: its expression matches and
   * the match is not a documented example.
   */
  @Test
  void thePreTestKeepsEveryReportableMatch() {
    Random random = new Random(13);
    int reportable = 0;
    for (SecretFormat f : SecretCatalogue.formats()) {
      if (!(f.matcher() instanceof RegexMatcher m) || m.asciiPrecondition() == null) {
        continue;
      }
      Pattern p = Pattern.compile(m.regex());
      for (int round = 0; round < 30; round++) {
        String token = sample(p, random);
        if (token == null) {
          continue;
        }
        if (round % 3 == 0 && token.length() > 8) {
          int at = random.nextInt(token.length() - 6);
          token = token.substring(0, at) + "EXAMPLE" + token.substring(Math.min(token.length(), at + 7));
        }
        String line = token + (round % 2 == 0 ? "" : " rest");
        MatchResult result = new MatchResult();
        boolean matched = m.match(line, 0, Math.min(line.length(), f.anchors().get(0).length()),
            new MatchState(), result);
        if (matched && !dev.aispm.scanners.data.noise.Decoys.isDocumentedExample(
            line.substring(result.valueStart, result.valueEnd))) {
          reportable++;
          byte[] b = (line + "\nmore").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
          assertThat(m.asciiPrecondition().mayMatch(b, 0, f.anchors().get(0).length(), b.length))
              .as(m.regex() + " on " + line).isTrue();
        }
      }
    }
    assertThat(reportable).isGreaterThan(200);

    RegexMatcher aws = (RegexMatcher) SecretCatalogue.formats().stream()
        .filter(f -> f.ruleId().equals("secret.aws-access-key")).findFirst().orElseThrow().matcher();
    byte[] example = "id AKIAIOSFODNN7EXAMPLE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] key = "id AKIAQ2RSTUVWXYZ23456".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(aws.asciiPrecondition().mayMatch(example, 3, 7, example.length)).isFalse();
    assertThat(aws.asciiPrecondition().mayMatch(key, 3, 7, key.length)).isTrue();
  }

  private static String noise(Random random) {
    String alphabet = "abcXYZ019_-. :/";
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(40); k > 0; k--) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /**
   * A string built to satisfy {@code p} where possible: the literal prefix is copied from the
   * expression's own prefix by trying each printable character at each position.
   */
  static String sample(Pattern p, Random random) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.=+/$%:";
    StringBuilder sb = new StringBuilder();
    for (int pos = 0; pos < 600; pos++) {
      boolean extended = false;
      int offset = random.nextInt(alphabet.length());
      for (int k = 0; k < alphabet.length(); k++) {
        char c = alphabet.charAt((offset + k) % alphabet.length());
        Matcher m = p.matcher(sb.toString() + c);
        if (m.lookingAt() || m.hitEnd()) {
          sb.append(c);
          extended = true;
          if (m.lookingAt() && random.nextInt(8) == 0) {
            return sb.toString();
          }
          break;
        }
      }
      if (!extended) {
        break;
      }
    }
    return p.matcher(sb).lookingAt() ? sb.toString() : null;
  }
}
