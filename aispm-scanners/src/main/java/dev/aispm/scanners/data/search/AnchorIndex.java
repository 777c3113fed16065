package dev.aispm.scanners.data.search;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An Aho-Corasick automaton over ASCII-case-folded anchors. It exists so that a scan reads each
 * character once, whatever the number of formats: regular expressions only run where an anchor
 * occurs, which is what makes scanning gigabytes of training text affordable.
 *
 * <p>The automaton is a dense DFA over character classes: each character that occurs in an anchor
 * (letters folded) has a class of its own and every other character shares one. Few classes keep
 * the table small enough for the hot states to stay in the first-level cache, and case folding
 * costs nothing at scan time. Line feeds, backslashes and non-ASCII bytes have classes of their
 * own too, so that {@link #scanLines} can find line ends and escapes in the same pass that finds
 * anchors. Instances are immutable and thread-safe.
 */
public final class AnchorIndex {

  /** Receives each anchor occurrence; {@code end} is exclusive. Returning a position skips ahead. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @return the index to resume scanning from (at least {@code end}), letting a listener skip a
     *     region it has consumed, such as an inline base64 image
     */
    int onAnchor(int anchorId, int start, int end);
  }

  private static final int OTHER = 0;
  /** Character class of each byte value ({@code b & 0xFF}); chars below 128 index it directly. */
  private final byte[] classOf = new byte[256];
  /** Classes per state; states are stored pre-multiplied by it. */
  private final int width;
  /** Transitions: {@code step[state + class]}. */
  private final int[] step;
  /** Pre-multiplied number of the first state where an anchor ends; all later ones do too. */
  private final int firstAccepting;
  /** Pre-multiplied number of the state entered on a line feed, backslash or non-ASCII byte. */
  private final int eventState;
  /** Anchors ending in each state, by state number (not pre-multiplied). */
  private final int[][] outputs;
  private final int[] anchorLengths;

  /** Builds the automaton; anchors are matched ignoring ASCII case. */
  public AnchorIndex(List<String> anchors) {
    anchorLengths = new int[anchors.size()];
    String[] folded = new String[anchors.size()];
    int classes = 1;
    for (int id = 0; id < anchors.size(); id++) {
      String anchor = anchors.get(id).toLowerCase(Locale.ROOT);
      if (anchor.isEmpty()) {
        throw new IllegalArgumentException("empty anchor");
      }
      for (int i = 0; i < anchor.length(); i++) {
        char c = anchor.charAt(i);
        if (c >= 128 || c == 0 || c == '\n' || c == '\\') {
          throw new IllegalArgumentException(
              "anchors must be ASCII without line feeds or backslashes: " + anchor);
        }
        if (classOf[c] == OTHER) {
          classOf[c] = (byte) classes;
          if (c >= 'a' && c <= 'z') {
            classOf[c - 32] = (byte) classes;
          }
          classes++;
        }
      }
      folded[id] = anchor;
      anchorLengths[id] = anchor.length();
    }
    // Classes from here on are events for scanLines: line feed, backslash, non-ASCII byte.
    int firstEvent = classes;
    int newlineClass = classes;
    int backslashClass = classes + 1;
    int highClass = classes + 2;
    width = classes + 3;
    classOf['\n'] = (byte) newlineClass;
    classOf['\\'] = (byte) backslashClass;
    for (int b = 128; b < 256; b++) {
      classOf[b] = (byte) highClass;
    }

    Trie trie = new Trie(width);
    for (int id = 0; id < folded.length; id++) {
      int state = 0;
      for (int i = 0; i < folded[id].length(); i++) {
        state = trie.child(state, classOf[folded[id].charAt(i)]);
      }
      trie.addOutput(state, id);
    }
    int states = trie.size;
    // Failure links, breadth first; each state also takes over the anchors of its failure state.
    int[] order = trie.breadthFirst();

    // Renumber the states so that those where an anchor ends come last: the scan loop then
    // tests one comparison per character instead of loading a state's output list. The root
    // keeps number 0 (it never has outputs, anchors being non-empty).
    int[] rank = new int[states];
    int next = 0;
    for (int s = 0; s < states; s++) {
      if (trie.outputs[s].length == 0) {
        rank[s] = next++;
      }
    }
    int firstOut = next;
    for (int s = 0; s < states; s++) {
      if (trie.outputs[s].length > 0) {
        rank[s] = next++;
      }
    }
    // One more state, last, is entered on every event byte: a scan loop then stops for events and
    // anchors with the same single comparison. It has no outputs and leaves like the root does.
    eventState = states * width;
    outputs = new int[states + 1][];
    outputs[states] = new int[0];
    step = new int[(states + 1) * width];
    // Targets are pre-multiplied by the width to save a multiplication per character. A state
    // moves like its failure state except along its own trie edges, so its row is a copy of the
    // failure state's row (filled earlier: breadth first, failure states are shallower) with
    // those edges written over it. Every row sends the event classes to the event state.
    for (int c = firstEvent; c < width; c++) {
      step[c] = eventState;
    }
    for (int k = 0; k < states; k++) {
      int s = order[k];
      int row = rank[s] * width;
      outputs[rank[s]] = trie.outputs[s];
      if (s != 0) {
        System.arraycopy(step, rank[trie.fail[s]] * width, step, row, width);
      }
      for (int child = trie.firstChild[s]; child != 0; child = trie.nextSibling[child]) {
        step[row + trie.edgeClass[child]] = rank[child] * width;
      }
    }
    System.arraycopy(step, 0, step, eventState, width);
    firstAccepting = firstOut * width;
  }

  /** Reports every anchor occurrence in {@code text[from, to)} in order of their end positions. */
  public void scan(CharSequence text, int from, int to, Listener listener) {
    if (text instanceof AsciiText a) {
      scanBytes(a.bytes(), a.offset(), from, to, listener);
      return;
    }
    // String.charAt binds statically and inlines even in the client compiler; an interface
    // call per character was most of a scan's time, so other sequences are copied first.
    scanString(text instanceof String s ? s : text.toString(), from, to, listener);
  }

  private void scanString(String text, int from, int to, Listener listener) {
    int[] step = this.step;
    byte[] classOf = this.classOf;
    int accepting = firstAccepting;
    int state = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      i++;
      state = step[state + (c < 128 ? classOf[c] : OTHER)];
      if (state >= accepting) {
        int resume = report(state, i, listener);
        if (resume > i) {
          i = resume;
          state = 0;
        }
      }
    }
  }

  /** The scan over raw ASCII bytes; positions are relative to {@code base}. */
  private void scanBytes(byte[] b, int base, int from, int to, Listener listener) {
    int[] step = this.step;
    byte[] classOf = this.classOf;
    int accepting = firstAccepting;
    int state = 0;
    int i = from;
    while (i < to) {
      int k = classOf[b[base + i] & 0xFF];
      i++;
      state = step[state + k];
      if (state >= accepting) {
        int resume = report(state, i, listener);
        if (resume > i) {
          i = resume;
          state = 0;
        }
      }
    }
  }

  /**
   * Decides, at an occurrence of one chosen anchor during {@link #scanLines}, where scanning
   * resumes: past a region the caller knows holds nothing (an inline base64 image), or at
   * {@code end} to carry on. The region must end before {@code limit} and must not include a
   * line feed.
   */
  @FunctionalInterface
  public interface Skip {
    /**
     * @param lineStart where the occurrence's line starts
     * @return where to resume, at least {@code end}
     */
    int resume(byte[] b, int lineStart, int start, int end, int limit);
  }

  /**
   * Decides, at an anchor occurrence found during {@link #scanLines}, whether it is worth
   * recording. Common words make most occurrences of keyword anchors ("token" in prose, "pat" in
   * "path"); a cheap look at the bytes after the anchor discards those while the block is in
   * cache, so the per-line pass afterwards visits only the few occurrences that can be secrets.
   * A filter may keep an occurrence that later proves to be nothing, but must never drop one
   * that could be a match.
   */
  @FunctionalInterface
  public interface HitFilter {
    /**
     * @param b     the block
     * @param start where the occurrence starts
     * @param end   where it ends (exclusive)
     * @param limit the end of the bytes that may be read: the occurrence's line ends at or
     *              before it (at the first line feed after {@code end})
     * @return false only if no format can match at this occurrence
     */
    boolean keep(int anchorId, byte[] b, int start, int end, int limit);
  }

  /** Below this many bytes a block is read as one stream. */
  private static final int PARTS_MIN = 1 << 13;

  /**
   * One pass over a block of lines that finds, together, where each line ends, the anchors in it
   * and whether it holds a non-ASCII byte or an escape that can disguise a secret
   * ({@code \\u}, {@code \\/}, {@code \\\\}). Reading a large training set is then a single
   * loop over its bytes; line splitting and escape checks were separate passes costing as much as
   * the automaton itself. Anchors never span lines (none contains a line feed).
   *
   * <p>A block is read as three parts at once, cut at line ends: each step of the automaton
   * waits for the previous table lookup, and independent walks let the processor overlap them
   * (three walks read a block about a sixth faster than two; with more, the client compiler runs
   * out of registers). The lines come out in block order all the same.
   *
   * @param maxLine    a line longer than this many bytes stops the pass (it must be read in pieces)
   * @param skipAnchor the anchor at which {@code skip} is asked where to resume; it is not
   *                   recorded as an anchor, but a region skipped is ({@link AnchoredLines#skipped}).
   *                   -1 for none
   * @param filter     asked about every other occurrence before it is recorded; null keeps all
   * @return false if a line was longer than {@code maxLine}; {@code out} is then incomplete
   */
  public boolean scanLines(byte[] b, int from, int to, int maxLine, AnchoredLines out,
      int skipAnchor, Skip skip, HitFilter filter) {
    out.begin(from);
    if (to - from < PARTS_MIN) {
      return finish(b, from, to, 0, out, maxLine, skipAnchor, skip, filter);
    }
    // A part may come out empty (a block of a few long lines); the joint loop then does not run
    // and each part is read alone below.
    int cut1 = lineEndAfter(b, from + (to - from) / 3, to);
    int cut2 = lineEndAfter(b, Math.max(cut1, from + 2 * ((to - from) / 3)), to);
    AnchoredLines second = out.spare(0);
    AnchoredLines third = out.spare(1);
    second.begin(cut1);
    third.begin(cut2);
    int[] step = this.step;
    byte[] classOf = this.classOf;
    int accepting = firstAccepting;
    int i = from;
    int j = cut1;
    int k = cut2;
    int sa = 0;
    int sb = 0;
    int sc = 0;
    while (i < cut1 && j < cut2 && k < to) {
      // The inner loop makes no call, so the client compiler keeps its variables in registers;
      // it stops where an anchor ends or at an event byte in any part.
      sa = step[sa + classOf[b[i++] & 0xFF]];
      sb = step[sb + classOf[b[j++] & 0xFF]];
      sc = step[sc + classOf[b[k++] & 0xFF]];
      while (sa < accepting && sb < accepting && sc < accepting && i < cut1 && j < cut2 && k < to) {
        sa = step[sa + classOf[b[i++] & 0xFF]];
        sb = step[sb + classOf[b[j++] & 0xFF]];
        sc = step[sc + classOf[b[k++] & 0xFF]];
      }
      if (sa >= accepting) {
        int resume = stop(b, i, cut1, sa, out, maxLine, skipAnchor, skip, filter);
        if (resume < 0) {
          return false;
        }
        if (resume > i) {
          i = resume;
          sa = 0;
        }
      }
      if (sb >= accepting) {
        int resume = stop(b, j, cut2, sb, second, maxLine, skipAnchor, skip, filter);
        if (resume < 0) {
          return false;
        }
        if (resume > j) {
          j = resume;
          sb = 0;
        }
      }
      if (sc >= accepting) {
        int resume = stop(b, k, to, sc, third, maxLine, skipAnchor, skip, filter);
        if (resume < 0) {
          return false;
        }
        if (resume > k) {
          k = resume;
          sc = 0;
        }
      }
    }
    if (!finish(b, i, cut1, sa, out, maxLine, skipAnchor, skip, filter)
        || !finish(b, j, cut2, sb, second, maxLine, skipAnchor, skip, filter)
        || !finish(b, k, to, sc, third, maxLine, skipAnchor, skip, filter)) {
      return false;
    }
    out.append(second);
    out.append(third);
    return true;
  }

  /**
   * {@link #scanLines} without skipping.
   *
   * @return false if a line was longer than {@code maxLine}
   */
  public boolean scanLines(byte[] b, int from, int to, int maxLine, AnchoredLines out) {
    return scanLines(b, from, to, maxLine, out, -1, null, null);
  }

  /** Where the line holding {@code at} ends, just past its line feed; {@code to} if it does not. */
  private static int lineEndAfter(byte[] b, int at, int to) {
    for (int i = at; i < to; i++) {
      if (b[i] == '\n') {
        return i + 1;
      }
    }
    return to;
  }

  /** Reads {@code b[i, to)} alone from automaton state {@code state}, then closes the last line. */
  private boolean finish(byte[] b, int i, int to, int state, AnchoredLines out, int maxLine,
      int skipAnchor, Skip skip, HitFilter filter) {
    int[] step = this.step;
    byte[] classOf = this.classOf;
    int accepting = firstAccepting;
    while (i < to) {
      state = step[state + classOf[b[i++] & 0xFF]];
      while (state < accepting && i < to) {
        state = step[state + classOf[b[i++] & 0xFF]];
      }
      if (state >= accepting) {
        int resume = stop(b, i, to, state, out, maxLine, skipAnchor, skip, filter);
        if (resume < 0) {
          return false;
        }
        if (resume > i) {
          i = resume;
          state = 0;
        }
      }
    }
    int lineStart = out.lineStart();
    if (lineStart < to) {
      // An unterminated last line, taken as it is (like a line reader at the end of its input).
      if (to - lineStart >= maxLine) {
        return false;
      }
      out.endLine(lineStart, to, out.lineFlags());
    }
    return true;
  }

  /**
   * Handles the byte before {@code i}, which put the automaton in accepting or event state
   * {@code state}: records a line end, an escape, a non-ASCII byte or the anchors ending there.
   *
   * @return where to resume (i, or further after a skip), or -1 if a line is too long
   */
  private int stop(byte[] b, int i, int to, int state, AnchoredLines out, int maxLine,
      int skipAnchor, Skip skip, HitFilter filter) {
    if (state == eventState) {
      int at = i - 1;
      byte c = b[at];
      if (c == '\n') {
        int lineStart = out.lineStart();
        if (at - lineStart > maxLine) {
          return -1;
        }
        out.endLine(lineStart, at > lineStart && b[at - 1] == '\r' ? at - 1 : at, out.lineFlags());
        out.startLine(i);
      } else if (c == '\\') {
        if (i < to) {
          byte e = b[i];
          if (e == 'u' || e == '/' || e == '\\') {
            out.flagLine(AnchoredLines.RISKY_ESCAPE);
          }
        }
      } else {
        out.flagLine(AnchoredLines.NON_ASCII);
      }
      return i;
    }
    for (int h : outputs[state / width]) {
      if (h == skipAnchor) {
        int resume = skip.resume(b, out.lineStart(), i - anchorLengths[h], i, to);
        if (resume > i) {
          out.skipped(i, resume);
          return resume;
        }
      } else if (filter == null || filter.keep(h, b, i - anchorLengths[h], i, to)) {
        out.hit(h, i - anchorLengths[h]);
      }
    }
    return i;
  }

  /**
   * Whether any anchor occurs in {@code text}, ignoring ASCII case: vets a short value or name
   * against a word list in one pass instead of one substring search per word.
   */
  public boolean occursIn(CharSequence text) {
    int state = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      state = step[state + (c < 128 ? classOf[c] : OTHER)];
      if (state >= firstAccepting && state != eventState) {
        return true;
      }
    }
    return false;
  }

  /** The length of anchor {@code id}. */
  public int anchorLength(int id) {
    return anchorLengths[id];
  }

  /** Reports the anchors ending at {@code i}; returns where to resume (i unless skipping). */
  private int report(int state, int i, Listener listener) {
    for (int h : outputs[state / width]) {
      int resume = listener.onAnchor(h, i - anchorLengths[h], i);
      if (resume > i) {
        return resume;
      }
    }
    return i;
  }

  /**
   * The goto trie over character classes, with each state's edges also kept as a list, so that
   * the failure links and the final table are made from the edges that exist rather than from
   * every (state, class) pair.
   */
  private static final class Trie {
    private final int width;
    /** Dense child table, for finding an existing edge while anchors are added. */
    private int[] children;
    int[][] outputs = new int[16][];
    /** First child of each state, 0 for none (the root is no one's child). */
    int[] firstChild = new int[16];
    /** Next child of the same parent, 0 for none. */
    int[] nextSibling = new int[16];
    /** The class on the edge into each state. */
    int[] edgeClass = new int[16];
    int[] fail;
    int size = 1;

    Trie(int width) {
      this.width = width;
      this.children = new int[16 * width];
      outputs[0] = new int[0];
    }

    int child(int state, int c) {
      int at = state * width + c;
      if (children[at] > 0) {
        return children[at];
      }
      if (size == outputs.length) {
        int grown = size * 2;
        outputs = Arrays.copyOf(outputs, grown);
        children = Arrays.copyOf(children, grown * width);
        firstChild = Arrays.copyOf(firstChild, grown);
        nextSibling = Arrays.copyOf(nextSibling, grown);
        edgeClass = Arrays.copyOf(edgeClass, grown);
      }
      int made = size++;
      outputs[made] = new int[0];
      children[at] = made;
      edgeClass[made] = c;
      nextSibling[made] = firstChild[state];
      firstChild[state] = made;
      return made;
    }

    void addOutput(int state, int id) {
      int[] o = outputs[state];
      int[] grown = Arrays.copyOf(o, o.length + 1);
      grown[o.length] = id;
      outputs[state] = grown;
    }

    /**
     * Computes the failure links breadth first and merges each state's outputs with those of
     * its failure state; returns the states in that order, root first. Event classes occur in no
     * anchor, so no edge carries them and they lead back to the root like any other character no
     * anchor continues with.
     */
    int[] breadthFirst() {
      fail = new int[size];
      int[] order = new int[size];
      int tail = 1;
      for (int head = 0; head < tail; head++) {
        int s = order[head];
        int[] inherited = outputs[fail[s]];
        if (s != 0 && inherited.length > 0) {
          int[] mine = outputs[s];
          int[] merged = Arrays.copyOf(mine, mine.length + inherited.length);
          System.arraycopy(inherited, 0, merged, mine.length, inherited.length);
          outputs[s] = merged;
        }
        for (int child = firstChild[s]; child != 0; child = nextSibling[child]) {
          if (s != 0) {
            int c = edgeClass[child];
            int f = fail[s];
            while (f != 0 && children[f * width + c] == 0) {
              f = fail[f];
            }
            fail[child] = children[f * width + c];
          }
          order[tail++] = child;
        }
      }
      return order;
    }
  }
}
