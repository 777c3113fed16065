package dev.aispm.scanners.data.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.data.corpus.Gen;
import dev.aispm.scanners.data.search.AnchoredLines;
import dev.aispm.scanners.data.search.AsciiText;
import dev.aispm.scanners.data.secrets.SecretDetector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiDetectorTest {

  /**
   * What the detector finds in {@code text}, checked to be the same whether the text comes as a
   * String, as any other CharSequence or, when it is ASCII, as raw bytes (each has its own loop).
   */
  private static List<String> found(String text) {
    List<String> out = detect(text);
    assertThat(detect(new StringBuilder(text))).isEqualTo(out);
    byte[] b = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
    if (AsciiText.isAscii(b, 0, b.length) && text.indexOf('\n') < 0) {
      assertThat(detect(new AsciiText(b, 2, b.length - 4))).isEqualTo(out);
      // As the scan of a marked block reads it: inline images measured by the marking pass.
      AnchoredLines lines = new AnchoredLines();
      assertThat(new SecretDetector().markLines(b, 0, b.length, b.length + 1, lines)).isTrue();
      List<String> marked = new ArrayList<>();
      new PiiDetector().detectMarked(new AsciiText(b, 2, b.length - 4), lines, 0,
          (type, t, s, e) -> marked.add(type + ":" + t.subSequence(s, e)));
      assertThat(marked).isEqualTo(out);
    }
    return out;
  }

  private static List<String> detect(CharSequence text) {
    List<String> out = new ArrayList<>();
    new PiiDetector().detect(text, (type, t, s, e) -> out.add(type + ":" + t.subSequence(s, e)));
    return out;
  }

  /**
   * An inline image's payload is random base64: a Luhn-valid digit run between two {@code +} in
   * it reads as a card number. Such payloads are passed over; what follows the image is read as
   * usual, and the same characters outside a data URI are read too.
   */
  @Test
  void inlineImagePayloadsArePassedOver() {
    String card = new Gen(3).card("4", 16);
    String payload = "iVBORw0KGgoAAAANSUhEUg+" + card + "+AAAAAQQ==";
    assertThat(found("raw " + payload)).containsExactly("PAYMENT_CARD:" + card);
    assertThat(found("encoding base64," + payload)).containsExactly("PAYMENT_CARD:" + card);
    assertThat(found("<img src=\"data:image/png;base64," + payload + "\"> mail ann.lee@fastmail.com"))
        .containsExactly("EMAIL:ann.lee@fastmail.com");
    assertThat(found("<img src=\\\"data:image/png;BASE64," + payload + "\\\"> card " + card))
        .containsExactly("PAYMENT_CARD:" + card);
  }

  /**
   * The marking pass records each payload it jumped over, and a marked line's reading jumps over
   * exactly those: a card number inside the image is not read, one after it is.
   */
  @Test
  void aMarkedLinePassesTheImagesTheMarkingPassMeasured() {
    String card = new Gen(5).card("4", 16);
    String line = "{\"img\":\"data:image/png;base64,iVBORw0KGgo+" + card + "+AAAA==\",\"note\":\"card "
        + card + "\"}";
    byte[] b = (line + "\n" + line).getBytes(StandardCharsets.US_ASCII);
    AnchoredLines lines = new AnchoredLines();
    assertThat(new SecretDetector().markLines(b, 0, b.length, 1 << 20, lines)).isTrue();
    assertThat(lines.lines()).isEqualTo(2);
    for (int j = 0; j < 2; j++) {
      assertThat(lines.endSkip(j) - lines.firstSkip(j)).isEqualTo(1);
      int s = lines.firstSkip(j);
      assertThat(new String(b, lines.skipFrom(s), lines.skipTo(s) - lines.skipFrom(s),
          StandardCharsets.US_ASCII)).isEqualTo("iVBORw0KGgo+" + card + "+AAAA==");
      List<String> out = new ArrayList<>();
      new PiiDetector().detectMarked(new AsciiText(b, lines.start(j), lines.end(j) - lines.start(j)),
          lines, j, (type, t, st, e) -> out.add(type + ":" + t.subSequence(st, e)));
      assertThat(out).containsExactly("PAYMENT_CARD:" + card);
    }
  }

  @Test
  void readsNonAsciiTextAroundCandidates() {
    assertThat(found("café ☕ mail zoë.müller@fastmail.com or bob.stone@fastmail.com, tel +44 20 7946 1234"))
        .contains("EMAIL:bob.stone@fastmail.com", "PHONE:+44 20 7946 1234");
  }

  @Test
  void findsEmailAddressesButNotExampleDomainsOrUrlCredentials() {
    assertThat(found("mail maria.gonzalez@protonmail.ch today."))
        .containsExactly("EMAIL:maria.gonzalez@protonmail.ch");
    assertThat(found("jane@example.com git@github.com:org/x icon@2x.png https://u:pw@host.net")).isEmpty();
  }

  @Test
  void findsLuhnValidCardsInCommonLayouts() {
    Gen g = new Gen(3);
    String visa = g.card("4", 16);
    String amex = g.card("37", 15);
    String grouped = visa.substring(0, 4) + " " + visa.substring(4, 8) + " " + visa.substring(8, 12)
        + " " + visa.substring(12);
    assertThat(found("card " + visa + " and " + grouped + " and " + amex))
        .containsExactly("PAYMENT_CARD:" + visa, "PAYMENT_CARD:" + grouped, "PAYMENT_CARD:" + amex);
  }

  @Test
  void rejectsCardsThatFailLuhnOrAreProcessorTestNumbers() {
    Gen g = new Gen(4);
    String visa = g.card("4", 16);
    String broken = visa.substring(0, 15) + (char) ('0' + (visa.charAt(15) - '0' + 1) % 10);
    assertThat(found(broken + " 4111111111111111 4242 4242 4242 4242")).isEmpty();
  }

  @Test
  void findsSsnsOnlyWithValidAreaGroupAndSerial() {
    assertThat(found("ssn 536-22-8714")).containsExactly("US_SSN:536-22-8714");
    assertThat(found("000-12-3456 666-12-3456 912-12-3456 536-00-1234 536-22-0000 078-05-1120")).isEmpty();
  }

  @Test
  void findsIbansThatPassMod97() {
    Gen g = new Gen(5);
    String de = g.iban("DE", 22);
    String spaced = de.replaceAll("(.{4})", "$1 ").trim();
    assertThat(found("pay to " + de + " or " + spaced))
        .containsExactly("IBAN:" + de, "IBAN:" + spaced);
    String wrongCheck = de.substring(0, 2) + (de.charAt(2) == '9' ? '1' : '9') + de.substring(3);
    assertThat(found(wrongCheck + " GB82WEST12345698765432")).isEmpty();
  }

  @Test
  void findsFormattedPhoneNumbers() {
    assertThat(found("call (415) 867-2309 or +44 20 7946 1234"))
        .containsExactly("PHONE:(415) 867-2309", "PHONE:+44 20 7946 1234");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "version 2.3.14", "2024-03-15 12:30:45", "id 1700000000123", "ip 10.0.12.254",
      "call 555-0142", "(212) 555-0199", "order 4000-1234", "step 15000 loss 0.9234"})
  void staysSilentOnNumbersThatAreNotPersonalData(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void readsRawJsonEscapesAsSeparators() {
    assertThat(found("{\"t\":\"ssn:\\n536-22-8714\\tmail\\nbob.stone@fastmail.com\"}"))
        .containsExactly("US_SSN:536-22-8714", "EMAIL:bob.stone@fastmail.com");
  }
}
