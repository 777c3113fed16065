package dev.aispm.scanners.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.data.corpus.DecoySamples;
import dev.aispm.scanners.data.corpus.Scanning;
import dev.aispm.scanners.data.corpus.SecretSamples;
import dev.aispm.scanners.data.corpus.SecretSamples.Sample;
import dev.aispm.scanners.data.csv.CsvScanner;
import dev.aispm.scanners.data.inspect.Redaction;
import dev.aispm.scanners.data.json.JsonScanner;
import dev.aispm.scanners.data.notebook.NotebookScanner;
import dev.aispm.scanners.data.text.TextScanner;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall over a corpus built here: every credential format in a realistic record of
 * each data format, mixed with the decoy set. Recall: every planted secret is found under its own
 * rule with its own fingerprint. Precision: nothing else is reported, and no finding anywhere
 * carries a clear value.
 */
class DataCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Sample> samples = SecretSamples.all(42);

  @Test
  void jsonlFineTuningRecordsFindEverySecretAndNothingElse() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (Sample s : samples) {
      ObjectNode record = JSON.createObjectNode();
      ArrayNode messages = record.putArray("messages");
      messages.addObject().put("role", "user").put("content", "How do I configure the client?");
      messages.addObject().put("role", "assistant").put("content", "Put this in your config:\n" + s.positive());
      jsonl.append(JSON.writeValueAsString(record)).append('\n');
    }
    for (String decoy : DecoySamples.all()) {
      jsonl.append(JSON.writeValueAsString(JSON.createObjectNode().put("text", decoy))).append('\n');
    }
    List<ContentFinding> findings = Scanning.run(new JsonScanner(), "train.jsonl", jsonl.toString());
    assertRecallAndPrecision(findings);
  }

  @Test
  void plainTextFindsEverySecretAndNothingElse() {
    StringBuilder text = new StringBuilder();
    for (Sample s : samples) {
      text.append("# config\n").append(s.positive()).append('\n');
    }
    for (String decoy : DecoySamples.all()) {
      text.append(decoy).append('\n');
    }
    assertRecallAndPrecision(Scanning.run(new TextScanner(), "notes.txt", text.toString()));
  }

  @Test
  void notebookCellsAndOutputsFindEverySecretAndReportTheCell() throws Exception {
    ObjectNode nb = JSON.createObjectNode();
    ArrayNode cells = nb.putArray("cells");
    int i = 0;
    for (Sample s : samples) {
      ObjectNode cell = cells.addObject();
      cell.put("cell_type", "code");
      if (i++ % 2 == 0) {
        ArrayNode source = cell.putArray("source");
        for (String line : ("import os\n" + s.positive() + "\nprint('ok')").split("(?<=\n)")) {
          source.add(line);
        }
        cell.putArray("outputs");
      } else {
        cell.putArray("source").add("print(config)");
        ObjectNode out = cell.putArray("outputs").addObject();
        out.put("output_type", "stream").put("name", "stdout");
        out.putArray("text").add(s.positive() + "\n");
      }
    }
    for (String decoy : DecoySamples.all()) {
      ObjectNode cell = cells.addObject().put("cell_type", "markdown");
      cell.putArray("source").add(decoy);
    }
    ObjectNode img = cells.addObject().put("cell_type", "code");
    img.putArray("source").add("plot()");
    img.putArray("outputs").addObject().put("output_type", "display_data").putObject("data")
        .put("image/png", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAIzaSyA" + "x".repeat(200));
    nb.put("nbformat", 4).put("nbformat_minor", 5);
    List<ContentFinding> findings = Scanning.run(new NotebookScanner(), "explore.ipynb",
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(nb));
    assertRecallAndPrecision(findings);
    ContentFinding first = findings.stream().filter(f -> f.ruleId().equals(samples.get(0).ruleId()))
        .findFirst().orElseThrow();
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.details()).containsEntry("cellLine", "2");
  }

  @Test
  void csvCellsUseTheirHeaderAsContext() {
    StringBuilder csv = new StringBuilder("id,service,value,notes\n");
    int id = 1;
    for (Sample s : samples) {
      csv.append(id++).append(",svc,\"").append(s.positive().replace("\"", "\"\"")).append("\",ok\n");
    }
    for (String decoy : DecoySamples.all()) {
      csv.append(id++).append(",decoy,\"").append(decoy.replace("\"", "\"\"")).append("\",\n");
    }
    assertRecallAndPrecision(Scanning.run(new CsvScanner(), "export.csv", csv.toString()));
  }

  private void assertRecallAndPrecision(List<ContentFinding> findings) {
    Set<String> expected = new TreeSet<>();
    for (Sample s : samples) {
      expected.add(s.ruleId() + " " + Redaction.fingerprint(s.secret()));
      s.alsoFound().forEach((rule, value) -> expected.add(rule + " " + Redaction.fingerprint(value)));
    }
    Set<String> secretFindings = findings.stream().filter(f -> f.ruleId().startsWith("secret."))
        .map(f -> f.ruleId() + " " + f.details().get("fingerprint")).collect(Collectors.toCollection(TreeSet::new));
    Set<String> missed = new TreeSet<>(expected);
    missed.removeAll(secretFindings);
    Set<String> extra = new TreeSet<>(secretFindings);
    extra.removeAll(expected);
    assertThat(missed).as("recall: planted secrets not found").isEmpty();
    assertThat(extra).as("precision: findings that are not planted secrets").isEmpty();
    assertThat(findings).as("no personal data in this corpus")
        .noneMatch(f -> f.ruleId().startsWith("pii."));
    for (ContentFinding f : findings) {
      for (Sample s : samples) {
        assertThat(f.toString()).doesNotContain(s.secret());
      }
    }
  }
}
