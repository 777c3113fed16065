package dev.aispm.scanners.data.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SimpleTokenTest {
  private static final String LB = "(?<!(?<!\\\\)[A-Za-z0-9])";

  /** What the scanner's regular-expression path answers: lookingAt on a region, transparent bounds. */
  private static int regexEnd(Pattern p, String text, int start, int regionEnd) {
    Matcher m = p.matcher(text);
    m.region(start, regionEnd);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m.lookingAt() ? m.end() : -1;
  }

  @Test
  void readsTheSimpleShapes() {
    SimpleToken aws = SimpleToken.parse(LB + "(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])");
    String key = "AKIA" + "Q2RSTUVWXYZ23456";
    assertThat(aws.matchEnd("id=" + key + ";", 3, 24)).isEqualTo(3 + 20);
    assertThat(aws.matchEnd("id=" + key + "7", 3, 24)).isEqualTo(-1);
    assertThat(aws.matchEnd("x" + key, 1, 21)).isEqualTo(-1);
    // After an escape such as \n in raw JSON, the letter belongs to the escape.
    assertThat(aws.matchEnd("\\n" + key, 2, 22)).isEqualTo(22);
    assertThat(aws.matchEnd("akia" + "Q2RSTUVWXYZ23456", 0, 20)).isEqualTo(-1);
    // The window ends the match, whatever follows.
    assertThat(aws.matchEnd("id=" + key, 3, 20)).isEqualTo(-1);

    SimpleToken stripe = SimpleToken.parse(LB + "[sr]k_test_[0-9a-zA-Z]{24,247}(?![A-Za-z0-9_-])");
    assertThat(stripe.matchEnd("rk_test_" + "a1".repeat(15), 0, 38)).isEqualTo(38);
    assertThat(stripe.matchEnd("tk_test_" + "a1".repeat(15), 0, 38)).isEqualTo(-1);

    // Greedy runs give back characters until the right boundary holds.
    SimpleToken hex = SimpleToken.parse("ab[0-9a-z]{2,6}(?![a-f])");
    assertThat(hex.matchEnd("ab123456b", 0, 9)).isEqualTo(7);
    assertThat(regexEnd(Pattern.compile("ab[0-9a-z]{2,6}(?![a-f])"), "ab123456b", 0, 9)).isEqualTo(7);
    assertThat(hex.matchEnd("ab1", 0, 3)).isEqualTo(-1);
    assertThat(hex.matchEnd("ab12e", 0, 4)).isEqualTo(-1);
  }

  @Test
  void leavesEverythingElseToTheRegularExpression() {
    assertThat(SimpleToken.parse("A{22}[A-Za-z0-9%]{60,140}")).isNull();
    assertThat(SimpleToken.parse("sk-(?:(?:proj|svcacct)-[A-Za-z0-9_-]{40,250})")).isNull();
    assertThat(SimpleToken.parse("SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}")).isNull();
    assertThat(SimpleToken.parse("(?:ab|abc)[a-z]{3}")).isNull();
    assertThat(SimpleToken.parse("ab?[a-z]{3}")).isNull();
    assertThat(SimpleToken.parse("ab[^a-z]{3}")).isNull();
    assertThat(SimpleToken.parse("ab[a-z]{0,3}")).isNull();
    assertThat(SimpleToken.parse("ab.[a-z]{3}")).isNull();
    assertThat(SimpleToken.parse("ab[a-z]{3}x")).isNull();
    assertThat(SimpleToken.parse("ab[a-z]{3}(?=x)")).isNull();
    assertThat(SimpleToken.parse("abc")).isNull();
  }

  /**
   * Over the whole catalogue: wherever a format is matched by hand, the hand matcher ends exactly
   * where the expression does, on matches, near misses and their surroundings.
   */
  @Test
  void agreesWithTheExpressionOnEveryCatalogueFormat() {
    List<RegexMatcher> simple = new ArrayList<>();
    for (SecretFormat f : SecretCatalogue.formats()) {
      if (f.matcher() instanceof RegexMatcher m && m.simple() != null) {
        simple.add(m);
      }
    }
    assertThat(simple).hasSizeGreaterThan(40);
    Random random = new Random(21);
    String noise = "aZ09_-.\\\\ \"=:+/%~";
    int matched = 0;
    for (RegexMatcher m : simple) {
      Pattern p = Pattern.compile(m.regex());
      for (int round = 0; round < 60; round++) {
        String token = RegexShapeTest.sample(p, random);
        if (token == null) {
          continue;
        }
        if (round % 3 == 1 && token.length() > 1) {
          // A near miss: one character changed.
          char[] c = token.toCharArray();
          c[random.nextInt(c.length)] = noise.charAt(random.nextInt(noise.length()));
          token = new String(c);
        } else if (round % 3 == 2) {
          token = token.substring(0, random.nextInt(token.length() + 1));
        }
        String left = random(noise, random, 3);
        String right = random(noise, random, 3);
        String text = left + token + right;
        int start = left.length();
        int[] ends = {text.length(), Math.min(text.length(), start + token.length()),
            Math.min(text.length(), start + random.nextInt(token.length() + 2))};
        for (int regionEnd : ends) {
          int expected = regexEnd(p, text, start, regionEnd);
          assertThat(m.simple().matchEnd(text, start, regionEnd))
              .as(m.regex() + " on [" + text + "] from " + start + " to " + regionEnd)
              .isEqualTo(expected);
          if (expected >= 0) {
            matched++;
          }
        }
      }
    }
    assertThat(matched).isGreaterThan(500);
  }

  private static String random(String alphabet, Random random, int maxLength) {
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(maxLength + 1); k > 0; k--) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
