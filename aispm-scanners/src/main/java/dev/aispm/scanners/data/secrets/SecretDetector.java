package dev.aispm.scanners.data.secrets;

import dev.aispm.scanners.data.noise.Decoys;
import dev.aispm.scanners.data.noise.InlineImages;
import dev.aispm.scanners.data.search.AnchorIndex;
import dev.aispm.scanners.data.search.AnchoredLines;
import dev.aispm.scanners.data.search.AsciiText;
import dev.aispm.scanners.data.secrets.SecretFormat.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the catalogue over text in one pass. Anchors are found with an Aho-Corasick automaton; only
 * at an anchor does a format's matcher run. Overlapping matches are resolved in favour of the most
 * specific format so that {@code GITHUB_TOKEN=ghp_...} is one GitHub token, not also a generic
 * secret. Inline base64 images ({@code data:image/png;base64,...}) are skipped whole, because
 * random base64 eventually contains every short prefix.
 *
 * <p>Not thread-safe: one detector per scan. The shared index is built once per catalogue.
 */
public final class SecretDetector {

  /** Receives confirmed secrets. The value must not be kept: fingerprint it and drop it. */
  public interface Sink {
    /**
     * @param format     what was found
     * @param text       the scanned text
     * @param valueStart where the secret's value starts in {@code text}
     * @param valueEnd   where it ends (exclusive)
     * @param canonical  the value normalised for fingerprinting (e.g. a PEM body without line
     *                   breaks), or null to use {@code text[valueStart, valueEnd)}
     * @param detail     a format-specific detail such as the PEM key type, or null
     */
    void secret(SecretFormat format, CharSequence text, int valueStart, int valueEnd,
        String canonical, String detail);
  }

  private static final Shared SHARED = new Shared(SecretCatalogue.formats());

  private final Shared shared;
  private final MatchState state = new MatchState();
  private final MatchResult result = new MatchResult();
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<Candidate> accepted = new ArrayList<>();
  /**
   * Named classes rather than lambdas for the callbacks: the first lambda of a process costs
   * milliseconds of linking, a noticeable share of a short command-line scan.
   */
  private final AnchorsIn anchorsIn = new AnchorsIn();
  private final MostSpecificFirst mostSpecificFirst = new MostSpecificFirst();
  private static final AnchorIndex.Skip INLINE_IMAGES = new ImageSkip();

  /** A detector over the built-in catalogue. */
  public SecretDetector() {
    this.shared = SHARED;
  }

  /** The formats this detector knows. */
  public List<SecretFormat> formats() {
    return shared.formats;
  }

  /** Finds every secret in {@code text}. */
  public void detect(CharSequence text, Sink sink) {
    candidates.clear();
    anchorsIn.text = text;
    try {
      shared.index.scan(text, 0, text.length(), anchorsIn);
    } finally {
      anchorsIn.text = null;
    }
    emit(text, sink);
  }

  /**
   * Finds the lines of {@code bytes[from, to)} and the anchors in each in one pass; see
   * {@link AnchorIndex#scanLines}. The detector itself is not used, so any detector will do.
   *
   * @return false if a line was longer than {@code maxLine}
   */
  public boolean markLines(byte[] bytes, int from, int to, int maxLine, AnchoredLines out) {
    return shared.index.scanLines(bytes, from, to, maxLine, out, shared.imageAnchorId,
        INLINE_IMAGES, shared);
  }

  /** The id {@link AnchoredLines} records for {@code anchor} (any case), or -1 if it is none. */
  public int anchorId(String anchor) {
    return shared.anchorIds.getOrDefault(anchor.toLowerCase(java.util.Locale.ROOT), -1);
  }

  /**
   * Finds every secret in line {@code line} of {@code lines}, whose anchors were found already;
   * {@code text} views exactly that line's bytes. Gives the same findings as {@link #detect} on
   * the same text without reading it again (inline images were skipped while marking).
   */
  public void detectMarked(AsciiText text, AnchoredLines lines, int line, Sink sink) {
    candidates.clear();
    int base = text.offset();
    AnchorIndex index = shared.index;
    for (int h = lines.firstHit(line), end = lines.endHit(line); h < end; h++) {
      int start = lines.hitStart(h) - base;
      int anchor = lines.hitAnchor(h);
      onAnchor(text, anchor, start, start + index.anchorLength(anchor));
    }
    emit(text, sink);
  }

  /**
   * {@link #detectMarked} for a line that holds non-ASCII text: {@code text} is the line decoded
   * (valid UTF-8, so every byte sequence became its characters), {@code bytes[lineStart, ...)}
   * the line as the one-pass reading saw it. The recorded anchors are ASCII, so each starts on a
   * character; their byte offsets are turned into character offsets by counting the characters
   * before them. Gives the same findings as {@link #detect} on {@code text} without reading it
   * again: the byte automaton and the character automaton find the same anchors, since neither
   * lets an anchor span a non-ASCII character.
   */
  public void detectMarked(String text, byte[] bytes, int lineStart, AnchoredLines lines, int line,
      Sink sink) {
    candidates.clear();
    AnchorIndex index = shared.index;
    int bytePos = lineStart;
    int charPos = 0;
    for (int h = lines.firstHit(line), end = lines.endHit(line); h < end; h++) {
      int target = lines.hitStart(h);
      if (target < bytePos) {
        // Occurrences come in order of their ends, so a longer one may start further back.
        bytePos = lineStart;
        charPos = 0;
      }
      while (bytePos < target) {
        int c = bytes[bytePos++] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          // A lead byte starts one character, or two (a surrogate pair) for four-byte sequences.
          charPos += c >= 0xF0 ? 2 : 1;
        }
      }
      int anchor = lines.hitAnchor(h);
      onAnchor(text, anchor, charPos, charPos + index.anchorLength(anchor));
    }
    emit(text, sink);
  }

  /**
   * Finds secrets in a value whose name is known apart from it (a JSON field, a CSV column): the
   * value is scanned as text, and the formats that need a keyword also consider the name.
   */
  public void detectNamed(String name, String value, Sink sink) {
    candidates.clear();
    anchorsIn.text = value;
    try {
      shared.index.scan(value, 0, value.length(), anchorsIn);
    } finally {
      anchorsIn.text = null;
    }
    if (name != null && !name.isEmpty() && value.length() >= 8) {
      boolean[] tried = new boolean[shared.formats.size()];
      shared.index.scan(name, 0, name.length(), (anchorId, start, end) -> {
        for (int fi : shared.formatsByAnchor[anchorId]) {
          SecretFormat f = shared.formats.get(fi);
          if (tried[fi] || f.kind() == Kind.STRUCTURED) {
            continue;
          }
          tried[fi] = true;
          if (f.matcher().matchValue(name, value, state, result)) {
            addCandidate(fi, value);
          }
        }
        return end;
      });
    }
    emit(value, sink);
  }

  private int onAnchor(CharSequence text, int anchorId, int start, int end) {
    if (anchorId == shared.imageAnchorId) {
      return InlineImages.payloadEnd(text, start, end);
    }
    for (int fi : shared.formatsByAnchor[anchorId]) {
      SecretFormat f = shared.formats.get(fi);
      if (f.matcher().match(text, start, end, state, result)) {
        addCandidate(fi, text);
      }
    }
    return end;
  }

  private void addCandidate(int formatIndex, CharSequence text) {
    SecretFormat f = shared.formats.get(formatIndex);
    String canonical = result.canonical;
    String value = canonical != null ? canonical
        : text.subSequence(result.valueStart, result.valueEnd).toString();
    if (Decoys.isDocumentedExample(value)) {
      return;
    }
    if (f.kind() == Kind.STRUCTURED && value.length() >= 16 && Entropy.bitsPerChar(value) < 2.5) {
      return;
    }
    if (candidates.size() < 10_000) {
      candidates.add(new Candidate(formatIndex, result.spanStart, result.spanEnd, result.valueStart,
          result.valueEnd, canonical, result.detail));
    }
  }

  private void emit(CharSequence text, Sink sink) {
    if (candidates.isEmpty()) {
      return;
    }
    if (candidates.size() > 1) {
      candidates.sort(mostSpecificFirst);
    }
    accepted.clear();
    for (Candidate c : candidates) {
      boolean overlaps = false;
      for (Candidate a : accepted) {
        if (c.valueStart < a.valueEnd && a.valueStart < c.valueEnd) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        accepted.add(c);
      }
    }
    if (accepted.size() > 1) {
      accepted.sort(BY_POSITION);
    }
    for (Candidate c : accepted) {
      sink.secret(shared.formats.get(c.format), text, c.valueStart, c.valueEnd, c.canonical, c.detail);
    }
    candidates.clear();
    accepted.clear();
  }

  private record Candidate(int format, int spanStart, int spanEnd, int valueStart, int valueEnd,
      String canonical, String detail) {}

  /** Runs the matchers of each anchor found in {@link #text}. */
  private final class AnchorsIn implements AnchorIndex.Listener {
    CharSequence text;

    @Override
    public int onAnchor(int anchorId, int start, int end) {
      return SecretDetector.this.onAnchor(text, anchorId, start, end);
    }
  }

  /** Structured formats before generic ones, then longer matches before shorter ones. */
  private final class MostSpecificFirst implements java.util.Comparator<Candidate> {
    @Override
    public int compare(Candidate a, Candidate b) {
      Kind ka = shared.formats.get(a.format).kind();
      Kind kb = shared.formats.get(b.format).kind();
      if (ka != kb) {
        return kb.compareTo(ka);
      }
      return Integer.compare(b.spanEnd - b.spanStart, a.spanEnd - a.spanStart);
    }
  }

  private static final java.util.Comparator<Candidate> BY_POSITION = new ByPosition();

  /** Accepted matches in text order. */
  private static final class ByPosition implements java.util.Comparator<Candidate> {
    @Override
    public int compare(Candidate a, Candidate b) {
      return Integer.compare(a.valueStart, b.valueStart);
    }
  }

  /** The inline-image skip of the one-pass line reading. */
  private static final class ImageSkip implements AnchorIndex.Skip {
    @Override
    public int resume(byte[] b, int lineStart, int start, int end, int limit) {
      return InlineImages.payloadEnd(b, lineStart, start, end, limit);
    }
  }

  /**
   * The immutable part: formats, anchors and the automaton, built once. As the filter of the
   * anchor pass it keeps an occurrence if any format of its anchor may match there.
   */
  private static final class Shared implements AnchorIndex.HitFilter {
    final List<SecretFormat> formats;
    final AnchorIndex index;
    final int[][] formatsByAnchor;
    /** Per anchor, its formats' preconditions; null where one of them has none. */
    final AsciiPrecondition[][] preconditions;
    final int imageAnchorId;
    final Map<String, Integer> anchorIds = new HashMap<>();

    Shared(List<SecretFormat> formats) {
      this.formats = formats;
      Map<String, List<Integer>> byAnchor = new HashMap<>();
      List<String> anchors = new ArrayList<>();
      for (int i = 0; i < formats.size(); i++) {
        for (String a : formats.get(i).anchors()) {
          String key = a.toLowerCase(java.util.Locale.ROOT);
          List<Integer> list = byAnchor.get(key);
          if (list == null) {
            list = new ArrayList<>();
            byAnchor.put(key, list);
            anchors.add(key);
          }
          if (!list.contains(i)) {
            list.add(i);
          }
        }
      }
      imageAnchorId = anchors.size();
      anchors.add(InlineImages.MARKER);
      index = new AnchorIndex(anchors);
      for (int a = 0; a < anchors.size(); a++) {
        anchorIds.put(anchors.get(a), a);
      }
      formatsByAnchor = new int[anchors.size()][];
      for (int a = 0; a < anchors.size(); a++) {
        List<Integer> list = byAnchor.getOrDefault(anchors.get(a), List.of());
        int[] ids = new int[list.size()];
        for (int k = 0; k < ids.length; k++) {
          ids[k] = list.get(k);
        }
        formatsByAnchor[a] = ids;
      }
      preconditions = new AsciiPrecondition[anchors.size()][];
      for (int a = 0; a < anchors.size(); a++) {
        preconditions[a] = preconditionsOf(formatsByAnchor[a]);
      }
    }

    /** The formats' preconditions, or null if one has none (or there are no formats). */
    private AsciiPrecondition[] preconditionsOf(int[] formatIds) {
      if (formatIds.length == 0) {
        // The image anchor: its occurrences go to the skip, never to a filter.
        return null;
      }
      AsciiPrecondition[] tests = new AsciiPrecondition[formatIds.length];
      for (int k = 0; k < tests.length; k++) {
        tests[k] = formats.get(formatIds[k]).matcher().asciiPrecondition();
        if (tests[k] == null) {
          return null;
        }
      }
      return tests;
    }

    @Override
    public boolean keep(int anchorId, byte[] b, int start, int end, int limit) {
      AsciiPrecondition[] tests = preconditions[anchorId];
      if (tests == null) {
        return true;
      }
      for (AsciiPrecondition test : tests) {
        if (test.mayMatch(b, start, end, limit)) {
          return true;
        }
      }
      return false;
    }
  }
}
