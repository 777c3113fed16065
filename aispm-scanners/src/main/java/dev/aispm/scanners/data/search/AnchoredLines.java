package dev.aispm.scanners.data.search;

import java.util.Arrays;

/**
 * What {@link AnchorIndex#scanLines} learned about a block of lines in its single pass: where each
 * line starts and ends, the anchors found in it and whether it needs more than a raw reading
 * (a non-ASCII byte, an escape that can disguise a secret), and the inline images it jumped
 * over. A scanner walks the lines afterwards and runs the format matchers only at the recorded
 * anchors. Reused from block to block, so a
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
  /** Index of the first skip after each line, as {@link #hitsEnd} is for hits. */
  private int[] skipsEnd = new int[1024];
  private int skips;
  /** Regions the pass jumped over (inline images' payloads): where each starts and ends. */
  private int[] skipFroms = new int[64];
  private int[] skipTos = new int[64];

  /** Start and flags of the line being read. */
  private int lineStart;
  private int lineFlags;
  /** Where the later parts of a block are recorded before being appended; made on first use. */
  private AnchoredLines[] spares;

  /** Forgets every line, for the next block, whose first line starts at {@code from}. */
  public void begin(int from) {
    lines = 0;
    hits = 0;
    skips = 0;
    startLine(from);
  }

  /** Where the line being read starts. */
  public int lineStart() {
    return lineStart;
  }

  /** The flags gathered so far for the line being read. */
  public int lineFlags() {
    return lineFlags;
  }

  /** A new line starts at {@code start}, with no flags yet. */
  public void startLine(int start) {
    lineStart = start;
    lineFlags = 0;
  }

  /** Adds {@code flag} to the line being read. */
  public void flagLine(int flag) {
    lineFlags |= flag;
  }

  /** Spare table {@code n}, reused, for a pass that reads a later part of a block on its own. */
  AnchoredLines spare(int n) {
    if (spares == null) {
      spares = new AnchoredLines[2];
    }
    if (spares[n] == null) {
      spares[n] = new AnchoredLines();
    }
    return spares[n];
  }

  /** Appends {@code later}'s lines and anchors after these, as if read in one pass. */
  void append(AnchoredLines later) {
    int size = Math.max(starts.length, lines + later.lines);
    if (size > starts.length) {
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      flags = Arrays.copyOf(flags, size);
      hitsEnd = Arrays.copyOf(hitsEnd, size);
      skipsEnd = Arrays.copyOf(skipsEnd, size);
    }
    System.arraycopy(later.starts, 0, starts, lines, later.lines);
    System.arraycopy(later.ends, 0, ends, lines, later.lines);
    System.arraycopy(later.flags, 0, flags, lines, later.lines);
    for (int j = 0; j < later.lines; j++) {
      hitsEnd[lines + j] = hits + later.hitsEnd[j];
      skipsEnd[lines + j] = skips + later.skipsEnd[j];
    }
    if (skips + later.skips > skipFroms.length) {
      skipFroms = Arrays.copyOf(skipFroms, skips + later.skips);
      skipTos = Arrays.copyOf(skipTos, skips + later.skips);
    }
    System.arraycopy(later.skipFroms, 0, skipFroms, skips, later.skips);
    System.arraycopy(later.skipTos, 0, skipTos, skips, later.skips);
    skips += later.skips;
    int hitSize = Math.max(hitAnchors.length, hits + later.hits);
    if (hitSize > hitAnchors.length) {
      hitAnchors = Arrays.copyOf(hitAnchors, hitSize);
      hitStarts = Arrays.copyOf(hitStarts, hitSize);
    }
    System.arraycopy(later.hitAnchors, 0, hitAnchors, hits, later.hits);
    System.arraycopy(later.hitStarts, 0, hitStarts, hits, later.hits);
    lines += later.lines;
    hits += later.hits;
    lineStart = later.lineStart;
    lineFlags = later.lineFlags;
  }

  /** Records a line and closes its list of anchor occurrences. */
  public void endLine(int start, int end, int lineFlags) {
    if (lines == starts.length) {
      int size = lines * 2;
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      flags = Arrays.copyOf(flags, size);
      hitsEnd = Arrays.copyOf(hitsEnd, size);
      skipsEnd = Arrays.copyOf(skipsEnd, size);
    }
    starts[lines] = start;
    ends[lines] = end;
    flags[lines] = lineFlags;
    hitsEnd[lines] = hits;
    skipsEnd[lines] = skips;
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

  /**
   * Records that the pass jumped over {@code [from, to)} of the line being read, an inline image's
   * payload, so that a later reader of the line can jump over it too without finding its end again.
   */
  public void skipped(int from, int to) {
    if (skips == skipFroms.length) {
      skipFroms = Arrays.copyOf(skipFroms, skips * 2);
      skipTos = Arrays.copyOf(skipTos, skips * 2);
    }
    skipFroms[skips] = from;
    skipTos[skips] = to;
    skips++;
  }

  /** The first of line {@code j}'s skipped regions. */
  public int firstSkip(int j) {
    return j == 0 ? 0 : skipsEnd[j - 1];
  }

  /** One past the last of line {@code j}'s skipped regions. */
  public int endSkip(int j) {
    return skipsEnd[j];
  }

  /** Where skipped region {@code s} starts in the block. */
  public int skipFrom(int s) {
    return skipFroms[s];
  }

  /** Where skipped region {@code s} ends (exclusive) in the block. */
  public int skipTo(int s) {
    return skipTos[s];
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

  /** Whether anchor {@code anchorId} occurs in line {@code j}. */
  public boolean hasHit(int j, int anchorId) {
    for (int h = firstHit(j); h < hitsEnd[j]; h++) {
      if (hitAnchors[h] == anchorId) {
        return true;
      }
    }
    return false;
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
