package dev.aispm.bench.scanners;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.DetectorPreload;
import dev.aispm.scanners.data.json.JsonScanner;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Measures secret-scanning throughput on a synthetic fine-tuning set and checks that every planted
 * secret is found. Separate commands, so a shell script can time aispm and another tool on the same
 * file, each writing its report, and score both reports the same way outside the timed runs:
 *
 * <pre>
 *   generate OUT.jsonl MEGABYTES SEED          writes the set and OUT.jsonl.planted.tsv (line, format)
 *   scan FILE.jsonl REPORT.tsv                 scans with aispm's JSON scanner (secrets only, as the
 *                                              other tool), prints MB/s, writes (line, rule) rows
 *   score-aispm REPORT.tsv PLANTED.tsv         scores that report against the planted secrets
 *   score-scan-files REPORT.json PLANTED.tsv   scores a JSON report of {@code aispm scan-files}
 *   score-secretlint REPORT.json PLANTED.tsv   scores secretlint's JSON report the same way
 * </pre>
 *
 * <p>The planted secrets are built from each vendor's documented structure with a seeded random
 * source, so runs are reproducible; filler text carries decoys (UUIDs, hashes, placeholders,
 * inline images) so that speed is measured on realistic, not empty, text.
 */
public final class SecretScanBenchmark {
  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String[] WORDS = (
      "the model data training loss batch token learning rate epoch gradient layer attention "
      + "question answer user assistant please explain how why what configure deploy cluster "
      + "pipeline dataset evaluation metric accuracy precision recall prompt completion system "
      + "function return value error python java request response server client database query "
      + "table column index cache memory latency throughput scale shard replica storage bucket "
      + "object file path config setting option default example tutorial note important step")
      .split(" ");

  private SecretScanBenchmark() {}

  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  /** Runs one command; see the class description. */
  static void run(String[] args, PrintStream out) throws IOException {
    if (args.length < 1) {
      out.println("usage: generate OUT MB SEED | scan FILE REPORT | score-aispm REPORT PLANTED"
          + " | score-scan-files REPORT PLANTED | score-secretlint REPORT PLANTED");
      return;
    }
    switch (args[0]) {
      case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]), out);
      case "scan" -> scan(Path.of(args[1]), Path.of(args[2]), out);
      case "score-aispm" -> scoreAispm(Path.of(args[1]), Path.of(args[2]), out);
      case "score-scan-files" -> scoreScanFiles(Path.of(args[1]), Path.of(args[2]), out);
      case "score-secretlint" -> scoreSecretlint(Path.of(args[1]), Path.of(args[2]), out);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  static void generate(Path file, int megabytes, long seed, PrintStream out) throws IOException {
    Random r = new Random(seed);
    long target = megabytes * 1024L * 1024L;
    long written = 0;
    long line = 0;
    int planted = 0;
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
         BufferedWriter p = Files.newBufferedWriter(Path.of(file + ".planted.tsv"), StandardCharsets.UTF_8)) {
      while (written < target) {
        line++;
        String completion;
        String format = null;
        if (line % 150 == 0) {
          String[] s = plant(r);
          format = s[0];
          completion = "Sure, here is the configuration you asked for:\n" + s[1] + "\n" + filler(r, 20);
        } else {
          completion = filler(r, 40 + r.nextInt(80)) + decoy(r);
        }
        String record = json.writeValueAsString(Map.of("id", line, "prompt", filler(r, 12 + r.nextInt(20)),
            "completion", completion)) + "\n";
        w.write(record);
        written += record.getBytes(StandardCharsets.UTF_8).length;
        if (format != null) {
          p.write(line + "\t" + format + "\n");
          planted++;
        }
      }
    }
    out.printf(Locale.ROOT, "generated %s: %.1f MB, %d records, %d planted secrets%n", file,
        written / 1048576.0, line, planted);
  }

  private static String filler(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(WORDS[r.nextInt(WORDS.length)]).append(i % 13 == 12 ? ". " : " ");
    }
    return sb.toString();
  }

  /** Text that looks secret-ish and must not be reported. */
  private static String decoy(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> " request " + new java.util.UUID(r.nextLong(), r.nextLong());
      case 1 -> " sha256 " + hex(r, 64);
      case 2 -> " api_key = os.environ[\"OPENAI_API_KEY\"]";
      case 3 -> " password: ${DB_PASSWORD}";
      case 4 -> " <img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(bytes(r, 600)) + "\">";
      case 5 -> " aws_access_key_id = AKIAIOSFODNN7EXAMPLE";
      default -> "";
    };
  }

  /** One secret in a realistic snippet: {format, text}. */
  private static String[] plant(Random r) {
    return switch (r.nextInt(14)) {
      case 0 -> new String[] {"aws", "aws_access_key_id = AKIA" + chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)};
      case 1 -> new String[] {"github", "GITHUB_TOKEN=" + crcToken(r, "ghp_")};
      case 2 -> new String[] {"slack", "SLACK_BOT_TOKEN=xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + chars(r, ALNUM, 24)};
      case 3 -> new String[] {"slack-webhook", "url: https://hooks.slack.com/services/T" + chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8)
          + "/B" + chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8) + "/" + chars(r, ALNUM, 24)};
      case 4 -> new String[] {"npm", "//npm.registry.example/:_authToken=" + crcToken(r, "npm_")};
      case 5 -> new String[] {"sendgrid", "SENDGRID_API_KEY=SG." + chars(r, ALNUM + "_-", 22) + "." + chars(r, ALNUM + "_-", 43)};
      case 6 -> new String[] {"shopify", "SHOPIFY_TOKEN=shpat_" + hex(r, 32)};
      case 7 -> new String[] {"openai", "OPENAI_API_KEY=sk-proj-" + chars(r, ALNUM + "_-", 74) + "T3BlbkFJ" + chars(r, ALNUM + "_-", 74)};
      case 8 -> new String[] {"anthropic", "ANTHROPIC_API_KEY=sk-ant-api03-" + chars(r, ALNUM + "_-", 93) + "AA"};
      case 9 -> new String[] {"private-key", pem(r)};
      case 10 -> new String[] {"basic-auth", "git clone https://deploy:" + chars(r, ALNUM, 16) + "@git.corp.net/ml.git"};
      case 11 -> new String[] {"database-url", "DATABASE_URL=postgres://app:" + chars(r, ALNUM, 18) + "@db.internal:5432/prod"};
      case 12 -> new String[] {"linear", "LINEAR_API_KEY=lin_api_" + chars(r, ALNUM, 40)};
      default -> new String[] {"gcp-api-key", "apiKey: \"AIza" + chars(r, ALNUM + "_-", 35) + "\""};
    };
  }

  private static String pem(Random r) {
    StringBuilder sb = new StringBuilder("-----BEGIN RSA PRIVATE KEY-----\n");
    String body = "MIIEpAIBAAKCAQEA" + chars(r, ALNUM + "+/", 1600);
    for (int i = 0; i < body.length(); i += 64) {
      sb.append(body, i, Math.min(body.length(), i + 64)).append('\n');
    }
    return sb.append("-----END RSA PRIVATE KEY-----").toString();
  }

  private static String crcToken(Random r, String prefix) {
    String entropy = chars(r, ALNUM, 30);
    String dict = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    CRC32 crc = new CRC32();
    crc.update(entropy.getBytes(StandardCharsets.US_ASCII));
    long v = crc.getValue();
    char[] c = new char[6];
    for (int i = 5; i >= 0; i--) {
      c[i] = dict.charAt((int) (v % 62));
      v /= 62;
    }
    return prefix + entropy + new String(c);
  }

  private static String chars(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String digits(Random r, int n) {
    return chars(r, "0123456789", n);
  }

  private static String hex(Random r, int n) {
    return chars(r, "0123456789abcdef", n);
  }

  private static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  /**
   * The timed part: scans {@code file} and writes one {@code line<TAB>rule} row per secret found
   * to {@code report}, as the other tool writes its own report.
   */
  static void scan(Path file, Path report, PrintStream out) throws IOException {
    // As scan-files does: the detectors' tables are built while the input is being opened.
    DetectorPreload.start();
    long size = Files.size(file);
    List<ContentFinding> findings = new ArrayList<>();
    long start = System.nanoTime();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      // An anonymous class, as in the scanners: no lambda is linked in the timed process.
      JsonScanner.secretsOnly().scan(new ScanInput(file.toString(), in, size, 0),
          ScanLimits.defaults(), new java.util.function.Consumer<ContentFinding>() {
            @Override
            public void accept(ContentFinding f) {
              findings.add(f);
            }
          });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    StringBuilder rows = new StringBuilder();
    long secrets = 0;
    for (ContentFinding f : findings) {
      if (f.ruleId().startsWith("secret.")) {
        rows.append(f.line()).append('\t').append(f.ruleId()).append('\n');
        secrets++;
      }
    }
    Files.writeString(report, rows, StandardCharsets.UTF_8);
    // Plain concatenation rather than printf: the formatter's first use costs more than some scans.
    out.print("aispm: " + fixed(size / 1048576.0, 1) + " MB in " + fixed(seconds, 2) + " s = "
        + fixed(size / 1048576.0 / seconds, 1) + " MB/s; secret findings " + secrets + "\n");
  }

  /** Scores a report of {@link #scan} against the planted secrets. */
  static void scoreAispm(Path report, Path plantedFile, PrintStream out) throws IOException {
    Set<Long> lines = new HashSet<>();
    long findings = 0;
    for (String row : Files.readAllLines(report, StandardCharsets.UTF_8)) {
      if (!row.isBlank()) {
        lines.add(Long.parseLong(row.substring(0, row.indexOf('\t'))));
        findings++;
      }
    }
    score("aispm", readPlanted(plantedFile), lines, findings, out);
  }

  /** Scores the JSON report of {@code aispm scan-files} by the lines of its secret findings. */
  static void scoreScanFiles(Path report, Path plantedFile, PrintStream out) throws IOException {
    Set<Long> lines = new HashSet<>();
    long findings = 0;
    for (JsonNode f : new ObjectMapper().readTree(report.toFile()).path("findings")) {
      if (f.path("ruleId").asText().startsWith("secret.")) {
        lines.add(f.path("line").asLong());
        findings++;
      }
    }
    score("aispm scan-files", readPlanted(plantedFile), lines, findings, out);
  }

  static void scoreSecretlint(Path report, Path plantedFile, PrintStream out) throws IOException {
    Map<Long, String> planted = readPlanted(plantedFile);
    // secretlint's report embeds the whole scanned file as one string, beyond Jackson's default cap.
    com.fasterxml.jackson.core.JsonFactory big = com.fasterxml.jackson.core.JsonFactory.builder()
        .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
            .maxStringLength(Integer.MAX_VALUE).build()).build();
    JsonNode root = new ObjectMapper(big).readTree(report.toFile());
    Set<Long> lines = new HashSet<>();
    long messages = 0;
    for (JsonNode file : root) {
      for (JsonNode m : file.path("messages")) {
        lines.add(m.path("loc").path("start").path("line").asLong(m.path("line").asLong()));
        messages++;
      }
    }
    score("secretlint", planted, lines, messages, out);
  }

  /** Prints recall overall and per format, and how many lines were flagged that hold nothing. */
  private static void score(String tool, Map<Long, String> planted, Set<Long> lines, long findings,
      PrintStream out) {
    Map<String, int[]> byFormat = new TreeMap<>();
    int found = 0;
    for (Map.Entry<Long, String> e : planted.entrySet()) {
      int[] c = byFormat.computeIfAbsent(e.getValue(), k -> new int[2]);
      c[1]++;
      if (lines.contains(e.getKey())) {
        c[0]++;
        found++;
      }
    }
    long unplanted = lines.stream().filter(l -> !planted.containsKey(l)).count();
    out.printf(Locale.ROOT, "%s: planted found %d/%d, findings %d, findings on unplanted lines %d%n",
        tool, found, planted.size(), findings, unplanted);
    byFormat.forEach((k, c) -> out.printf(Locale.ROOT, "  %-14s %d/%d%n", k, c[0], c[1]));
  }

  /** {@code value} with {@code digits} decimals, rounded half up. */
  static String fixed(double value, int digits) {
    long scale = digits == 1 ? 10 : 100;
    long v = Math.round(value * scale);
    String frac = Long.toString(Math.abs(v) % scale);
    while (frac.length() < digits) {
      frac = "0" + frac;
    }
    return (v < 0 ? "-" : "") + Math.abs(v) / scale + "." + frac;
  }


  private static Map<Long, String> readPlanted(Path file) throws IOException {
    Map<Long, String> planted = new TreeMap<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        String[] parts = l.split("\t");
        planted.put(Long.parseLong(parts[0]), parts[1]);
      }
    }
    return planted;
  }
}
