package dev.aispm.scanners.model.gguf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class GgufScannerTest {
  public static final String BENIGN_TEMPLATE = "{% for message in messages %}{{'<|im_start|>' + "
      + "message['role'] + '\\n' + message['content'] | trim + '<|im_end|>\\n'}}{% endfor %}"
      + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

  /**
   * GGUF v3 per the llama.cpp spec: magic, u32 version, u64 tensor count, u64 kv count, then
   * keys (u64 length + bytes), u32 value types and values; a string array stands in for the
   * tokenizer vocabulary the scanner must skip.
   */
  public static byte[] gguf(String template) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("GGUF".getBytes(StandardCharsets.US_ASCII));
    le(out, 3, 4);
    le(out, 0, 8);
    le(out, 3, 8);
    str(out, "general.architecture");
    le(out, 8, 4);
    str(out, "llama");
    str(out, "tokenizer.ggml.tokens");
    le(out, 9, 4);
    le(out, 8, 4);
    le(out, 3, 8);
    str(out, "a");
    str(out, "b");
    str(out, "c");
    str(out, "tokenizer.chat_template");
    le(out, 8, 4);
    str(out, template);
    return out.toByteArray();
  }

  static void str(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    le(out, b.length, 8);
    out.writeBytes(b);
  }

  static void le(ByteArrayOutputStream out, long v, int width) {
    for (int i = 0; i < width; i++) {
      out.write((int) (v >>> (8 * i)) & 0xff);
    }
  }

  static List<ContentFinding> scan(byte[] bytes) throws IOException {
    GgufScanner scanner = new GgufScanner();
    assertThat(scanner.accepts("m.gguf", bytes)).isTrue();
    List<ContentFinding> out = new ArrayList<>();
    scanner.scan(new ScanInput("m.gguf", new ByteArrayInputStream(bytes), bytes.length, 0),
        ScanLimits.defaults(), out::add);
    return out;
  }

  @Test
  void ordinaryChatTemplateIsClean() throws IOException {
    assertThat(scan(gguf(BENIGN_TEMPLATE))).isEmpty();
  }

  @Test
  void objectGraphWalkIsCritical() throws IOException {
    // The CVE-2024-34359 shape: from a harmless object to os.popen through __class__ and
    // __subclasses__.
    String evil = "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in "
        + "x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}"
        + "{% endif %}{% endfor %}";
    List<ContentFinding> findings = scan(gguf(evil));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(GgufScanner.TEMPLATE_INJECTION);
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
    });
  }

  @Test
  void obfuscatedAccessIsHigh() throws IOException {
    String hidden = "{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}";
    assertThat(scan(gguf(hidden))).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void truncatedOrHostileHeadersAreUnparseable() throws IOException {
    byte[] full = gguf(BENIGN_TEMPLATE);
    assertThat(scan(java.util.Arrays.copyOf(full, 40))).extracting(ContentFinding::ruleId)
        .containsExactly("model.unparseable");
    byte[] hugeString = java.util.Arrays.copyOf(full, full.length);
    hugeString[24 + 7] = 0x7f;
    assertThat(scan(hugeString)).extracting(ContentFinding::ruleId)
        .containsExactly("model.unparseable");
  }
}
