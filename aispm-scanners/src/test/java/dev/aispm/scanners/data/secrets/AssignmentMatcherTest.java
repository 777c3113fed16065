package dev.aispm.scanners.data.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generic assignment matcher and the byte test that lets prose skip it. */
class AssignmentMatcherTest {
  private final AssignmentMatcher matcher = new AssignmentMatcher();

  private boolean matches(String text, String keyword) {
    int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(keyword);
    return matcher.match(text, at, at + keyword.length(), new MatchState(), new MatchResult());
  }

  private boolean mayMatch(String text, String keyword) {
    int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(keyword);
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    return matcher.asciiPrecondition().mayMatch(b, at, at + keyword.length(), b.length);
  }

  @Test
  void theOperatorTestPassesAssignmentsInEverySyntax() {
    for (String text : new String[] {
        "DB_TOKEN=q8Zr2mXv9LpT4wKs7Nd3", "token: q8Zr2mXv9LpT4wKs7Nd3",
        "\"token\": \"q8Zr2mXv9LpT4wKs7Nd3\"", "{\\\"token\\\": \\\"q8Zr2mXv9LpT4wKs7Nd3\\\"}",
        "api_token_value := 'q8Zr2mXv9LpT4wKs7Nd3'", ":token => \"q8Zr2mXv9LpT4wKs7Nd3\"",
        "token\t= `q8Zr2mXv9LpT4wKs7Nd3`"}) {
      assertThat(matches(text, "token")).as(text).isTrue();
      assertThat(mayMatch(text, "token")).as(text).isTrue();
    }
  }

  @Test
  void theOperatorTestFailsOnProse() {
    for (String text : new String[] {
        "each token of the text", "tokens are counted", "the token", "token.\nvalue = x",
        "token_" + "x".repeat(60) + " = q8Zr2mXv9LpT4wKs7Nd3"}) {
      assertThat(mayMatch(text, "token")).as(text).isFalse();
      assertThat(matches(text, "token")).as(text).isFalse();
    }
  }

  @Test
  void theValueTestFailsOnPlaceholdersAndLookups() {
    for (String[] t : new String[][] {
        {"password: ${DB_PASSWORD}", "password"},
        {"api_key = os.environ[\"OPENAI_API_KEY\"]", "api_key"},
        {"{\\\"token\\\": \\\"{{ token }}\\\"}", "token"},
        {"SECRET_KEY = os.getenv('SECRET_KEY')", "secret"},
        {"\"password\": \"CHANGEME-please\"", "password"},
        {"token := process.env.API_TOKEN", "token"},
        {"aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "access_key"},
        {"\"secret\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"", "secret"}}) {
      assertThat(mayMatch(t[0], t[1])).as(t[0]).isFalse();
      assertThat(matches(t[0], t[1])).as(t[0]).isFalse();
    }
    // A real value next to such words is kept.
    assertThat(mayMatch("password: \"q8Zr2mXv9LpT4wKs7Nd3\" # not ${X}", "password")).isTrue();
  }

  /**
   * On 60,000 random assignment-like lines, wherever the matcher accepts, the byte test passes;
   * read with the rest of a block after the line (a line feed, then more text), it still does.
   */
  @Test
  void theOperatorTestNeverRejectsAMatch() {
    Random random = new Random(5);
    String[] pieces = {"token", "_", "-", ".", "x", "Q", "9", " ", "\t", "\"", "'", "`", "\\", "=",
        ":", "=>", ":=", "==", ",", "q8Zr2mXv9LpT4wKs7Nd3", "${X}", "\r", "$", "{", "os.", "Environ",
        "os.environ[", "GETENV(", "{{", "Example", "changeme", "your_", "env", "(", "[", "EXAMPLE",
        "EXAMPL", "AKIAIOSFODNN7"};
    int accepted = 0;
    for (int round = 0; round < 60_000; round++) {
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "" : "a ");
      sb.append("token");
      int n = random.nextInt(8);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String line = sb.toString();
      int at = line.indexOf("token");
      boolean match = matcher.match(line, at, at + 5, new MatchState(), new MatchResult());
      byte[] alone = line.getBytes(StandardCharsets.US_ASCII);
      byte[] inBlock = (line + "\n= q8Zr2mXv9LpT4wKs7Nd3").getBytes(StandardCharsets.US_ASCII);
      if (match) {
        accepted++;
        assertThat(matcher.asciiPrecondition().mayMatch(alone, at, at + 5, alone.length))
            .as(line).isTrue();
        assertThat(matcher.asciiPrecondition().mayMatch(inBlock, at, at + 5, inBlock.length))
            .as(line).isTrue();
      }
    }
    assertThat(accepted).isGreaterThan(200);
  }

  @Test
  void aJsonEncodedStringInsideAJsonStringIsReadInsideItsInnerQuotes() {
    // SageMaker's Python SDK writes hyperparameters this way: "password": "\"value\"".
    String text = "\"password\": \"\\\"q8Zr2mXv9LpT4wKs7Nd3\\\"\"";
    assertThat(mayMatch(text, "password")).isTrue();
    int at = text.indexOf("password");
    MatchResult r = new MatchResult();
    assertThat(matcher.match(text, at, at + 8, new MatchState(), r)).isTrue();
    assertThat(text.substring(r.valueStart, r.valueEnd)).isEqualTo("q8Zr2mXv9LpT4wKs7Nd3");
    // The same decoys are refused inside the inner quotes.
    String lookup = "\"password\": \"\\\"${DB_PASSWORD}\\\"\"";
    assertThat(matches(lookup, "password")).isFalse();
    assertThat(mayMatch(lookup, "password")).isFalse();
    // And as a named value, quoted or not.
    MatchResult named = new MatchResult();
    assertThat(matcher.matchValue("db_password", "\"q8Zr2mXv9LpT4wKs7Nd3\"", new MatchState(), named)).isTrue();
    assertThat(named.valueStart).isEqualTo(1);
    assertThat(matcher.matchValue("db_password", "\"${DB_PASSWORD}\"", new MatchState(), new MatchResult())).isFalse();
    assertThat(matcher.matchValue("db_password", "\"", new MatchState(), new MatchResult())).isFalse();
  }
}
