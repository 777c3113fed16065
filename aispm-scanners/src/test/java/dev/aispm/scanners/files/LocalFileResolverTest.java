package dev.aispm.scanners.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LocalFileResolverTest {
  /** The expression the hand check stands in for. */
  private static final Pattern URI = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  private final LocalFileResolver resolver = new LocalFileResolver();

  @Test
  void pathsAndFileUrisAreLocal() {
    assertThat(resolver.handles("data/train.jsonl")).isTrue();
    assertThat(resolver.handles("/tmp/model.pkl")).isTrue();
    assertThat(resolver.handles("C:\\models\\model.pt")).isTrue();
    assertThat(resolver.handles("file:///tmp/model.pkl")).isTrue();
    assertThat(resolver.handles("weird:name.txt")).isTrue();
    assertThat(resolver.handles("1s3://bucket/key")).isTrue();
    assertThat(resolver.handles("")).isTrue();
  }

  @Test
  void otherUrisAreNot() {
    assertThat(resolver.handles("s3://bucket/prefix/")).isFalse();
    assertThat(resolver.handles("gs://bucket/object")).isFalse();
    assertThat(resolver.handles("git+ssh://host/repo")).isFalse();
    assertThat(resolver.handles("a://")).isFalse();
  }

  @Test
  void handCheckAgreesWithTheExpression() {
    String[] fixed = {"s3://b/k", "S3://b", "s3:/b", "s3//b", "://b", "3s://b", "a.b-c+d://x",
        "a_b://x", "s3://a\nb", "s3://a\rb", "s3://a\u0085b", "s3://a\u2028b", "s3://a\u2029b",
        "s3://\u00e9", "s 3://b", "s3:://b", "s3://", "é3://b"};
    for (String s : fixed) {
      assertThat(LocalFileResolver.isUri(s)).as(s).isEqualTo(URI.matcher(s).matches());
    }
    String alphabet = "as3Z9+.-_:/ \n\r\u2028\u00e9";
    Random random = new Random(17);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(10);
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      // Half of them get a scheme separator, so both answers are common.
      if (random.nextBoolean()) {
        b.insert(random.nextInt(b.length() + 1), "://");
      }
      String s = b.toString();
      assertThat(LocalFileResolver.isUri(s)).as(s).isEqualTo(URI.matcher(s).matches());
    }
  }
}
