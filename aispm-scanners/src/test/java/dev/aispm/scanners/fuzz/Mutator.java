package dev.aispm.scanners.fuzz;

import java.util.Arrays;
import java.util.Random;

/**
 * Deterministic byte-level mutations of the kinds that break parsers: bit flips, boundary
 * values written over length and count fields, inserted, deleted and duplicated runs,
 * truncation, and splices of two inputs. The same seed always gives the same files, so a
 * failure names a reproducible case.
 */
final class Mutator {
  private static final int[] INTERESTING = {0, 1, 0x7f, 0x80, 0xff, 0x3f, 0x40, '\n', '"', '{'};

  private Mutator() {
  }

  /** One to four stacked mutations of {@code in}, drawn from {@code r}. */
  static byte[] mutate(byte[] in, byte[] other, Random r) {
    byte[] b = in;
    int rounds = 1 + r.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      b = once(b, other, r);
    }
    return b;
  }

  private static byte[] once(byte[] b, byte[] other, Random r) {
    if (b.length == 0) {
      return new byte[] {(byte) r.nextInt(256)};
    }
    int at = r.nextInt(b.length);
    switch (r.nextInt(9)) {
      case 0 -> {
        byte[] c = b.clone();
        c[at] ^= (byte) (1 << r.nextInt(8));
        return c;
      }
      case 1 -> {
        byte[] c = b.clone();
        c[at] = (byte) INTERESTING[r.nextInt(INTERESTING.length)];
        return c;
      }
      case 2 -> {
        // A 1, 2, 4 or 8-byte little-endian field set to a boundary value: lengths and counts.
        byte[] c = b.clone();
        int width = 1 << r.nextInt(4);
        long v = switch (r.nextInt(5)) {
          case 0 -> 0;
          case 1 -> -1;
          case 2 -> Long.MAX_VALUE;
          case 3 -> Integer.MAX_VALUE;
          default -> 1L << r.nextInt(63);
        };
        for (int k = 0; k < width && at + k < c.length; k++) {
          c[at + k] = (byte) (v >>> (8 * k));
        }
        return c;
      }
      case 3 -> {
        int len = 1 + r.nextInt(Math.min(64, b.length - at));
        byte[] c = new byte[b.length - len];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + len, c, at, b.length - at - len);
        return c;
      }
      case 4 -> {
        byte[] ins = new byte[1 + r.nextInt(16)];
        r.nextBytes(ins);
        return splice(b, at, ins);
      }
      case 5 -> {
        int len = 1 + r.nextInt(Math.min(256, b.length - at));
        return splice(b, at, Arrays.copyOfRange(b, at, at + len));
      }
      case 6 -> {
        return Arrays.copyOf(b, at);
      }
      case 7 -> {
        int from = other.length == 0 ? 0 : r.nextInt(other.length);
        int len = Math.min(other.length - from, 1 + r.nextInt(512));
        return splice(Arrays.copyOf(b, at), at, Arrays.copyOfRange(other, from, from + len));
      }
      default -> {
        byte[] c = b.clone();
        int len = Math.min(c.length - at, 1 + r.nextInt(8));
        for (int k = 0; k < len; k++) {
          c[at + k] = (byte) r.nextInt(256);
        }
        return c;
      }
    }
  }

  private static byte[] splice(byte[] b, int at, byte[] ins) {
    byte[] c = new byte[b.length + ins.length];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(ins, 0, c, at, ins.length);
    System.arraycopy(b, at, c, at + ins.length, b.length - at);
    return c;
  }
}
