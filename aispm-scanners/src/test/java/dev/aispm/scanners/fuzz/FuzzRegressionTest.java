package dev.aispm.scanners.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The inputs fuzzing broke a parser with, and the verdict each must now get: a clear finding
 * naming the problem, not an exception. The same files are seeds of {@link ParserFuzzTest}.
 */
class FuzzRegressionTest {

  @ParameterizedTest(name = "{1}/{2}")
  @CsvSource({
      "JSON_LINES, jsonLines, regression-utf32-guess, data.malformed-json",
      "KERAS_CONFIG, kerasConfig, regression-utf32-guess, model.unparseable",
      "NOTEBOOK, notebook, regression-utf32-guess, data.malformed-notebook",
      "SAFETENSORS, safetensors, regression-negative-header-length,"
          + " model.safetensors.invalid-header",
      "SAFETENSORS, safetensors, regression-utf32-header, model.safetensors.invalid-header"
  })
  void brokenInputGetsAClearVerdict(FuzzTarget target, String method, String file, String rule)
      throws IOException {
    byte[] data;
    try (InputStream in = getClass().getResourceAsStream(
        "ParserFuzzTestInputs/" + method + "/" + file)) {
      assertThat(in).as(file).isNotNull();
      data = in.readAllBytes();
    }
    List<ContentFinding> findings = target.check(data);
    assertThat(findings).extracting(ContentFinding::ruleId).contains(rule);
  }
}
