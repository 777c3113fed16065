package dev.aispm.scanners.data.search;

import java.util.Arrays;

/**
 * What {@link AnchorIndex#scanLines} learned about a block of lines in its single pass: where each
 * line starts and ends, the anchors found in it and whether it needs more than a raw reading
 * (a non-ASCII byte, an escape that can disguise a secret). A scanner walks the lines afterwards
 * and runs the format matchers only at the recorded anchors. Reused from block to block, so a
 * large scan allocates it once per worker.
 */
public final class AnchoredLines {
  /** The line holds a byte of 0x80 or above: byte and character positions differ. */
  public static final int NON_ASCII = 1;
  /** The line holds {@code \\u}, {@code \\/} or {@code \\\\}, which a reader must decode first. */
  public static final int RISKY_ESCAPE = 2;

  private int lines;
  private int[] starts = new int[1024];
  private int[] ends = new int[1024];
  private int[] flags = new int[1024];
  /** Index of the first hit after each line, so line j's hits are [hitsEnd[j-1], hitsEnd[j]). */
  private int[] hitsEnd = new int[1024];
  private int hits;
  private int[] hitAnchors = new int[4096];
  private int[] hitStarts = new int[4096];

  /** Forgets every line, for the next block. */
  public void clear() {
    lines = 0;
    hits = 0;
  }

  /** Records a line and closes its list of anchor occurrences. */
  public void endLine(int start, int end, int lineFlags) {
    if (lines == starts.length) {
      int size = lines * 2;
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      flags = Arrays.copyOf(flags, size);
      hitsEnd = Arrays.copyOf(hitsEnd, size);
    }
    starts[lines] = start;
    ends[lines] = end;
    flags[lines] = lineFlags;
    hitsEnd[lines] = hits;
    lines++;
  }

  /** Records an anchor occurrence in the line being read. */
  public void hit(int anchorId, int start) {
    if (hits == hitAnchors.length) {
      hitAnchors = Arrays.copyOf(hitAnchors, hits * 2);
      hitStarts = Arrays.copyOf(hitStarts, hits * 2);
    }
    hitAnchors[hits] = anchorId;
    hitStarts[hits] = start;
    hits++;
  }

  /** Lines found, including empty ones. */
  public int lines() {
    return lines;
  }

  /** Where line {@code j} starts in the block. */
  public int start(int j) {
    return starts[j];
  }

  /** Where line {@code j} ends (exclusive), without its line feed or a carriage return before it. */
  public int end(int j) {
    return ends[j];
  }

  /** {@link #NON_ASCII} and {@link #RISKY_ESCAPE} bits of line {@code j}. */
  public int flags(int j) {
    return flags[j];
  }

  /** The first of line {@code j}'s anchor occurrences. */
  public int firstHit(int j) {
    return j == 0 ? 0 : hitsEnd[j - 1];
  }

  /** One past the last of line {@code j}'s anchor occurrences. */
  public int endHit(int j) {
    return hitsEnd[j];
  }

  /** Which anchor occurrence {@code h} is. */
  public int hitAnchor(int h) {
    return hitAnchors[h];
  }

  /** Where occurrence {@code h} starts in the block. */
  public int hitStart(int h) {
    return hitStarts[h];
  }
}
