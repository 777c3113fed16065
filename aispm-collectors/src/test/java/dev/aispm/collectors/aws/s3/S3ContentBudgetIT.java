package dev.aispm.collectors.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.AwsSettings;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.graph.collect.CollectionContext;
import dev.aispm.graph.collect.ScanProgress;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * Every path of the content budget through the real S3 client, against a bucket that pages its
 * listings and honours ranges: an object larger than the per-object budget is read with one
 * ranged GET and reported as not fully scanned (never unparseable), a model cut at the budget is
 * malicious only when what was read is, a prefix whose object or byte budget runs out stops
 * listing there and is left incomplete with its counts, and a prefix read in full is complete.
 */
class S3ContentBudgetIT {
  private static final String SCAN = "budget-scan";
  private static final int KIB = 1024;
  /** A key pair in the shape the simulated training set plants; its value is never stored. */
  private static final String SECRET_LINE = new String(dev.aispm.simulator.aws.TrainingDataAccess.trainingSet(),
      StandardCharsets.UTF_8).lines().filter(l -> l.contains("aws_access_key_id")).findFirst().orElseThrow();

  RangedBucketFake bucket;

  @BeforeEach
  void start() {
    bucket = new RangedBucketFake("data");
    bucket.sdkProperties().forEach(System::setProperty);
    InProcessNeo4j.reset();
  }

  @AfterEach
  void stop() {
    bucket.sdkProperties().keySet().forEach(System::clearProperty);
    bucket.close();
  }

  @Test
  void aDataObjectLargerThanTheBudgetIsReadOnceWithARangeAndNamedWithItsVersion() throws Exception {
    byte[] big = jsonl(SECRET_LINE, 40 * KIB);
    bucket.objects.put("train/big.jsonl", big);
    bucket.objects.put("train/small.jsonl", jsonl("{\"text\": \"hello\"}", KIB));
    target("s3://data/train/", "train/", false);

    scan(new ContentBudget(8 * KIB, 1L << 20, 100));

    assertThat(bucket.gets).contains("train/big.jsonl=bytes=0-" + (8 * KIB - 1));
    Node p = node("s3://data/train/");
    assertThat(p.get("objectsScanned").asInt()).isEqualTo(2);
    assertThat(p.get("objectsPartlyScanned").asInt()).isEqualTo(1);
    assertThat(p.get("objectsSkipped").asInt()).isZero();
    assertThat(p.get("scanComplete").asBoolean()).isFalse();
    assertThat(p.get("secretCount").asInt()).isPositive();
    assertThat(p.get("objectsWithSecrets").asList(v -> v.asString())).containsExactly("s3://data/train/big.jsonl");
    List<Map<String, Object>> findings = contentFindings("s3://data/train/");
    assertThat(findings).filteredOn(f -> f.get("ruleId").equals("content.not-fully-scanned")).singleElement()
        .satisfies(f -> {
          assertThat(f.get("objectUri")).isEqualTo("s3://data/train/big.jsonl");
          assertThat((String) f.get("message")).contains("read " + 8 * KIB + " of " + big.length + " bytes");
        });
    assertThat(findings).filteredOn(f -> ((String) f.get("ruleId")).startsWith("secret.")).isNotEmpty()
        .allSatisfy(f -> {
          assertThat(f.get("versionId")).isEqualTo(RangedBucketFake.versionOf("train/big.jsonl"));
          assertThat(f.get("etag")).isEqualTo(RangedBucketFake.etagOf(big).replace("\"", ""));
          assertThat(f.get("key")).isEqualTo("train/big.jsonl");
          assertThat((Long) f.get("line")).isEqualTo(1L);
        });
    assertThat(findings).extracting(f -> f.get("ruleId")).doesNotContain("model.unparseable");
  }

  @Test
  void aCleanModelCutAtTheBudgetIsNotFullyScannedAndAPayloadInTheReadPartIsMalicious() throws Exception {
    bucket.objects.put("models/clean.pkl", pickle(false, 64 * KIB));
    bucket.objects.put("models/evil.pkl", pickle(true, 64 * KIB));
    bucket.objects.put("models/small.pkl", pickle(false, KIB));
    target("s3://data/models/clean.pkl", "models/clean.pkl", true);
    target("s3://data/models/evil.pkl", "models/evil.pkl", true);
    target("s3://data/models/small.pkl", "models/small.pkl", true);

    scan(new ContentBudget(16 * KIB, 1L << 20, 100));

    Node clean = node("s3://data/models/clean.pkl");
    assertThat(clean.get("scanStatus").asString()).isEqualTo("not-fully-scanned");
    assertThat(clean.get("scanBytesRead").asLong()).isEqualTo(16 * KIB);
    assertThat(clean.get("scanObjectSize").asLong()).isEqualTo(pickle(false, 64 * KIB).length);
    assertThat(contentFindings("s3://data/models/clean.pkl")).extracting(f -> f.get("ruleId"))
        .containsExactly("content.not-fully-scanned");
    assertThat(node("s3://data/models/evil.pkl").get("scanStatus").asString()).isEqualTo("malicious");
    assertThat(node("s3://data/models/small.pkl").get("scanStatus").asString()).isEqualTo("clean");
    assertThat(bucket.gets).allSatisfy(g -> assertThat(g).endsWith("=bytes=0-" + (16 * KIB - 1)));
  }

  @Test
  void aZipModelFarLargerThanTheBudgetIsJudgedByItsDirectoryAndItsPickle() throws Exception {
    // PyTorch's layout, with the pickle stored after 3 MiB of tensor bytes that no scanner reads.
    byte[] zip = zip(Map.of("archive/data/0", noise(3 << 20), "archive/data.pkl", pickle(true, 16)));
    bucket.objects.put("models/big.pt", zip);
    target("s3://data/models/big.pt", "models/big.pt", true);

    scan(new ContentBudget(512 * KIB, 8L << 20, 100));

    Node a = node("s3://data/models/big.pt");
    assertThat(a.get("scanStatus").asString()).isEqualTo("malicious");
    assertThat(a.get("scanObjectSize").asLong()).isEqualTo(zip.length);
    assertThat(a.get("scanBytesRead").asLong()).isLessThanOrEqualTo(512 * KIB);
    // The directory at the end was fetched by a range, not by reading the archive from its start.
    assertThat(bucket.gets).anySatisfy(g -> assertThat(g).matches("models/big\\.pt=bytes=(\\d+)-\\d+")
        .satisfies(x -> assertThat(Long.parseLong(x.replaceAll(".*=bytes=(\\d+)-.*", "$1"))).isGreaterThan(2L << 20)));
    assertThat(contentFindings("s3://data/models/big.pt")).allSatisfy(f -> {
      assertThat(f.get("versionId")).isEqualTo(RangedBucketFake.versionOf("models/big.pt"));
      assertThat(f.get("ruleId")).isNotEqualTo("content.not-fully-scanned");
    });
    // The same archive clean is clean, not "not fully scanned": its index was read in full.
    bucket.objects.put("models/clean.pt", zip(Map.of("archive/data/0", noise(3 << 20),
        "archive/data.pkl", pickle(false, 16))));
    target("s3://data/models/clean.pt", "models/clean.pt", true);
    scan(new ContentBudget(512 * KIB, 8L << 20, 100));
    assertThat(node("s3://data/models/clean.pt").get("scanStatus").asString()).isEqualTo("clean");
  }

  @Test
  void aTarModelIsReadByItsHeadersSkippingTheMembersBetween() throws Exception {
    byte[] tar = tar(List.of(Map.entry("model/weights.bin", noise(3 << 20)),
        Map.entry("model/payload.pkl", pickle(true, 16))));
    bucket.objects.put("models/model.tar", tar);
    target("s3://data/models/model.tar", "models/model.tar", true);

    scan(new ContentBudget(512 * KIB, 8L << 20, 100));

    Node a = node("s3://data/models/model.tar");
    assertThat(a.get("scanStatus").asString()).isEqualTo("malicious");
    assertThat(a.get("scanBytesRead").asLong()).isLessThanOrEqualTo(512 * KIB);
  }

  @Test
  void aPrefixPastTheObjectBudgetStopsListingAndCountsWhatItLeft() throws Exception {
    for (int i = 0; i < 2500; i++) {
      bucket.objects.put(String.format("logs/part-%05d.jsonl", i), jsonl("{\"n\": " + i + "}", 64));
    }
    target("s3://data/logs/", "logs/", false);

    scan(new ContentBudget(4 * KIB, 1L << 20, 3));

    Node p = node("s3://data/logs/");
    assertThat(p.get("objectsScanned").asInt()).isEqualTo(3);
    assertThat(p.get("objectsSkipped").asInt()).isPositive();
    assertThat(p.get("scanComplete").asBoolean()).isFalse();
    assertThat(p.get("sensitivity").asString()).isEqualTo("unknown");
    assertThat(p.get("secretCount").asInt()).isZero();
    // One page of four keys (the three allowed and the one that shows the prefix goes on), not 2,500.
    assertThat(bucket.listPages).containsExactly(4);
    assertThat(bucket.gets).hasSize(3);
  }

  @Test
  void aPrefixPastTheByteBudgetStopsAtTheObjectThatDoesNotFit() throws Exception {
    for (int i = 0; i < 6; i++) {
      bucket.objects.put("sets/part-" + i + ".jsonl", jsonl("{\"n\": " + i + "}", 3 * KIB));
    }
    target("s3://data/sets/", "sets/", false);

    scan(new ContentBudget(4 * KIB, 10 * KIB, 100));

    Node p = node("s3://data/sets/");
    assertThat(p.get("objectsScanned").asInt()).isEqualTo(3);
    assertThat(p.get("objectsSkipped").asInt()).isEqualTo(1);
    assertThat(p.get("scanComplete").asBoolean()).isFalse();
    assertThat(bucket.gets).hasSize(3);
    // The provenance listing says the prefix was not listed to its end: three read, the fourth seen.
    assertThat(p.get("listingComplete").asBoolean()).isFalse();
    assertThat(p.get("objectsListed").asInt()).isEqualTo(4);
  }

  @Test
  void aPrefixReadInFullIsCompleteAndFreeOfSecrets() throws Exception {
    for (int i = 0; i < 5; i++) {
      bucket.objects.put("ok/part-" + i + ".jsonl", jsonl("{\"text\": \"fine\"}", KIB));
    }
    target("s3://data/ok/", "ok/", false);

    scan(new ContentBudget(4 * KIB, 1L << 20, 5));

    Node p = node("s3://data/ok/");
    assertThat(p.get("objectsScanned").asInt()).isEqualTo(5);
    assertThat(p.get("objectsSkipped").asInt()).isZero();
    assertThat(p.get("objectsPartlyScanned").asInt()).isZero();
    assertThat(p.get("scanComplete").asBoolean()).isTrue();
    assertThat(p.get("sensitivity").asString()).isEqualTo("none");
    assertThat(p.get("listingComplete").asBoolean()).isTrue();
    assertThat(p.get("objectsListed").asInt()).isEqualTo(5);
    // Five allowed: the page asks for six keys and gets five, so no second page is needed.
    assertThat(bucket.listPages).containsExactly(6);
  }

  private void scan(ContentBudget budget) {
    CollectionContext context = new CollectionContext(InProcessNeo4j.connection(), new ScanLedger(SCAN),
        new SyncTag(SCAN, Instant.now()), ScanProgress.NONE);
    new S3ContentScan(AwsSettings.fromEnvironment(Map.of()),
        ContentScanEngine.withBuiltInScanners(ScanLimits.defaults()), budget).collect(context);
    assertThat(context.ledger().failures()).isEmpty();
  }

  private static void target(String uri, String key, boolean artifact) {
    String labels = artifact ? "Asset:DataObject:ModelArtifact:AWSModelArtifact" : "Asset:DataObject:AWSS3Prefix";
    try (Session s = InProcessNeo4j.connection().session()) {
      s.run("CREATE (o:" + labels + " {id: $uri, uri: $uri, bucket: 'data', key: $key, lastScanId: $scan,"
          + " account: '111111111111', region: 'us-east-1', scope: 'aws/111111111111/global', provider: 'aws'})",
          Map.of("uri", uri, "key", key, "scan", SCAN)).consume();
    }
  }

  private static Node node(String id) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run("MATCH (o:Asset {id: $id}) RETURN o", Map.of("id", id)).single().get("o").asNode();
    }
  }

  private static List<Map<String, Object>> contentFindings(String id) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run("MATCH (c:ContentFinding)-[:FOUND_IN]->(:Asset {id: $id}) RETURN c {.*} AS c",
          Map.of("id", id)).list(r -> r.get("c").asMap());
    }
  }

  /** Bytes no scanner recognises and no compressor shrinks, like tensor storage. */
  private static byte[] noise(int size) {
    byte[] b = new byte[size];
    new java.util.Random(17).nextBytes(b);
    return b;
  }

  private static byte[] zip(Map<String, byte[]> members) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      for (var e : new java.util.TreeMap<>(members).descendingMap().entrySet()) {
        z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] tar(List<Map.Entry<String, byte[]>> members) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var t = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(out)) {
      for (var e : members) {
        var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        t.putArchiveEntry(entry);
        t.write(e.getValue());
        t.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  /** {@code first} then filler records up to {@code size} bytes. */
  private static byte[] jsonl(String first, int size) {
    StringBuilder b = new StringBuilder(first).append('\n');
    int i = 0;
    while (b.length() < size) {
      b.append("{\"id\": ").append(i++).append(", \"text\": \"plain filler record\"}\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A protocol-2 pickle: optionally a call of {@code os.system} first (GLOBAL, BINUNICODE, TUPLE1,
   * REDUCE, POP), then one BINUNICODE string of {@code filler} bytes and STOP, so a read cut at the
   * budget ends inside the string.
   */
  private static byte[] pickle(boolean payload, int filler) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x80);
    out.write(2);
    if (payload) {
      out.writeBytes("cos\nsystem\n".getBytes(StandardCharsets.US_ASCII));
      unicode(out, "id");
      out.write(0x85); // TUPLE1
      out.write('R'); // REDUCE
      out.write('0'); // POP
    }
    unicode(out, "x".repeat(filler));
    out.write('.');
    return out.toByteArray();
  }

  private static void unicode(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.write('X');
    out.write(b.length & 0xff);
    out.write((b.length >> 8) & 0xff);
    out.write((b.length >> 16) & 0xff);
    out.write((b.length >> 24) & 0xff);
    out.writeBytes(b);
  }
}
