package dev.aispm.scanners.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.archive.ZipBuilder;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.pickle.PickleBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import io.airlift.compress.zstd.ZstdOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ContentScanEngineTest {
  private static final ContentScanEngine ENGINE =
      ContentScanEngine.withInstalledScanners(ScanLimits.defaults());
  private static final byte[] PAYLOAD = PickleBuilder.systemProtocol4();

  @TempDir
  Path dir;

  static List<ContentFinding> scanBytes(byte[] bytes, String location) {
    return ENGINE.scan(new ByteArrayInputStream(bytes), location);
  }

  static List<ContentFinding> scanFile(ContentScanEngine engine, Path file) throws IOException {
    List<ContentFinding> out = new ArrayList<>();
    engine.scan(new LocalFileResolver.LocalFile(file), out::add);
    return out;
  }

  static List<String> critical(List<ContentFinding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.CRITICAL)
        .map(ContentFinding::location).toList();
  }

  /** A PyTorch zip checkpoint: archive/data.pkl, raw storage in archive/data/0, and a version. */
  public static byte[] torchZip(byte[] dataPkl) {
    byte[] storage = new byte[4096];
    new java.util.Random(1).nextBytes(storage);
    return new ZipBuilder().add("archive/data.pkl", dataPkl).add("archive/byteorder",
            "little".getBytes(StandardCharsets.US_ASCII))
        .add("archive/data/0", storage).add("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII))
        .toBytes();
  }

  @Test
  void installedScannersIncludeThePickleScanner() {
    assertThat(ENGINE.scanners()).extracting(s -> s.name()).contains("pickle");
  }

  @Test
  void benignTorchCheckpointHasNoFindings() {
    assertThat(scanBytes(torchZip(PickleBuilder.torchStateDict()), "model.pt")).isEmpty();
  }

  @Test
  void maliciousTorchCheckpointIsReportedOnItsMember() {
    assertThat(critical(scanBytes(torchZip(PAYLOAD), "model.pt")))
        .containsExactly("model.pt!/archive/data.pkl");
  }

  @Test
  void localFileZipIsReadInPlace() throws IOException {
    Path file = dir.resolve("weights.bin");
    Files.write(file, torchZip(PAYLOAD));
    assertThat(critical(scanFile(ENGINE, file))).containsExactly(file + "!/archive/data.pkl");
  }

  @Test
  void pickleRenamedToTextInsideZipIsStillScanned() {
    byte[] zip = new ZipBuilder().add("notes.txt", PickleBuilder.osSystemProtocol0()).toBytes();
    assertThat(critical(scanBytes(zip, "bundle.zip"))).containsExactly("bundle.zip!/notes.txt");
  }

  @Test
  void encryptionFlagBitDoesNotHideThePayload() {
    // Flag bit 0 set on a stored, unencrypted entry: Python's zipfile asks for a password,
    // PyTorch loads it. The scanner must read it like PyTorch does.
    byte[] zip = new ZipBuilder().add(ZipBuilder.entry("archive/data.pkl", PAYLOAD).flags(1))
        .toBytes();
    List<ContentFinding> findings = scanBytes(zip, "m.pt");
    assertThat(critical(findings)).containsExactly("m.pt!/archive/data.pkl");
    assertThat(findings).extracting(ContentFinding::ruleId).contains("archive.zip.flag-anomaly");
  }

  @Test
  void wrongCrcDoesNotHideThePayload() {
    byte[] zip = new ZipBuilder().add(ZipBuilder.entry("archive/data.pkl", PAYLOAD).crc(1234))
        .toBytes();
    List<ContentFinding> findings = scanBytes(zip, "m.pt");
    assertThat(critical(findings)).containsExactly("m.pt!/archive/data.pkl");
    assertThat(findings).extracting(ContentFinding::ruleId)
        .contains(ContentScanEngine.CRC_MISMATCH);
  }

  @Test
  void headerDisagreementAndHiddenEntriesAreScanned() {
    byte[] zip = new ZipBuilder()
        .add(ZipBuilder.entry("readme.txt", PAYLOAD).centralName("archive/data.pkl"))
        .add(ZipBuilder.entry("extra.pkl", PickleBuilder.osSystemProtocol0()).notInCentral())
        .toBytes();
    List<ContentFinding> findings = scanBytes(zip, "m.pt");
    assertThat(critical(findings)).contains("m.pt!/archive/data.pkl", "m.pt!/extra.pkl");
    assertThat(findings).extracting(ContentFinding::ruleId)
        .contains("archive.zip.header-mismatch", "archive.zip.hidden-entry");
  }

  @Test
  void corruptEntryBeforeThePayloadDoesNotStopTheScan() {
    // A deflated entry whose data is garbage comes first; scanners that aborted the whole
    // archive on the first bad entry never reached data.pkl.
    byte[] garbage = {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x00, 0x13};
    ZipBuilder b = new ZipBuilder().add(ZipBuilder.entry("archive/aaa", garbage).localMethod(8));
    byte[] zip = b.add("archive/data.pkl", PAYLOAD).toBytes();
    assertThat(critical(scanBytes(zip, "m.pt"))).containsExactly("m.pt!/archive/data.pkl");
  }

  @Test
  void compressedWrappersAreUnwrappedByBytes() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(PAYLOAD);
    }
    ByteArrayOutputStream bz = new ByteArrayOutputStream();
    try (BZip2CompressorOutputStream b = new BZip2CompressorOutputStream(bz)) {
      b.write(PAYLOAD);
    }
    ByteArrayOutputStream xz = new ByteArrayOutputStream();
    try (XZCompressorOutputStream x = new XZCompressorOutputStream(xz)) {
      x.write(PAYLOAD);
    }
    assertThat(critical(scanBytes(gz.toByteArray(), "a.dat"))).containsExactly("a.dat!/a");
    assertThat(critical(scanBytes(bz.toByteArray(), "b.bz2"))).containsExactly("b.bz2!/b");
    assertThat(critical(scanBytes(xz.toByteArray(), "c.xz"))).containsExactly("c.xz!/c");
  }

  @Test
  void tarGzOfZipOfPickleIsFollowedAllTheWay() throws IOException {
    byte[] inner = torchZip(PAYLOAD);
    ByteArrayOutputStream tarGz = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(tarGz))) {
      TarArchiveEntry e = new TarArchiveEntry("model/model.pt");
      e.setSize(inner.length);
      tar.putArchiveEntry(e);
      tar.write(inner);
      tar.closeArchiveEntry();
    }
    assertThat(critical(scanBytes(tarGz.toByteArray(), "model.tar.gz")))
        .containsExactly("model.tar.gz!/model.tar!/model/model.pt!/archive/data.pkl");
  }

  @Test
  void zipBombIsReportedFromItsHeadersWithoutExpanding() throws IOException {
    // 8 MiB of zeros deflates to a few KiB: far past a ratio limit of 20. Nothing reads the
    // zeros, so the declared sizes are what give it away.
    byte[] zeros = new byte[8 * 1024 * 1024];
    byte[] zip = new ZipBuilder().add(ZipBuilder.entry("zeros.bin", zeros).deflate()).toBytes();
    ScanLimits tight = new ScanLimits(1L << 30, 1L << 30, 20, 1000, 4, 1_000_000, 1000);
    ContentScanEngine engine = ContentScanEngine.withInstalledScanners(tight);
    assertThat(engine.scan(new ByteArrayInputStream(zip), "bomb.zip"))
        .extracting(ContentFinding::ruleId).contains(ContentScanEngine.ARCHIVE_BOMB);
  }

  @Test
  void expandingStreamIsStoppedAtTheRatioLimit() throws IOException {
    // A pickle whose BINBYTES literal is 8 MiB of zeros, gzipped: the pickle scanner reads it
    // all, so the decompressing stream itself must stop at the ratio limit.
    byte[] pickle = new PickleBuilder().proto(4).bytes(new byte[8 * 1024 * 1024]).stop().toBytes();
    ScanLimits tight = new ScanLimits(1L << 30, 1L << 30, 20, 1000, 4, 1_000_000, 1000);
    List<ContentFinding> findings = ContentScanEngine.withInstalledScanners(tight)
        .scan(new ByteArrayInputStream(gzip(pickle)), "z.gz");
    assertThat(findings).extracting(ContentFinding::ruleId)
        .containsExactly(ContentScanEngine.ARCHIVE_BOMB);
  }

  static byte[] zstd(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZstdOutputStream z = new ZstdOutputStream(out)) {
      z.write(content);
    }
    return out.toByteArray();
  }

  @Test
  void zstdIsUnwrappedLikeGzipDownToATarsMembers() throws IOException {
    // An OCI layer compressed with zstd (tar+zstd): the tar inside and its members are read.
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(tar)) {
      TarArchiveEntry e = new TarArchiveEntry("model/model.pkl");
      e.setSize(PAYLOAD.length);
      t.putArchiveEntry(e);
      t.write(PAYLOAD);
      t.closeArchiveEntry();
    }
    assertThat(critical(scanBytes(zstd(tar.toByteArray()), "layer.zst")))
        .containsExactly("layer.zst!/layer!/model/model.pkl");
    assertThat(scanBytes(zstd(PAYLOAD), "p.zst")).extracting(ContentFinding::ruleId)
        .doesNotContain(ContentScanEngine.UNSUPPORTED_FORMAT);
  }

  @Test
  void zstdExpansionIsStoppedAtTheRatioLimit() throws IOException {
    byte[] pickle = new PickleBuilder().proto(4).bytes(new byte[8 * 1024 * 1024]).stop().toBytes();
    ScanLimits tight = new ScanLimits(1L << 30, 1L << 30, 20, 1000, 4, 1_000_000, 1000);
    assertThat(ContentScanEngine.withInstalledScanners(tight).scan(new ByteArrayInputStream(zstd(pickle)), "z.zst"))
        .extracting(ContentFinding::ruleId).containsExactly(ContentScanEngine.ARCHIVE_BOMB);
  }

  @Test
  void aCorruptZstdFrameIsReportedNotThrown() throws IOException {
    byte[] frame = zstd("hello hello hello hello hello".getBytes(StandardCharsets.UTF_8));
    byte[] broken = java.util.Arrays.copyOf(frame, frame.length);
    for (int i = 6; i < broken.length; i++) {
      broken[i] = (byte) 0xff;
    }
    assertThat(scanBytes(broken, "bad.zst")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.ruleId()).isNotEqualTo(ContentScanEngine.UNSUPPORTED_FORMAT));
  }

  @Test
  void overlappingEntriesAreABomb() {
    // Two central records pointing at the same local header and data (the overlapping-file
    // layout): built by duplicating the central record of one entry.
    byte[] zip = new ZipBuilder().add("a.bin", new byte[100]).toBytes();
    int cd = indexOf(zip, new byte[] {'P', 'K', 1, 2});
    int eocd = indexOf(zip, new byte[] {'P', 'K', 5, 6});
    byte[] record = java.util.Arrays.copyOfRange(zip, cd, eocd);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(zip, 0, eocd);
    out.writeBytes(record);
    byte[] end = java.util.Arrays.copyOfRange(zip, eocd, zip.length);
    end[8] = 2;
    end[10] = 2;
    end[12] = (byte) (record.length * 2);
    out.writeBytes(end);
    assertThat(scanBytes(out.toByteArray(), "o.zip")).extracting(ContentFinding::ruleId)
        .contains(ContentScanEngine.ARCHIVE_BOMB, "archive.zip.duplicate-entry");
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void totalExpansionBudgetIsShared() throws IOException {
    byte[] random = new byte[300 * 1024];
    new java.util.Random(3).nextBytes(random);
    ScanLimits tight = new ScanLimits(1L << 30, 500 * 1024, 1000, 1000, 4, 1_000_000, 1000);
    ContentScanEngine engine = ContentScanEngine.withInstalledScanners(tight);
    byte[] tarGz = tarGz("a.bin", random, "b.bin", random);
    assertThat(engine.scan(new ByteArrayInputStream(tarGz), "t.tgz"))
        .extracting(ContentFinding::ruleId).contains(ContentScanEngine.ARCHIVE_BOMB);
  }

  @Test
  void nestingDepthIsBounded() {
    byte[] level = PAYLOAD;
    for (int i = 0; i < 4; i++) {
      level = new ZipBuilder().add("n" + i + ".zip", level).toBytes();
    }
    ScanLimits shallow = new ScanLimits(1L << 30, 1L << 30, 100, 1000, 2, 1_000_000, 1000);
    List<ContentFinding> findings = ContentScanEngine.withInstalledScanners(shallow)
        .scan(new ByteArrayInputStream(level), "deep.zip");
    assertThat(findings).extracting(ContentFinding::ruleId).contains("model.limit-exceeded");
    assertThat(critical(findings)).isEmpty();
    assertThat(critical(scanBytes(level, "deep.zip"))).hasSize(1);
  }

  @Test
  void polyglotPickleWithZipTailIsScannedBothWays() throws IOException {
    byte[] zip = new ZipBuilder().add("archive/data.pkl", PickleBuilder.osSystemProtocol0())
        .toBytes();
    byte[] both = new byte[PAYLOAD.length + zip.length];
    System.arraycopy(PAYLOAD, 0, both, 0, PAYLOAD.length);
    System.arraycopy(zip, 0, both, PAYLOAD.length, zip.length);
    Path file = dir.resolve("poly.pkl");
    Files.write(file, both);
    List<ContentFinding> findings = scanFile(ENGINE, file);
    assertThat(critical(findings)).contains(file.toString(), file + "!/archive/data.pkl");
    assertThat(findings).extracting(ContentFinding::ruleId).contains(ContentScanEngine.POLYGLOT);
  }

  @Test
  void traversalNamesAreReported() {
    byte[] zip = new ZipBuilder().add("../../etc/cron.d/x", "hi".getBytes(StandardCharsets.UTF_8))
        .toBytes();
    assertThat(scanBytes(zip, "z.zip")).extracting(ContentFinding::ruleId)
        .containsExactly(ContentScanEngine.PATH_TRAVERSAL);
  }

  @Test
  void truncatedArchivesNeverThrow() {
    byte[] zip = torchZip(PAYLOAD);
    for (int cut = 10; cut < zip.length; cut += 97) {
      scanBytes(java.util.Arrays.copyOf(zip, cut), "cut.pt");
    }
    byte[] gz = gzip(PAYLOAD);
    List<ContentFinding> findings = scanBytes(java.util.Arrays.copyOf(gz, gz.length / 2), "c.gz");
    assertThat(findings).extracting(ContentFinding::ruleId).contains("model.unparseable");
  }

  @Test
  void textAndRandomBytesAreIgnored() {
    byte[] random = new byte[10_000];
    new java.util.Random(5).nextBytes(random);
    assertThat(scanBytes(random, "noise.bin")).isEmpty();
    assertThat(scanBytes("just some text\n".getBytes(StandardCharsets.UTF_8), "r.md")).isEmpty();
  }

  public static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(out)) {
        g.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static byte[] tarGz(String n1, byte[] d1, String n2, byte[] d2)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
      for (int i = 0; i < 2; i++) {
        TarArchiveEntry e = new TarArchiveEntry(i == 0 ? n1 : n2);
        byte[] d = i == 0 ? d1 : d2;
        e.setSize(d.length);
        tar.putArchiveEntry(e);
        tar.write(d);
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }
}
