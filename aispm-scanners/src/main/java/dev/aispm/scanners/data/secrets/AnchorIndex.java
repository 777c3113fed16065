package dev.aispm.scanners.data.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An Aho-Corasick automaton over ASCII-case-folded anchors. It exists so that a scan reads each
 * character once, whatever the number of formats: regular expressions only run where an anchor
 * occurs, which is what makes scanning gigabytes of training text affordable.
 *
 * <p>The automaton is a dense DFA over 128 ASCII classes; any non-ASCII character sends it back to
 * the root, since no anchor contains one. Instances are immutable and thread-safe.
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

  private static final int ALPHABET = 128;
  /** Transitions: {@code step[state + c]}, states pre-multiplied by {@link #ALPHABET}. */
  private final int[] step;
  /** Pre-multiplied number of the first state where an anchor ends; all later ones do too. */
  private final int firstAccepting;
  private final int[][] outputs;
  private final int[] anchorLengths;

  /** Builds the automaton; anchors are matched ignoring ASCII case. */
  public AnchorIndex(List<String> anchors) {
    anchorLengths = new int[anchors.size()];
    List<int[]> gotoRows = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    gotoRows.add(newRow());
    out.add(new ArrayList<>());
    for (int id = 0; id < anchors.size(); id++) {
      String anchor = anchors.get(id).toLowerCase(Locale.ROOT);
      if (anchor.isEmpty()) {
        throw new IllegalArgumentException("empty anchor");
      }
      anchorLengths[id] = anchor.length();
      int state = 0;
      for (int i = 0; i < anchor.length(); i++) {
        char c = anchor.charAt(i);
        if (c >= ALPHABET || c == 0) {
          throw new IllegalArgumentException("anchors must be ASCII: " + anchor);
        }
        int next = gotoRows.get(state)[c];
        if (next <= 0) {
          next = gotoRows.size();
          gotoRows.add(newRow());
          out.add(new ArrayList<>());
          gotoRows.get(state)[c] = next;
        }
        state = next;
      }
      out.get(state).add(id);
    }
    int states = gotoRows.size();
    int[] fail = new int[states];
    int[] delta = new int[states * ALPHABET];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      int next = gotoRows.get(0)[c];
      if (next > 0) {
        fail[next] = 0;
        queue.add(next);
        delta[c] = next;
      } else {
        delta[c] = 0;
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out.get(s).addAll(out.get(fail[s]));
      for (int c = 0; c < ALPHABET; c++) {
        int next = gotoRows.get(s)[c];
        if (next > 0) {
          fail[next] = delta[fail[s] * ALPHABET + c];
          queue.add(next);
          delta[s * ALPHABET + c] = next;
        } else {
          delta[s * ALPHABET + c] = delta[fail[s] * ALPHABET + c];
        }
      }
    }
    // Renumber the states so that those where an anchor ends come last: the scan loop then
    // tests one comparison per character instead of loading a state's output list.
    int[] order = new int[states];
    int[] rank = new int[states];
    int k = 0;
    for (int s = 0; s < states; s++) {
      if (out.get(s).isEmpty()) {
        order[k++] = s;
      }
    }
    int firstOut = k;
    for (int s = 0; s < states; s++) {
      if (!out.get(s).isEmpty()) {
        order[k++] = s;
      }
    }
    for (int r = 0; r < states; r++) {
      rank[order[r]] = r;
    }
    // The root keeps number 0 (it never has outputs, anchors being non-empty).
    outputs = new int[states][];
    step = new int[states * ALPHABET];
    for (int s = 0; s < states; s++) {
      int r = rank[s];
      outputs[r] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
      for (int c = 0; c < ALPHABET; c++) {
        // Upper-case letters step like lower-case ones, so the scan needs no case folding;
        // targets are pre-multiplied by the alphabet size to save a multiplication.
        int folded = c >= 'A' && c <= 'Z' ? c + 32 : c;
        step[r * ALPHABET + c] = rank[delta[s * ALPHABET + folded]] * ALPHABET;
      }
    }
    firstAccepting = firstOut * ALPHABET;
  }

  private static int[] newRow() {
    int[] row = new int[ALPHABET];
    Arrays.fill(row, -1);
    return row;
  }

  /** Reports every anchor occurrence in {@code text[from, to)} in order of their end positions. */
  public void scan(CharSequence text, int from, int to, Listener listener) {
    if (text instanceof AsciiText a) {
      scanBytes(a.bytes(), a.offset(), from, to, listener);
      return;
    }
    if (text instanceof String s) {
      // String.charAt binds statically and inlines even in the client compiler; an interface
      // call per character was most of a scan's time.
      scanString(s, from, to, listener);
      return;
    }
    int state = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      i++;
      if (c >= ALPHABET) {
        state = 0;
        continue;
      }
      state = step[state + c];
      if (state >= firstAccepting) {
        int resume = report(state, i, listener);
        if (resume > i) {
          i = resume;
          state = 0;
        }
      }
    }
  }

  private void scanString(String text, int from, int to, Listener listener) {
    int[] step = this.step;
    int accepting = firstAccepting;
    int state = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      i++;
      if (c >= ALPHABET) {
        state = 0;
        continue;
      }
      state = step[state + c];
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
    int accepting = firstAccepting;
    int state = 0;
    int i = from;
    while (i < to) {
      int c = b[base + i];
      i++;
      if (c < 0) {
        state = 0;
        continue;
      }
      state = step[state + c];
      if (state >= accepting) {
        int resume = report(state, i, listener);
        if (resume > i) {
          i = resume;
          state = 0;
        }
      }
    }
  }

  /** Reports the anchors ending at {@code i}; returns where to resume (i unless skipping). */
  private int report(int state, int i, Listener listener) {
    for (int h : outputs[state >>> 7]) {
      int resume = listener.onAnchor(h, i - anchorLengths[h], i);
      if (resume > i) {
        return resume;
      }
    }
    return i;
  }
}
