package dev.aispm.scanners.model.pickle;

import java.util.List;

/**
 * What the symbolic machine knows about one stack or memo slot. Only what judging callables
 * needs is kept: strings and bytes (operands of STACK_GLOBAL and nested pickles), imported
 * globals, call results and short tuples; every other value is an opaque placeholder.
 */
sealed interface PickleValue {

  /** A text literal; {@code truncated} when longer than what is kept. */
  record Text(String value, boolean truncated) implements PickleValue {
  }

  /** A bytes literal; {@code data} holds at most a prefix of {@code length} bytes. */
  record Bytes(byte[] data, long length) implements PickleValue {
    boolean complete() {
      return data.length == length;
    }
  }

  /** A global as imported by GLOBAL, INST or STACK_GLOBAL; unresolved when computed. */
  record Global(String module, String name, boolean resolved) implements PickleValue {
    String qualified() {
      return module + "." + name;
    }
  }

  /** The result of calling {@code callable} (REDUCE, NEWOBJ, OBJ, INST). */
  record Call(PickleValue callable, PickleValue args, long offset) implements PickleValue {
  }

  /** An integer, kept only while a joblib array wrapper needs shapes (see PickleMachine). */
  record Int(long value) implements PickleValue {
  }

  /** A dict with text keys, kept only while a joblib array wrapper needs its state. */
  record Dict(java.util.Map<String, PickleValue> entries) implements PickleValue {
  }

  /** A tuple with up to its first few items. */
  record Tuple(List<PickleValue> items) implements PickleValue {
  }

  /** Numbers, None, booleans, lists, dicts, sets, persistent ids, buffers. */
  enum Opaque implements PickleValue {
    SCALAR, LIST, DICT, SET, PERSISTENT, BUFFER
  }
}
