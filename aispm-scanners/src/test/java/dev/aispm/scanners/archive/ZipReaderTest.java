package dev.aispm.scanners.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

class ZipReaderTest {
  private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);

  private static ZipReader.Listing list(byte[] zip) throws IOException {
    return ZipReader.list(new SeekableInMemoryByteChannel(zip), 1000);
  }

  private static String read(byte[] zip, ZipReader.Entry e) throws IOException {
    try (InputStream in = ZipReader.openEntry(new SeekableInMemoryByteChannel(zip), e, null)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsWellFormedStoredAndDeflatedEntries() throws IOException {
    byte[] zip = new ZipBuilder().add("a.txt", HELLO)
        .add(ZipBuilder.entry("b.txt", HELLO).deflate()).toBytes();
    ZipReader.Listing listing = list(zip);
    assertThat(listing.entries()).extracting(ZipReader.Entry::name).containsExactly("a.txt", "b.txt");
    assertThat(listing.anomalies()).isEmpty();
    assertThat(read(zip, listing.entries().get(1))).isEqualTo("hello");
  }

  @Test
  void readsArchivesWrittenWithDataDescriptors() throws IOException {
    // java.util.zip writes deflated entries with bit 3 set and sizes in a trailing descriptor.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry("x/y.bin"));
      z.write(HELLO);
      z.closeEntry();
      z.putNextEntry(new ZipEntry("z.bin"));
      z.write(HELLO);
      z.closeEntry();
    }
    ZipReader.Listing listing = list(bytes.toByteArray());
    assertThat(listing.entries()).extracting(ZipReader.Entry::name).containsExactly("x/y.bin", "z.bin");
    assertThat(listing.anomalies()).isEmpty();
    assertThat(read(bytes.toByteArray(), listing.entries().get(1))).isEqualTo("hello");
  }

  @Test
  void encryptionFlagOnPlainDataIsReadAndReported() throws IOException {
    byte[] zip = new ZipBuilder().add(ZipBuilder.entry("data.pkl", HELLO).flags(1)).toBytes();
    ZipReader.Listing listing = list(zip);
    assertThat(read(zip, listing.entries().get(0))).isEqualTo("hello");
    assertThat(listing.anomalies()).extracting(ZipAnomaly::ruleId)
        .containsExactly("archive.zip.flag-anomaly");
  }

  @Test
  void localNameDifferingFromCentralIsReported() throws IOException {
    byte[] zip = new ZipBuilder()
        .add(ZipBuilder.entry("innocent.txt", HELLO).centralName("archive/data.pkl")).toBytes();
    ZipReader.Listing listing = list(zip);
    assertThat(listing.entries()).extracting(ZipReader.Entry::name).contains("archive/data.pkl");
    assertThat(listing.anomalies()).extracting(ZipAnomaly::ruleId)
        .contains("archive.zip.header-mismatch");
  }

  @Test
  void methodMismatchYieldsBothReadings() throws IOException {
    // Local header claims deflate, central directory says stored: each loader reads differently.
    byte[] zip = new ZipBuilder().add(ZipBuilder.entry("m.bin", HELLO).localMethod(8)).toBytes();
    ZipReader.Listing listing = list(zip);
    assertThat(listing.entries()).extracting(ZipReader.Entry::view).containsExactly("central", "local");
  }

  @Test
  void entryMissingFromCentralDirectoryIsFoundByLocalWalk() throws IOException {
    byte[] zip = new ZipBuilder().add(ZipBuilder.entry("hidden.pkl", HELLO).notInCentral())
        .add("visible.txt", HELLO).toBytes();
    ZipReader.Listing listing = list(zip);
    assertThat(listing.entries()).extracting(ZipReader.Entry::name)
        .containsExactlyInAnyOrder("visible.txt", "hidden.pkl");
    assertThat(listing.anomalies()).extracting(ZipAnomaly::ruleId)
        .contains("archive.zip.hidden-entry");
  }

  @Test
  void archiveWithoutCentralDirectoryIsWalked() throws IOException {
    byte[] zip = new ZipBuilder().add("a.txt", HELLO).add("b.txt", HELLO).localOnlyBytes();
    ZipReader.Listing listing = list(zip);
    assertThat(listing.entries()).hasSize(2);
    assertThat(listing.anomalies()).extracting(ZipAnomaly::ruleId)
        .contains("archive.zip.no-central-directory");
  }

  @Test
  void prependedDataShiftsOffsetsButEntriesAreStillRead() throws IOException {
    byte[] zip = new ZipBuilder().add("a.txt", HELLO).toBytes();
    byte[] prefixed = new byte[100 + zip.length];
    System.arraycopy(zip, 0, prefixed, 100, zip.length);
    ZipReader.Listing listing = list(prefixed);
    assertThat(listing.entries()).hasSize(1);
    assertThat(read(prefixed, listing.entries().get(0))).isEqualTo("hello");
    assertThat(listing.anomalies()).extracting(ZipAnomaly::ruleId)
        .contains("archive.zip.prefixed-data");
  }

  @Test
  void duplicateNamesAreAllReturned() throws IOException {
    byte[] zip = new ZipBuilder().add("data.pkl", HELLO).add("data.pkl", HELLO).toBytes();
    ZipReader.Listing listing = list(zip);
    assertThat(listing.entries()).hasSize(2);
    assertThat(listing.anomalies()).extracting(ZipAnomaly::ruleId)
        .contains("archive.zip.duplicate-entry");
  }

  @Test
  void entryLimitTruncates() throws IOException {
    ZipBuilder b = new ZipBuilder();
    for (int i = 0; i < 20; i++) {
      b.add("f" + i, HELLO);
    }
    ZipReader.Listing listing = ZipReader.list(new SeekableInMemoryByteChannel(b.toBytes()), 5);
    assertThat(listing.truncated()).isTrue();
    assertThat(listing.entries()).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void garbageAndTruncationDoNotThrow() throws IOException {
    byte[] zip = new ZipBuilder().add("a.txt", HELLO).add("b.txt", HELLO).toBytes();
    for (int cut = 4; cut < zip.length; cut += 7) {
      byte[] part = java.util.Arrays.copyOf(zip, cut);
      list(part);
    }
    byte[] junk = new byte[300];
    junk[0] = 'P';
    junk[1] = 'K';
    junk[2] = 3;
    junk[3] = 4;
    junk[26] = (byte) 0xff;
    junk[27] = (byte) 0xff;
    assertThat(list(junk).entries()).hasSizeLessThanOrEqualTo(1);
  }
}
