package dev.aispm.scanners.model.pickle;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import dev.aispm.scanners.model.pickle.PickleValue.Bytes;
import dev.aispm.scanners.model.pickle.PickleValue.Call;
import dev.aispm.scanners.model.pickle.PickleValue.Global;
import dev.aispm.scanners.model.pickle.PickleValue.Opaque;
import dev.aispm.scanners.model.pickle.PickleValue.Text;
import dev.aispm.scanners.model.pickle.PickleValue.Tuple;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Replays a pickle's opcodes on a symbolic stack and memo, the way {@code pickle.load} would but
 * without importing or calling anything. Tracking the real stack and memo (rather than looking at
 * the last strings seen) is what makes STACK_GLOBAL operands fetched from the memo, mixed
 * PUT/MEMOIZE numbering and attribute writes on imported objects visible: each was a published
 * bypass of scanners that guessed instead.
 *
 * <p>One instance reads one input, which may hold several pickles back to back (legacy PyTorch
 * files do); findings are emitted as they are found, so a parse error still leaves everything
 * seen before it reported.
 */
final class PickleMachine {
  static final String DANGEROUS_GLOBAL = "model.pickle.dangerous-global";
  static final String SUSPICIOUS_GLOBAL = "model.pickle.suspicious-global";
  static final String UNKNOWN_GLOBAL = "model.pickle.unknown-global";
  static final String UNRESOLVED_GLOBAL = "model.pickle.unresolved-global";
  static final String COMPUTED_CALLABLE = "model.pickle.computed-callable";
  static final String GLOBAL_ATTRIBUTE_WRITE = "model.pickle.global-attribute-write";
  static final String EXTENSION_CODE = "model.pickle.extension-code";

  /** Longest GLOBAL/INST/line operand Python would plausibly accept; longer is hostile. */
  private static final int MAX_LINE = 64 * 1024;
  /** Text kept per string literal: enough for any module or attribute name. */
  private static final int KEEP_TEXT = 4096;
  /** Bytes kept per literal that looks like an embedded pickle, for nested analysis. */
  private static final int KEEP_NESTED = 4 * 1024 * 1024;
  /** Bytes kept per other bytes literal: enough to recognise an embedded pickle header. */
  private static final int KEEP_BYTES = 16;
  private static final int KEEP_TUPLE_ITEMS = 8;
  /** Stack and memo entries; real checkpoints stay far below, hostile ones grow without end. */
  static final int MAX_SLOTS = 4_000_000;
  private static final int MAX_NESTED_DEPTH = 4;
  /** Distinct imports whose verdicts are remembered; hostile files may name millions. */
  private static final int MAX_CACHED_VERDICTS = 4096;

  private static final Set<String> NESTED_LOADERS = Set.of(
      "pickle.loads", "pickle.load", "pickle._loads", "_pickle.loads", "_pickle.load",
      "dill.loads", "cloudpickle.loads", "numpy.loads", "joblib.load", "torch.load",
      "torch.storage._load_from_bytes");

  /**
   * What a run saw; used by the probe that decides whether bytes are a pickle at all.
   * {@code sawGlobalOrCall} means an import of a name off the allowlist, or a call.
   */
  record Outcome(long opcodes, int streams, boolean stopped, boolean sawGlobalOrCall,
      String error, boolean truncated) {
  }

  private final String location;
  private final Consumer<ContentFinding> sink;
  private final long maxOpcodes;
  private final int nestedDepth;
  private final Set<String> reported = new HashSet<>();
  private final Map<String, GlobalVerdict> verdicts = new HashMap<>();

  /**
   * The stack as a plain array and its size: a list's bounds and modification checks, and the
   * copies a sublist makes when a batch of appends is popped, were most of the walk's time on
   * pickles of many small values. Slots above the size are not cleared when a batch is popped
   * (a store per item): they hold values the stack held at its highest, which memory already had
   * to hold then, and are overwritten as the stack grows again.
   */
  private PickleValue[] stack = new PickleValue[64];
  private int size;
  private int[] marks = new int[16];
  private int markCount;
  private PickleValue[] denseMemo = new PickleValue[64];
  private final Map<Long, PickleValue> sparseMemo = new HashMap<>();
  private int memoSize;
  private long opcodes;
  private boolean sawGlobalOrCall;
  /**
   * Set once the stream imports joblib's array wrapper: from then on integers and dict entries
   * are kept, because joblib writes each array's raw bytes straight after the wrapper's BUILD,
   * inside the pickle stream, and only the wrapper's shape and dtype say how many to skip.
   */
  private boolean joblibArrays;

  PickleMachine(String location, Consumer<ContentFinding> sink, long maxOpcodes, int nestedDepth) {
    this.location = location;
    this.sink = sink;
    this.maxOpcodes = maxOpcodes;
    this.nestedDepth = nestedDepth;
  }

  /**
   * Walks every pickle in {@code in}. Parse errors and limits become findings; only a failure to
   * read the underlying stream is thrown.
   */
  Outcome run(InputStream in) throws IOException {
    PickleInput input = new PickleInput(in);
    int streams = 0;
    boolean stopped = false;
    String error = null;
    boolean truncated = false;
    while (true) {
      int first = input.peek();
      if (first < 0) {
        break;
      }
      if (streams > 0 && first != 0x80) {
        // Bytes after a protocol 0/1 pickle are usually raw data; only a binary PROTO header
        // (what legacy PyTorch files use between their pickles) starts another stream.
        break;
      }
      streams++;
      resetStream();
      long start = input.offset();
      try {
        stopped = walk(input);
      } catch (EOFException e) {
        truncated = true;
        error = e.getMessage();
        emit(ModelFindings.unparseable("pickle", location, error));
        break;
      } catch (LimitReached e) {
        error = e.getMessage();
        emit(ModelFindings.limitExceeded("pickle", location, e.limit, e.getMessage()));
        break;
      } catch (MalformedPickle | PickleInput.LineTooLong e) {
        error = e.getMessage();
        emit(ModelFindings.unparseable("pickle", location,
            e.getMessage() + " (stream starting at offset " + start + ")"));
        break;
      }
      if (!stopped) {
        break;
      }
    }
    return new Outcome(opcodes, streams, stopped, sawGlobalOrCall, error, truncated);
  }

  private void resetStream() {
    Arrays.fill(stack, 0, size, null);
    size = 0;
    markCount = 0;
    Arrays.fill(denseMemo, null);
    sparseMemo.clear();
    memoSize = 0;
  }

  /** Runs one pickle to its STOP; returns false if the input ended first. */
  private boolean walk(PickleInput in) throws IOException {
    while (true) {
      if (in.limit - in.pos > SIMPLE_OPERAND + 1) {
        runSimple(in);
      }
      long at = in.offset();
      int op = in.read();
      if (op < 0) {
        throw new EOFException("pickle ended without STOP at offset " + at);
      }
      if (++opcodes > maxOpcodes) {
        throw new LimitReached("maxPickleOpcodes", "more than " + maxOpcodes + " opcodes");
      }
      switch (op) {
        case '(' -> pushMark();
        case '.' -> {
          pop(at);
          return true;
        }
        case '0' -> {
          if (size > currentMarkBase()) {
            pop(at);
          } else {
            popMark(at);
          }
        }
        case '1' -> discardToMark(at);
        case '2' -> push(peek(at));
        case 'F', 'I', 'L' -> {
          in.readLine(MAX_LINE);
          push(Opaque.SCALAR);
        }
        case 'J' -> pushInt(in, 4, true);
        case 'K' -> pushInt(in, 1, false);
        case 'M' -> pushInt(in, 2, false);
        case 'G' -> {
          in.skipShort(8);
          push(Opaque.SCALAR);
        }
        case 0x8a -> {
          in.skip(in.readByte());
          push(Opaque.SCALAR);
        }
        case 0x8b -> {
          long n = in.readLittleEndian(4);
          if (n > Integer.MAX_VALUE) {
            throw new MalformedPickle("LONG4 with negative length at offset " + at);
          }
          in.skip(n);
          push(Opaque.SCALAR);
        }
        case 'N', 0x88, 0x89 -> push(Opaque.SCALAR);
        case 'P' -> {
          in.readLine(MAX_LINE);
          push(Opaque.PERSISTENT);
        }
        case 'Q' -> {
          pop(at);
          push(Opaque.PERSISTENT);
        }
        case 'R' -> {
          PickleValue args = pop(at);
          PickleValue callable = pop(at);
          push(call(callable, args, at));
        }
        case 'S' -> push(text(decodeQuotedString(in.readLine(MAX_LINE), at)));
        case 'T' -> {
          long n = in.readLittleEndian(4);
          if (n > Integer.MAX_VALUE) {
            throw new MalformedPickle("BINSTRING with negative length at offset " + at);
          }
          push(bytesOrText(in, n, true));
        }
        case 'U' -> push(bytesOrText(in, in.readByte(), true));
        case 'V' -> push(text(decodeRawUnicodeEscape(in.readLine(MAX_LINE))));
        case 'X' -> push(bytesOrText(in, in.readLittleEndian(4), true));
        case 0x8c -> push(bytesOrText(in, in.readByte(), true));
        case 0x8d -> push(bytesOrText(in, checkedLength(in.readLittleEndian(8), at), true));
        case 'B' -> push(bytesOrText(in, in.readLittleEndian(4), false));
        case 'C' -> push(bytesOrText(in, in.readByte(), false));
        case 0x8e, 0x96 -> push(bytesOrText(in, checkedLength(in.readLittleEndian(8), at), false));
        case 'a' -> {
          pop(at);
          peek(at);
        }
        case 'e', 0x90 -> {
          discardToMark(at);
          peek(at);
        }
        case 'u' -> {
          if (!joblibArrays) {
            discardToMark(at);
            peek(at);
            continue;
          }
          List<PickleValue> items = popToMark(at);
          PickleValue target = peek(at);
          if (target instanceof PickleValue.Dict) {
            for (int i = 0; i + 1 < items.size(); i += 2) {
              setItem(target, items.get(i), items.get(i + 1));
            }
          }
        }
        case 's' -> {
          PickleValue value = pop(at);
          PickleValue key = pop(at);
          PickleValue target = peek(at);
          if (joblibArrays) {
            setItem(target, key, value);
          }
        }
        case 'b' -> build(in, at);
        case 'c' -> {
          String module = line(in, at);
          String name = line(in, at);
          push(importGlobal(module, name, at, "GLOBAL"));
        }
        case 'i' -> {
          String module = line(in, at);
          String name = line(in, at);
          Global cls = importGlobal(module, name, at, "INST");
          List<PickleValue> args = popToMark(at);
          push(call(cls, new Tuple(firstItems(args)), at));
        }
        case 0x93 -> {
          PickleValue name = pop(at);
          PickleValue module = pop(at);
          push(stackGlobal(module, name, at));
        }
        case 'o' -> {
          List<PickleValue> items = popToMark(at);
          if (items.isEmpty()) {
            throw new MalformedPickle("OBJ without a class at offset " + at);
          }
          push(call(items.get(0), new Tuple(firstItems(items.subList(1, items.size()))), at));
        }
        case 0x81 -> {
          PickleValue args = pop(at);
          PickleValue cls = pop(at);
          push(call(cls, args, at));
        }
        case 0x92 -> {
          pop(at);
          PickleValue args = pop(at);
          PickleValue cls = pop(at);
          push(call(cls, args, at));
        }
        case 'd', 0x91 -> {
          discardToMark(at);
          push(op == 'd' ? Opaque.DICT : Opaque.SET);
        }
        case 'l' -> {
          discardToMark(at);
          push(Opaque.LIST);
        }
        case 't' -> push(new Tuple(firstItems(popToMark(at))));
        case ')' -> push(new Tuple(List.of()));
        case 0x85 -> push(new Tuple(List.of(pop(at))));
        case 0x86 -> {
          PickleValue b = pop(at);
          PickleValue a = pop(at);
          push(new Tuple(List.of(a, b)));
        }
        case 0x87 -> {
          PickleValue c = pop(at);
          PickleValue b = pop(at);
          PickleValue a = pop(at);
          push(new Tuple(List.of(a, b, c)));
        }
        case '}' -> push(joblibArrays ? new PickleValue.Dict(new HashMap<>()) : Opaque.DICT);
        case ']' -> push(Opaque.LIST);
        case 0x8f -> push(Opaque.SET);
        case 'g' -> push(memoGet(parseDecimal(in.readLine(MAX_LINE), at), at));
        case 'h' -> push(memoGet(in.readByte(), at));
        case 'j' -> push(memoGet(in.readLittleEndian(4), at));
        case 'p' -> memoPut(parseDecimal(in.readLine(MAX_LINE), at), at);
        case 'q' -> memoPut(in.readByte(), at);
        case 'r' -> memoPut(in.readLittleEndian(4), at);
        case 0x94 -> memoPut(memoSize, at);
        case 0x80 -> {
          int proto = in.readByte();
          if (proto > 5) {
            throw new MalformedPickle("unsupported pickle protocol " + proto + " at offset " + at);
          }
        }
        case 0x95 -> in.skip(8);
        case 0x82, 0x83, 0x84 -> {
          long code = op == 0x82 ? in.readByte() : in.readLittleEndian(op == 0x83 ? 2 : 4);
          report(EXTENSION_CODE, Severity.MEDIUM, "ext:" + code,
              "Pickle imports a global through extension code " + code
                  + ", resolved from the loader's copyreg registry rather than named in the file",
              "offset", Long.toString(at), "code", Long.toString(code));
          sawGlobalOrCall = true;
          push(new Global("<extension>", Long.toString(code), false));
        }
        case 0x97 -> push(Opaque.BUFFER);
        case 0x98 -> peek(at);
        default -> throw new MalformedPickle("unknown opcode 0x" + hexByte(op) + " at offset " + at);
      }
    }
  }

  /**
   * An opcode as two hex digits. Not {@code String.format}: its first use in a process loads the
   * locale data, several milliseconds that every scan of a non-pickle file paid, since the pickle
   * probe of a text file usually ends at an unknown opcode.
   */
  private static String hexByte(int op) {
    String hex = Integer.toHexString(op & 0xff);
    return hex.length() == 1 ? "0" + hex : hex;
  }

  /** The longest operand of the opcodes {@link #runSimple} handles. */
  private static final int SIMPLE_OPERAND = 8;

  /**
   * Runs the opcodes that make up the bulk of large pickles (small numbers, marks, batches of
   * list and dict items, memo writes and reads) straight from the input's buffer, without a call
   * or an object per opcode, and returns at the first one that needs more: another opcode, an
   * operand past the buffer, a joblib stream (which keeps numbers), a stack or memo that has to
   * grow, or anything that would fail. Each opcode does exactly what its step in {@link #walk}
   * does, and what could fail is left to that step, so errors and their offsets are the same.
   */
  private void runSimple(PickleInput in) {
    byte[] b = in.buf;
    int p = in.pos;
    int end = in.limit - SIMPLE_OPERAND;
    long n = opcodes;
    long max = maxOpcodes;
    PickleValue[] s = stack;
    int top = size;
    loop:
    while (p < end && n < max) {
      int op = b[p] & 0xff;
      int base = markCount == 0 ? 0 : marks[markCount - 1];
      switch (op) {
        case 'K', 'M', 'J', 'G', 'N', 0x88, 0x89, ']', '}' -> {
          if (top == s.length || joblibArrays && (op == 'K' || op == 'M' || op == 'J' || op == '}')) {
            break loop;
          }
          PickleValue pushed = op == ']' ? Opaque.LIST : op == '}' ? Opaque.DICT : Opaque.SCALAR;
          int width = op == 'K' ? 2 : op == 'M' ? 3 : op == 'J' ? 5 : op == 'G' ? 9 : 1;
          // A list of numbers is a run of the same push; it goes on here, without the dispatch
          // and its tests, under the loop's own bounds and the one above. A slot is written only
          // if it holds something else: after the first batch of a list, the slots above the
          // stack already hold the same value (see the stack's comment), and a checked store of
          // an interface type into an array costs several times a load and a comparison.
          // Compared as the byte it is: NEWTRUE and NEWFALSE are negative as bytes.
          byte code = b[p];
          int t = top;
          // The opcode limit may be as large as a long goes: compared as a count, not a sum.
          int last = max - n >= s.length - top ? s.length : top + (int) (max - n);
          while (p < end && t < last && b[p] == code) {
            if (s[t] != pushed) {
              s[t] = pushed;
            }
            t++;
            p += width;
          }
          n += t - top;
          top = t;
          continue;
        }
        case '(' -> {
          if (markCount == marks.length) {
            break loop;
          }
          marks[markCount++] = top;
          p++;
        }
        case 'e', 0x90, 'u' -> {
          // Pops to the mark; the container below it must remain.
          int below = markCount >= 2 ? marks[markCount - 2] : 0;
          if (markCount == 0 || base <= below || op == 'u' && joblibArrays) {
            break loop;
          }
          top = base;
          markCount--;
          p++;
        }
        case 'a', 's' -> {
          int popped = op == 'a' ? 1 : 2;
          if (top - popped <= base || op == 's' && joblibArrays) {
            break loop;
          }
          top -= popped;
          p++;
        }
        case 'q', 0x94 -> {
          long index = op == 'q' ? b[p + 1] & 0xff : memoSize;
          if (top <= base || index >= denseMemo.length) {
            break loop;
          }
          if (denseMemo[(int) index] == null && !sparseMemo.containsKey(index)) {
            memoSize++;
          }
          denseMemo[(int) index] = s[top - 1];
          p += op == 'q' ? 2 : 1;
        }
        case 'h' -> {
          int index = b[p + 1] & 0xff;
          if (top == s.length || index >= denseMemo.length || denseMemo[index] == null) {
            break loop;
          }
          s[top++] = denseMemo[index];
          p += 2;
        }
        default -> {
          break loop;
        }
      }
      n++;
    }
    in.pos = p;
    opcodes = n;
    size = top;
  }

  private Global importGlobal(String module, String name, long at, String opcode) {
    if (!isIdentifierPath(module) || !isIdentifierPath(name)) {
      // The loader cannot import such a name, so nothing ran; counting it as an import would
      // make any text line starting with 'c' look like a protocol 0 pickle.
      throw new MalformedPickle(opcode + " operand is not a Python name at offset " + at);
    }
    // Importing an allowlisted name runs nothing of note; only the rest makes broken text
    // count as a pickle whose payload may have run before it broke.
    if (judge(module, name, at, opcode) != GlobalVerdict.Kind.SAFE) {
      sawGlobalOrCall = true;
    }
    return imported(new Global(PickleGlobalPolicy.normalizeModule(module), name, true));
  }

  private PickleValue stackGlobal(PickleValue module, PickleValue name, long at) {
    if (module instanceof Text m && name instanceof Text n && !m.truncated() && !n.truncated()) {
      if (judge(m.value(), n.value(), at, "STACK_GLOBAL") != GlobalVerdict.Kind.SAFE) {
        sawGlobalOrCall = true;
      }
      return imported(new Global(PickleGlobalPolicy.normalizeModule(m.value()), n.value(), true));
    }
    sawGlobalOrCall = true;
    String described = describe(module) + " / " + describe(name);
    report(UNRESOLVED_GLOBAL, Severity.HIGH, "unresolved:" + at,
        "Pickle imports a global whose module or name is computed at load time (" + described
            + "), which hides what it calls",
        "offset", Long.toString(at), "operands", described);
    return new Global("?", "?", false);
  }

  private GlobalVerdict.Kind judge(String module, String name, long at, String opcode) {
    // Checkpoints import the same few names thousands of times; judge each pair once.
    GlobalVerdict verdict = verdicts.size() < MAX_CACHED_VERDICTS
        ? verdicts.computeIfAbsent(module + "\n" + name,
            k -> PickleGlobalPolicy.classify(module, name))
        : PickleGlobalPolicy.classify(module, name);
    String qualified = module + "." + name;
    switch (verdict.kind()) {
      case DANGEROUS -> report(DANGEROUS_GLOBAL, Severity.CRITICAL, qualified,
          "Pickle imports " + qualified + " (" + verdict.reason()
              + "), which runs when the model is loaded",
          "global", qualified, "opcode", opcode, "offset", Long.toString(at),
          "reason", verdict.reason());
      case SUSPICIOUS -> report(SUSPICIOUS_GLOBAL, Severity.HIGH, qualified,
          "Pickle imports " + qualified + " (" + verdict.reason() + ")",
          "global", qualified, "opcode", opcode, "offset", Long.toString(at),
          "reason", verdict.reason());
      case UNKNOWN -> report(UNKNOWN_GLOBAL, Severity.HIGH, qualified,
          "Pickle imports " + qualified + ", which is not on the model-file allowlist ("
              + verdict.reason() + "); loading runs whatever it does",
          "global", qualified, "opcode", opcode, "offset", Long.toString(at),
          "reason", verdict.reason());
      case SAFE -> {
      }
    }
    return verdict.kind();
  }

  private PickleValue call(PickleValue callable, PickleValue args, long at) {
    sawGlobalOrCall = true;
    if (callable instanceof Global g) {
      if (g.resolved() && NESTED_LOADERS.contains(g.qualified())) {
        analyseNested(firstArg(args), at, true);
      }
      PickleValue computed = evaluatePure(g, args);
      if (computed != null) {
        return computed;
      }
    } else {
      report(COMPUTED_CALLABLE, Severity.HIGH, "computed:" + at,
          "Pickle calls an object produced by another call (" + describe(callable)
              + "), the shape of getattr and import-chain payloads",
          "offset", Long.toString(at), "callable", describe(callable));
    }
    return new Call(callable, args, at);
  }

  /**
   * Evaluates the few pure helpers that turn text into bytes, so that a nested pickle passed
   * through them (protocol 2 writes bytes as {@code _codecs.encode(text, 'latin1')}) is still
   * analysed.
   */
  private static PickleValue evaluatePure(Global g, PickleValue args) {
    PickleValue first = firstArg(args);
    if (!(first instanceof Text t) || t.truncated()) {
      return null;
    }
    String q = g.qualified();
    try {
      if (q.equals("_codecs.encode") || q.equals("codecs.encode")) {
        byte[] data = t.value().getBytes(StandardCharsets.ISO_8859_1);
        return new Bytes(data, data.length);
      }
      if (q.equals("base64.b64decode") || q.equals("base64.standard_b64decode")
          || q.equals("binascii.a2b_base64")) {
        byte[] data = java.util.Base64.getMimeDecoder().decode(t.value());
        return new Bytes(data, data.length);
      }
      if (q.equals("base64.urlsafe_b64decode")) {
        byte[] data = java.util.Base64.getUrlDecoder().decode(t.value().strip());
        return new Bytes(data, data.length);
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  private void build(PickleInput in, long at) throws IOException {
    PickleValue state = pop(at);
    PickleValue target = peek(at);
    if (target instanceof Global g) {
      // BUILD on an imported class, function or module sets attributes on it for everyone:
      // real checkpoints only BUILD objects they have just created.
      report(GLOBAL_ATTRIBUTE_WRITE, Severity.HIGH, "build:" + g.qualified(),
          "Pickle sets attributes on the imported object " + g.qualified()
              + " at load time, which can redirect later imports",
          "global", g.qualified(), "offset", Long.toString(at));
    } else if (joblibArrays && target instanceof Call c && isArrayWrapper(c.callable())) {
      readJoblibArray(in, state, at);
    }
  }

  private Global imported(Global g) {
    if (isArrayWrapper(g)) {
      joblibArrays = true;
    }
    return g;
  }

  private static boolean isArrayWrapper(PickleValue v) {
    return v instanceof Global g && g.resolved() && g.name().equals("NumpyArrayWrapper")
        && (g.module().equals("joblib.numpy_pickle")
            || g.module().equals("sklearn.externals.joblib.numpy_pickle"));
  }

  private void pushInt(PickleInput in, int width, boolean signed) throws IOException {
    if (!joblibArrays) {
      in.skipShort(width);
      push(Opaque.SCALAR);
      return;
    }
    long v = in.readLittleEndian(width);
    push(new PickleValue.Int(signed ? (int) v : v));
  }

  private static void setItem(PickleValue target, PickleValue key, PickleValue value) {
    if (target instanceof PickleValue.Dict d && key instanceof Text t && d.entries().size() < 64) {
      d.entries().put(t.value(), value);
    }
  }

  /**
   * Skips the array joblib wrote after a wrapper's BUILD, as joblib's loader reads it: an
   * alignment padding when the state names one, then shape x itemsize raw bytes, or for object
   * arrays a complete nested pickle, which is analysed like the outer one.
   */
  private void readJoblibArray(PickleInput in, PickleValue state, long at) throws IOException {
    if (!(state instanceof PickleValue.Dict d)) {
      throw new MalformedPickle("joblib array wrapper without its state at offset " + at);
    }
    String dtype = dtypeCode(d.entries().get("dtype"));
    PickleValue shape = d.entries().get("shape");
    if (dtype == null || !(shape instanceof Tuple dims)) {
      throw new MalformedPickle("joblib array wrapper without a readable shape and dtype at offset "
          + at);
    }
    if (dtype.startsWith("O")) {
      PickleMachine inline = new PickleMachine(location + "#joblib@" + at, sink,
          maxOpcodes - opcodes, nestedDepth + 1);
      if (nestedDepth + 1 > MAX_NESTED_DEPTH) {
        throw new LimitReached("nested pickle depth", "joblib object array at offset " + at
            + " is more than " + MAX_NESTED_DEPTH + " levels deep");
      }
      inline.walk(in);
      opcodes += inline.opcodes;
      return;
    }
    long itemSize = itemSize(dtype);
    long count = 1;
    for (PickleValue dim : dims.items()) {
      if (!(dim instanceof PickleValue.Int n) || n.value() < 0 || itemSize < 0) {
        throw new MalformedPickle("joblib array wrapper with an unreadable shape or dtype '"
            + dtype + "' at offset " + at);
      }
      try {
        count = Math.multiplyExact(count, n.value());
      } catch (ArithmeticException e) {
        throw new MalformedPickle("joblib array size overflows at offset " + at);
      }
    }
    if (dims.items().size() == KEEP_TUPLE_ITEMS) {
      throw new MalformedPickle("joblib array with more dimensions than kept at offset " + at);
    }
    if (d.entries().get("numpy_array_alignment_bytes") instanceof PickleValue.Int) {
      in.skip(in.readByte());
    }
    try {
      in.skip(Math.multiplyExact(count, itemSize));
    } catch (ArithmeticException e) {
      throw new MalformedPickle("joblib array size overflows at offset " + at);
    }
  }

  /** The type string of {@code numpy.dtype('<f8', ...)}, without its byte-order mark. */
  private static String dtypeCode(PickleValue v) {
    if (v instanceof Call c && c.callable() instanceof Global g && g.qualified().equals("numpy.dtype")
        && c.args() instanceof Tuple t && !t.items().isEmpty() && t.items().get(0) instanceof Text x) {
      String code = x.value();
      return code.isEmpty() ? null : "<>|=".indexOf(code.charAt(0)) >= 0 ? code.substring(1) : code;
    }
    return null;
  }

  /** Bytes per element of a NumPy type string such as {@code f8}, {@code U12}, {@code M8[ns]}. */
  private static long itemSize(String code) {
    int end = 1;
    while (end < code.length() && Character.isDigit(code.charAt(end))) {
      end++;
    }
    if (end == 1 || end > 10) {
      return "?b".indexOf(code.charAt(0)) >= 0 && end == 1 ? 1 : -1;
    }
    long n = Long.parseLong(code.substring(1, end));
    return code.charAt(0) == 'U' ? n * 4 : n;
  }

  private void analyseNested(PickleValue payload, long at, boolean viaLoader) {
    if (!(payload instanceof Bytes b)) {
      return;
    }
    if (nestedDepth >= MAX_NESTED_DEPTH) {
      emit(ModelFindings.limitExceeded("pickle", location, "nested pickle depth",
          "nested pickle at offset " + at + " is more than " + MAX_NESTED_DEPTH + " levels deep"));
      return;
    }
    String nestedLocation = location + "#pickle@" + at;
    Consumer<ContentFinding> nestedSink = viaLoader ? sink : f -> {
      if (!f.ruleId().equals(ModelFindings.UNPARSEABLE)) {
        sink.accept(f);
      }
    };
    PickleMachine nested = new PickleMachine(nestedLocation, nestedSink, maxOpcodes - opcodes,
        nestedDepth + 1);
    try {
      Outcome outcome = nested.run(new ByteArrayInputStream(b.data()));
      opcodes += outcome.opcodes();
    } catch (IOException e) {
      emit(ModelFindings.unparseable("pickle", nestedLocation, e.getMessage()));
    }
    if (!b.complete()) {
      emit(ModelFindings.limitExceeded("pickle", nestedLocation, "nested pickle bytes kept",
          "only the first " + b.data().length + " of " + b.length() + " bytes were analysed"));
    }
  }

  private PickleValue bytesOrText(PickleInput in, long length, boolean text) throws IOException {
    long at = in.offset();
    if (text) {
      byte[] kept = in.readKeeping(length, KEEP_TEXT);
      return new Text(new String(kept, StandardCharsets.UTF_8), kept.length < length);
    }
    int keep = KEEP_BYTES;
    if (length >= 2 && in.peek() == 0x80) {
      keep = KEEP_NESTED;
    }
    byte[] kept = in.readKeeping(length, keep);
    Bytes bytes = new Bytes(kept, length);
    if (kept.length >= 2 && (kept[0] & 0xff) == 0x80 && kept[1] >= 0 && kept[1] <= 5
        && length <= KEEP_NESTED) {
      // A bytes literal that is itself a pickle is worth a look even when no loader is named
      // yet: the loader may be reached through a computed callable.
      analyseNested(bytes, at, false);
    }
    return bytes;
  }

  private PickleValue text(String s) {
    return s.length() > KEEP_TEXT ? new Text(s.substring(0, KEEP_TEXT), true) : new Text(s, false);
  }

  private String line(PickleInput in, long at) throws IOException {
    byte[] raw = in.readLine(MAX_LINE);
    int end = raw.length;
    if (end > 0 && raw[end - 1] == '\r') {
      end--;
    }
    return new String(raw, 0, end, StandardCharsets.UTF_8);
  }

  private void memoPut(long index, long at) {
    if (index < 0) {
      throw new MalformedPickle("negative memo index at offset " + at);
    }
    PickleValue value = peek(at);
    if (index < denseMemo.length || index < MAX_SLOTS && index <= memoSize + 1024) {
      int i = (int) index;
      if (i >= denseMemo.length) {
        denseMemo = Arrays.copyOf(denseMemo, Math.max(i + 1, denseMemo.length * 2));
      }
      if (denseMemo[i] == null && !sparseMemo.containsKey(index)) {
        memoSize++;
      }
      denseMemo[i] = value;
      return;
    }
    if (memoSize >= MAX_SLOTS) {
      throw new LimitReached("pickle memo entries", "memo grew past " + MAX_SLOTS + " entries");
    }
    if (sparseMemo.put(index, value) == null) {
      memoSize++;
    }
  }

  private PickleValue memoGet(long index, long at) {
    PickleValue v = index >= 0 && index < denseMemo.length ? denseMemo[(int) index]
        : sparseMemo.get(index);
    if (v == null) {
      throw new MalformedPickle("memo key " + index + " read before written at offset " + at);
    }
    return v;
  }

  private void push(PickleValue v) {
    if (size == stack.length) {
      grow();
    }
    stack[size++] = v;
  }

  private void grow() {
    if (size >= MAX_SLOTS) {
      throw new LimitReached("pickle stack entries", "stack grew past " + MAX_SLOTS + " entries");
    }
    stack = Arrays.copyOf(stack, Math.min(MAX_SLOTS, size * 2));
  }

  private PickleValue pop(long at) {
    if (size <= currentMarkBase()) {
      throw new MalformedPickle("stack underflow at offset " + at);
    }
    PickleValue v = stack[--size];
    stack[size] = null;
    return v;
  }

  private PickleValue peek(long at) {
    if (size <= currentMarkBase()) {
      throw new MalformedPickle("stack underflow at offset " + at);
    }
    return stack[size - 1];
  }

  private int currentMarkBase() {
    return markCount == 0 ? 0 : marks[markCount - 1];
  }

  private void pushMark() {
    if (markCount == marks.length) {
      if (markCount >= MAX_SLOTS) {
        throw new LimitReached("pickle stack entries", "more than " + MAX_SLOTS + " marks");
      }
      marks = Arrays.copyOf(marks, markCount * 2);
    }
    marks[markCount++] = size;
  }

  private void popMark(long at) {
    if (markCount == 0) {
      throw new MalformedPickle("POP on an empty stack at offset " + at);
    }
    markCount--;
  }

  private List<PickleValue> popToMark(long at) {
    int base = popMarkBase(at);
    List<PickleValue> items = Arrays.asList(Arrays.copyOfRange(stack, base, size));
    Arrays.fill(stack, base, size, null);
    size = base;
    return items;
  }

  /**
   * Pops down to the topmost mark without keeping the items: what lists, dicts and sets are
   * filled with in batches is never judged, and such batches are most of a large pickle.
   */
  private void discardToMark(long at) {
    size = popMarkBase(at);
  }

  private int popMarkBase(long at) {
    if (markCount == 0) {
      throw new MalformedPickle("no MARK for opcode at offset " + at);
    }
    return marks[--markCount];
  }

  private static List<PickleValue> firstItems(List<PickleValue> items) {
    return List.copyOf(items.subList(0, Math.min(items.size(), KEEP_TUPLE_ITEMS)));
  }

  private static PickleValue firstArg(PickleValue args) {
    return args instanceof Tuple t && !t.items().isEmpty() ? t.items().get(0) : null;
  }

  private static long checkedLength(long n, long at) {
    if (n < 0) {
      throw new MalformedPickle("length operand overflows at offset " + at);
    }
    return n;
  }

  private static long parseDecimal(byte[] raw, long at) {
    String s = new String(raw, StandardCharsets.US_ASCII).trim();
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new MalformedPickle("memo index '" + s + "' is not a number at offset " + at);
    }
  }

  private static String decodeQuotedString(byte[] raw, long at) {
    String s = new String(raw, StandardCharsets.ISO_8859_1).strip();
    if (s.length() < 2 || s.charAt(0) != s.charAt(s.length() - 1)
        || (s.charAt(0) != '\'' && s.charAt(0) != '"')) {
      throw new MalformedPickle("STRING operand is not quoted at offset " + at);
    }
    return unescapePython(s.substring(1, s.length() - 1));
  }

  /** Enough of Python's escape decoding to read module and attribute names written with escapes. */
  private static String unescapePython(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case '\\', '\'', '"' -> out.append(e);
        case 'x' -> {
          if (i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
            out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
            i += 2;
          } else {
            out.append("\\x");
          }
        }
        default -> out.append('\\').append(e);
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  private static String decodeRawUnicodeEscape(byte[] raw) {
    String s = new String(raw, StandardCharsets.ISO_8859_1);
    if (s.indexOf("\\u") < 0 && s.indexOf("\\U") < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int width = 0;
      if (c == '\\' && i + 1 < s.length()) {
        width = s.charAt(i + 1) == 'u' ? 4 : s.charAt(i + 1) == 'U' ? 8 : 0;
      }
      if (width > 0 && i + 2 + width <= s.length()) {
        try {
          out.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 2 + width), 16));
          i += 1 + width;
          continue;
        } catch (IllegalArgumentException e) {
          // not an escape after all: keep the backslash literally
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isIdentifierPath(String s) {
    if (s.isEmpty()) {
      return false;
    }
    boolean segmentStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (segmentStart) {
          return false;
        }
        segmentStart = true;
        continue;
      }
      boolean ok = segmentStart ? Character.isUnicodeIdentifierStart(c) || c == '_'
          : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
      if (!ok) {
        return false;
      }
      segmentStart = false;
    }
    return !segmentStart;
  }

  private static String describe(PickleValue v) {
    if (v instanceof Text t) {
      return "'" + t.value() + "'";
    }
    if (v instanceof Global g) {
      return g.resolved() ? g.qualified() : "unresolved global";
    }
    if (v instanceof Call c) {
      return "result of calling " + describe(c.callable());
    }
    if (v instanceof Bytes) {
      return "bytes";
    }
    if (v instanceof Tuple) {
      return "tuple";
    }
    return v == null ? "nothing" : v.toString().toLowerCase(java.util.Locale.ROOT);
  }

  private void report(String ruleId, Severity severity, String dedupeKey, String message,
      String... details) {
    if (reported.add(ruleId + "|" + dedupeKey)) {
      emit(ModelFindings.finding(ruleId, severity, message, location, details));
    }
  }

  private void emit(ContentFinding f) {
    if (sink != null) {
      sink.accept(f);
    }
  }

  /** The stream is not a well-formed pickle: Python would stop here too. */
  private static final class MalformedPickle extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedPickle(String message) {
      super(message, null, false, false);
    }
  }

  /** A scan limit was hit; {@code limit} names the setting. */
  private static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String limit;

    LimitReached(String limit, String message) {
      super(message, null, false, false);
      this.limit = limit;
    }
  }
}
