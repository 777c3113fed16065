package dev.aispm.scanners.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.archive.ZipBuilder;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.corpus.DecoySamples;
import dev.aispm.scanners.data.corpus.SecretSamples;
import dev.aispm.scanners.model.pickle.PickleBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both scanner families run together through the engine, as {@code scan-files} runs them: data
 * files must only get data findings, model files only model findings, and containers of data
 * must reach the data scanners with their member paths.
 */
class CombinedEngineTest {
  private static final ContentScanEngine ENGINE =
      ContentScanEngine.withInstalledScanners(ScanLimits.defaults());
  private static final List<SecretSamples.Sample> SAMPLES = SecretSamples.all(11);

  @TempDir
  Path dir;

  private static List<ContentFinding> scan(byte[] bytes, String location) {
    return ENGINE.scan(new ByteArrayInputStream(bytes), location);
  }

  private static List<ContentFinding> scan(String text, String location) {
    return scan(text.getBytes(StandardCharsets.UTF_8), location);
  }

  private static Set<String> accepting(String location, byte[] content) {
    byte[] head = Arrays.copyOf(content, Math.min(content.length, ContentScanEngine.HEAD_BYTES));
    return ENGINE.scanners().stream().filter(s -> s.accepts(location, head))
        .map(ContentScanner::name).collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean isDataRule(String ruleId) {
    return ruleId.startsWith("secret.") || ruleId.startsWith("pii.") || ruleId.startsWith("data.");
  }

  private static List<String> nonData(List<ContentFinding> findings) {
    return findings.stream().filter(f -> !isDataRule(f.ruleId()))
        .map(f -> f.ruleId() + " " + f.message()).toList();
  }

  private static Set<String> secretRules(List<ContentFinding> findings) {
    return findings.stream().map(ContentFinding::ruleId).filter(r -> r.startsWith("secret."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A JSON string literal holding {@code s}. */
  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static String jsonl() {
    StringBuilder b = new StringBuilder();
    int id = 0;
    for (SecretSamples.Sample s : SAMPLES) {
      b.append("{\"id\": ").append(id++).append(", \"class_name\": \"support\", \"config\": {},"
          + " \"module\": \"chat\", \"prompt\": ").append(quote(s.positive()))
          .append(", \"completion\": \"ok\"}\n");
    }
    return b.toString();
  }

  private static Set<String> expectedRules() {
    Set<String> rules = new TreeSet<>();
    for (SecretSamples.Sample s : SAMPLES) {
      rules.add(s.ruleId());
      rules.addAll(s.alsoFound().keySet());
    }
    return rules;
  }

  @Test
  void plainTextStartingLikeAProtocolZeroPickleIsOnlyData() {
    List<String> texts = new ArrayList<>();
    for (SecretSamples.Sample s : SAMPLES) {
      texts.add(s.positive() + "\n" + s.negative() + "\n");
      texts.add(s.negative() + "\n" + s.positive() + "\n");
    }
    for (String d : DecoySamples.all()) {
      texts.add(d + "\n" + d + "\n");
    }
    // Text whose first lines parse as protocol 0 opcodes: c = GLOBAL, ( = MARK, S = STRING,
    // I = INT, l = LIST, p = PUT.
    texts.add("city,name\nParis,Alice\nRome,Bob\n");
    texts.add("(lp0\nI1\naI2\na. is how a list of two ints pickles; token: ghp_"
        + "0123456789abcdefghijABCDEFGHIJ012345\n");
    texts.add("ccollections\nOrderedDict\n is the name the pickle imports\n");
    int i = 0;
    for (String text : texts) {
      String name = "notes-" + (i++) + ".txt";
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      List<ContentFinding> findings = scan(bytes, name);
      assertThat(nonData(findings)).as(name + ": " + text).isEmpty();
    }
  }

  @Test
  void csvJsonlJsonAndNotebooksGetOnlyDataFindings() {
    StringBuilder csv = new StringBuilder("class_name,config,text\n");
    for (SecretSamples.Sample s : SAMPLES) {
      csv.append("a,b,\"").append(s.positive().replace("\"", "\"\"")).append("\"\n");
    }
    String jsonl = jsonl();
    // Top-level class_name and config that are labels, not a model class and its settings.
    String json = "{\"class_name\": \"positive\", \"config\": \"default\", \"records\": ["
        + SAMPLES.stream().map(s -> quote(s.positive())).collect(Collectors.joining(", ")) + "]}";
    // A notebook that prints a Keras model with a Lambda layer: data, not a model to load.
    String notebook = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"print(model.to_json())\\n\"],"
        + " \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": ["
        + quote("{\"class_name\": \"Lambda\", \"config\": {\"function\": \"f\"}, \"module\": \"builtins\"}")
        + "]}]}, {\"cell_type\": \"code\", \"source\": [" + quote(SAMPLES.get(0).positive())
        + "], \"outputs\": []}], \"metadata\": {\"class_name\": \"x\", \"config\": {}},"
        + " \"nbformat\": 4, \"nbformat_minor\": 5}";
    String lambdaLines = "{\"class_name\": \"Lambda\", \"config\": {\"function\": \"f\"}, \"module\": \"builtins\"}\n"
        + "{\"class_name\": \"Dense\", \"config\": {}, \"module\": \"keras.layers\"}\n";

    Object[][] cases = {
        {"train.csv", csv.toString(), "data-csv"},
        {"train.jsonl", jsonl, "data-json"},
        {"train-no-suffix", jsonl, "data-json"},
        {"export.json", json, "data-json"},
        {"analysis.ipynb", notebook, "data-notebook"},
        {"layers.jsonl", lambdaLines, "data-json"},
    };
    for (Object[] c : cases) {
      String name = (String) c[0];
      byte[] bytes = ((String) c[1]).getBytes(StandardCharsets.UTF_8);
      assertThat(accepting(name, bytes)).as(name).containsExactly((String) c[2]);
      List<ContentFinding> findings = scan(bytes, name);
      assertThat(nonData(findings)).as(name).isEmpty();
    }
    assertThat(secretRules(scan(csv.toString(), "train.csv"))).containsAll(expectedRules());
    assertThat(secretRules(scan(jsonl, "train.jsonl"))).containsAll(expectedRules());
    assertThat(secretRules(scan(json, "export.json"))).containsAll(expectedRules());
    assertThat(secretRules(scan(notebook, "analysis.ipynb"))).contains(SAMPLES.get(0).ruleId());
  }

  @Test
  void aProtocolZeroPayloadSavedAsTextIsStillAPickle() {
    // Formats are known by their bytes: this is what pickle.loads runs, whatever the name says.
    byte[] payload = "cos\nsystem\n(S'echo owned'\ntR.".getBytes(StandardCharsets.US_ASCII);
    assertThat(accepting("notes.txt", payload)).contains("pickle");
    assertThat(scan(payload, "notes.txt")).extracting(ContentFinding::ruleId)
        .contains("model.pickle.dangerous-global");
  }

  @Test
  void kerasConfigsAreStillReadByTheKerasScanner() {
    String config = "{\"module\": \"keras\", \"class_name\": \"Sequential\", \"config\": {\"layers\": ["
        + "{\"module\": \"keras.layers\", \"class_name\": \"Lambda\", \"config\": {\"name\": \"l\","
        + " \"function\": {\"class_name\": \"__lambda__\", \"config\": {\"code\": \"abc\"}}}}]}}";
    byte[] bytes = config.getBytes(StandardCharsets.UTF_8);
    assertThat(accepting("config.json", bytes)).contains("keras-config");
    assertThat(scan(bytes, "config.json")).extracting(ContentFinding::ruleId)
        .anyMatch(r -> r.startsWith("model.keras."));
  }

  @Test
  void modelFilesGetNoDataFindings() throws IOException {
    byte[] protocol0 = new PickleBuilder().global("collections", "OrderedDict").emptyTuple().reduce()
        .stringLine("'layer.weight'").global("torch._utils", "_rebuild_tensor_v2").mark()
        .intLine(4155551234L).intLine(4111111111111111L).intLine(123456789L)
        .stringLine("'0123456789abcdef0123456789abcdef01234567'").tuple().reduce().setItem()
        .stop().toBytes();
    String kerasConfig = "{\"module\": \"keras\", \"class_name\": \"Sequential\", \"config\": {"
        + "\"name\": \"sequential\", \"layers\": [{\"module\": \"keras.layers\", \"class_name\": \"Dense\","
        + " \"config\": {\"name\": \"dense\", \"units\": 4155551234, \"kernel_initializer\": {\"class_name\":"
        + " \"GlorotUniform\", \"config\": {\"seed\": 4111111111111111}}, \"build_hash\":"
        + " \"3f786850e387550fdab836ed7e6dc881de23001b\"}}]}}";
    for (Object[] c : new Object[][] {
        {"state.pkl", PickleBuilder.torchStateDict()},
        {"weights.pkl", protocol0},
        {"sklearn.joblib", PickleBuilder.sklearnLogisticRegression()},
        {"model.pt", ContentScanEngineTest.torchZip(PickleBuilder.torchStateDict())},
        {"config.json", kerasConfig.getBytes(StandardCharsets.UTF_8)},
    }) {
      List<ContentFinding> findings = scan((byte[]) c[1], (String) c[0]);
      assertThat(findings).as((String) c[0]).noneMatch(f -> isDataRule(f.ruleId()));
    }
  }

  @Test
  void compressedAndArchivedDataIsScannedWithMemberPaths() throws IOException {
    byte[] jsonl = jsonl().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(jsonl);
    }
    Path gzFile = dir.resolve("train.jsonl.gz");
    Files.write(gzFile, gz.toByteArray());
    List<ContentFinding> fromGz = ContentScanEngineTest.scanFile(ENGINE, gzFile);
    assertThat(secretRules(fromGz)).containsAll(expectedRules());
    assertThat(fromGz).filteredOn(f -> f.ruleId().startsWith("secret."))
        .allMatch(f -> f.location().equals(gzFile + "!/train.jsonl"))
        .allMatch(f -> f.line() >= 1);
    assertThat(nonData(fromGz)).isEmpty();

    String secretLine = SAMPLES.get(0).positive();
    byte[] notes = ("first line\n" + secretLine + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] zip = new ZipBuilder().add("data/notes.txt", notes).add("data/train.jsonl", jsonl)
        .toBytes();
    List<ContentFinding> fromZip = scan(zip, "bundle.zip");
    assertThat(fromZip).filteredOn(f -> f.location().equals("bundle.zip!/data/notes.txt"))
        .extracting(ContentFinding::ruleId, ContentFinding::line)
        .contains(org.assertj.core.groups.Tuple.tuple(SAMPLES.get(0).ruleId(), 2L));
    assertThat(secretRules(fromZip.stream()
        .filter(f -> f.location().equals("bundle.zip!/data/train.jsonl")).toList()))
        .containsAll(expectedRules());
    assertThat(nonData(fromZip)).isEmpty();

    ByteArrayOutputStream tarBytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(tarBytes)) {
      TarArchiveEntry e = new TarArchiveEntry("set/notes.txt");
      e.setSize(notes.length);
      tar.putArchiveEntry(e);
      tar.write(notes);
      tar.closeArchiveEntry();
      TarArchiveEntry inner = new TarArchiveEntry("set/train.jsonl.gz");
      inner.setSize(gz.size());
      tar.putArchiveEntry(inner);
      tar.write(gz.toByteArray());
      tar.closeArchiveEntry();
    }
    List<ContentFinding> fromTar = scan(tarBytes.toByteArray(), "set.tar");
    assertThat(fromTar).filteredOn(f -> f.location().equals("set.tar!/set/notes.txt"))
        .extracting(ContentFinding::line).contains(2L);
    assertThat(secretRules(fromTar.stream()
        .filter(f -> f.location().equals("set.tar!/set/train.jsonl.gz!/train.jsonl")).toList()))
        .containsAll(expectedRules());
    assertThat(nonData(fromTar)).isEmpty();
  }

  private int run(ByteArrayOutputStream out, String... args) {
    return ScanFilesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void failOnThresholdAppliesToDataFindings() throws IOException {
    Path secrets = dir.resolve("secrets.env");
    // A GitHub token is critical, an e-mail address is low.
    String github = SAMPLES.stream().filter(s -> s.ruleId().equals("secret.github-token"))
        .findFirst().orElseThrow().positive();
    Files.writeString(secrets, github + "\n");
    Path emails = dir.resolve("contacts.txt");
    Files.writeString(emails, "write to maria.rossi@unimail.it for access\n");
    Path clean = dir.resolve("clean.txt");
    Files.writeString(clean, "nothing to see here\n");

    assertThat(run(new ByteArrayOutputStream(), secrets.toString())).isEqualTo(1);
    assertThat(run(new ByteArrayOutputStream(), emails.toString())).isZero();
    assertThat(run(new ByteArrayOutputStream(), emails.toString(), "--fail-on", "low")).isEqualTo(1);
    assertThat(run(new ByteArrayOutputStream(), secrets.toString(), "--fail-on=critical")).isEqualTo(1);
    assertThat(run(new ByteArrayOutputStream(), emails.toString(), "--fail-on=medium")).isZero();
    assertThat(run(new ByteArrayOutputStream(), clean.toString(), "--fail-on", "low")).isZero();
    assertThat(run(new ByteArrayOutputStream(), clean.toString(), dir.resolve("nope").toString()))
        .isEqualTo(2);
  }

  @Test
  void sarifAndJsonReportsNeverCarryASecretInClear() throws IOException {
    StringBuilder content = new StringBuilder();
    for (SecretSamples.Sample s : SAMPLES) {
      content.append(s.positive()).append('\n');
    }
    // Malformed JSON whose parser error would quote the token that broke it.
    Path broken = dir.resolve("broken.json");
    String token = SAMPLES.stream().filter(s -> s.ruleId().equals("secret.github-token"))
        .findFirst().orElseThrow().secret();
    Files.writeString(broken, "{\"class_name\": \"x\", \"config\": " + token + "}\n");
    Path text = dir.resolve("all.txt");
    Files.writeString(text, content);
    Path jsonlFile = dir.resolve("train.jsonl");
    Files.writeString(jsonlFile, jsonl());
    for (String format : List.of("sarif", "json", "table")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code = run(out, text.toString(), jsonlFile.toString(), broken.toString(), "--format",
          format);
      assertThat(code).isEqualTo(1);
      String report = out.toString(StandardCharsets.UTF_8);
      assertThat(report).contains("secret.github-token");
      for (SecretSamples.Sample s : SAMPLES) {
        String secret = s.secret();
        // Short fragments could occur by chance; every credential here is longer than 12.
        assertThat(report).as(format + " " + s.ruleId()).doesNotContain(secret);
        if (secret.length() > 24) {
          assertThat(report).as(format + " " + s.ruleId())
              .doesNotContain(secret.substring(4, 24));
        }
      }
    }
  }
}
