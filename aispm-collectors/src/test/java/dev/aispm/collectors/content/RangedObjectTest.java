package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranged reads of a stored object: what is fetched, what the budget refuses, and a store that ignores ranges. */
class RangedObjectTest {
  static final byte[] OBJECT = new byte[3 << 20];

  static {
    for (int i = 0; i < OBJECT.length; i++) {
      OBJECT[i] = (byte) (i * 31 + 7);
    }
  }

  final List<long[]> calls = new ArrayList<>();

  RangedObject.RangeReader honest() {
    return (offset, length) -> {
      calls.add(new long[] {offset, length});
      int end = (int) Math.min(OBJECT.length, offset + length);
      return new RangedObject.Range(Arrays.copyOfRange(OBJECT, (int) offset, end), offset, OBJECT.length, "v1", "e1");
    };
  }

  @Test
  void aStraightReadGrowsItsRangesAndFetchesEachByteOnce() throws Exception {
    RangedObject o = new RangedObject("s3://b/k", honest(), 8 << 20);
    try (InputStream in = o.open()) {
      assertThat(in.readAllBytes()).isEqualTo(OBJECT);
    }
    assertThat(o.fetched()).isEqualTo(OBJECT.length);
    assertThat(o.exhausted()).isFalse();
    assertThat(calls.size()).isLessThan(10);
    assertThat(o.versionId()).isEqualTo("v1");
    assertThat(o.knownSize()).isEqualTo(OBJECT.length);
  }

  @Test
  void theHashOfAStraightReadCostsNoExtraFetch() throws Exception {
    RangedObject o = new RangedObject("s3://b/k", honest(), 8 << 20);
    try (InputStream in = o.open()) {
      in.readAllBytes();
    }
    int before = calls.size();
    assertThat(o.sha256()).isEqualTo(sha256(OBJECT));
    assertThat(calls).hasSize(before);
  }

  @Test
  void theHashOfAnIndexReadFetchesWhatTheScanSkippedWithinTheBudget() throws Exception {
    RangedObject o = new RangedObject("s3://b/k", honest(), 8 << 20);
    try (SeekableByteChannel ch = o.channel()) {
      ch.position(OBJECT.length - 22).read(ByteBuffer.allocate(22));
    }
    assertThat(o.sha256()).isEqualTo(sha256(OBJECT));
    assertThat(o.fetched()).isLessThanOrEqualTo(OBJECT.length + 2L * RangedObject.MIN_FETCH);
  }

  @Test
  void anObjectLargerThanTheBudgetHasNoHash() throws Exception {
    RangedObject o = new RangedObject("s3://b/k", honest(), 1 << 20);
    o.load();
    assertThat(o.sha256()).isNull();
  }

  static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aJumpToTheEndFetchesOnlyTheHeadAndTheTail() throws Exception {
    RangedObject o = new RangedObject("s3://b/k", honest(), 8 << 20);
    try (SeekableByteChannel ch = o.channel()) {
      ByteBuffer tail = ByteBuffer.allocate(22);
      ch.position(OBJECT.length - 22).read(tail);
      assertThat(tail.array()).isEqualTo(Arrays.copyOfRange(OBJECT, OBJECT.length - 22, OBJECT.length));
    }
    assertThat(o.fetched()).isLessThanOrEqualTo(2 * RangedObject.MIN_FETCH);
  }

  @Test
  void theBudgetEndsTheContentAndMarksTheObjectNotFullyRead() throws Exception {
    RangedObject o = new RangedObject("s3://b/k", honest(), 100_000);
    try (InputStream in = o.open()) {
      assertThat(in.readAllBytes()).hasSize(100_000).isEqualTo(Arrays.copyOf(OBJECT, 100_000));
    }
    assertThat(o.fetched()).isEqualTo(100_000);
    assertThat(o.exhausted()).isTrue();
  }

  @Test
  void aStoreThatIgnoresRangesIsNeverReadAtTheWrongOffset() throws Exception {
    // It sends the object from its start whatever was asked (a full answer, its size from Content-Length).
    for (long size : new long[] {OBJECT.length, -1}) {
      RangedObject o = new RangedObject("s3://b/k", (offset, length) -> new RangedObject.Range(
          Arrays.copyOf(OBJECT, length), 0, size, null, null), 8 << 20);
      try (SeekableByteChannel ch = o.channel()) {
        ByteBuffer b = ByteBuffer.allocate(16);
        assertThat(ch.position(1 << 20).read(b)).as("size %d", size).isEqualTo(-1);
      }
      assertThat(o.exhausted()).as("size %d", size).isTrue();
    }
  }
}
