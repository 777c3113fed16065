package dev.aispm.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.api.v1.dto.Page;
import dev.aispm.posture.query.FindingView;
import dev.aispm.posture.query.Suppression;
import dev.aispm.rules.findings.PathStep;
import dev.aispm.rules.scoring.ScoreFactor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class RenderedPageWriterTest {
  private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
  private final RenderedPageWriter writer = new RenderedPageWriter(json);

  @Test
  void writesWhatJacksonWritesForTheSamePage() throws Exception {
    List<FindingView> items = List.of(view("a", "plain", null),
        view("b", "quotes \" and \\ and ünïcödé, \u2028 and </script>", new Suppression("accepted", "ops", null)),
        view("c", null, null));
    for (String cursor : new String[] {null, "NTB8YWJj"}) {
      for (int n = 0; n <= items.size(); n++) {
        List<FindingView> page = items.subList(0, n);
        byte[] written = writer.write(page.stream().map(writer::bytes).toList(), cursor, 50);
        assertThat(new String(written, StandardCharsets.UTF_8))
            .isEqualTo(json.writeValueAsString(new Page<>(page, cursor, 50)));
      }
    }
  }

  private static FindingView view(String id, String reason, Suppression suppression) {
    return new FindingView(id, "rule_" + id, "Title " + id, "high", null, 70, "OPEN", "FAIL", reason, "arn:" + id,
        List.of("arn:" + id), List.of(new PathStep("asset", "arn:" + id, "Model", "m")),
        List.of(new ScoreFactor("internet", 20, "reachable")), List.of("nist-csf-2.0:PR.AA-05"),
        "2026-01-01T00:00:00Z", null, suppression);
  }
}
