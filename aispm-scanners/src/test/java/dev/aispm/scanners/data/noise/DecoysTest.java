package dev.aispm.scanners.data.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DecoysTest {

  @Test
  void recognisesUuidsInEitherCase() {
    assertThat(Decoys.isUuid("3f2504e0-4f89-11d3-9a0c-0305e82c3301")).isTrue();
    assertThat(Decoys.isUuid("3F2504E0-4F89-11D3-9A0C-0305E82C3301")).isTrue();
  }

  @Test
  void refusesWhatOnlyLooksLikeAUuid() {
    assertThat(Decoys.isUuid("3f2504e0-4f89-11d3-9a0c-0305e82c330")).isFalse();
    assertThat(Decoys.isUuid("3f2504e0-4f89-11d3-9a0c-0305e82c3301a")).isFalse();
    assertThat(Decoys.isUuid("3f2504e0x4f89-11d3-9a0c-0305e82c3301")).isFalse();
    assertThat(Decoys.isUuid("3f2504e0-4f89-11d3-9a0c-0305e82c330g")).isFalse();
    assertThat(Decoys.isUuid("3f2504e04f89-11d3-9a0c--0305e82c3301")).isFalse();
    assertThat(Decoys.isUuid("")).isFalse();
  }

  /** The hand-written check accepts exactly what the 8-4-4-4-12 expression accepts. */
  @Test
  void agreesWithTheRegularExpression() {
    Pattern uuid = Pattern.compile(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    Random random = new Random(3);
    String alphabet = "0123456789abcdefABCDEFg-x";
    for (int round = 0; round < 5_000; round++) {
      String s;
      if (round % 2 == 0) {
        char[] c = new UUID(random.nextLong(), random.nextLong()).toString().toCharArray();
        c[random.nextInt(c.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
        s = new String(c);
      } else {
        s = new UUID(random.nextLong(), random.nextLong()).toString();
      }
      assertThat(Decoys.isUuid(s)).as(s).isEqualTo(uuid.matcher(s).matches());
    }
  }
}
