package dev.aispm.scanners.model.pickle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes pickle opcodes byte by byte, so tests craft exactly the streams real payloads and real
 * checkpoints contain (including ones Python's pickler would never emit) without running Python.
 * Opcode bytes and operand encodings follow CPython's Lib/pickle.py.
 */
public final class PickleBuilder {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public PickleBuilder proto(int version) {
    return op(0x80).op(version);
  }

  /** FRAME with a length operand; the length is not checked by loaders that ignore framing. */
  public PickleBuilder frame(long length) {
    op(0x95);
    return le(length, 8);
  }

  /** GLOBAL (protocol 0+): module and name as newline-terminated lines. */
  public PickleBuilder global(String module, String name) {
    return op('c').text(module + "\n" + name + "\n");
  }

  /** INST (protocol 0): imports and calls with the items since the last MARK. */
  public PickleBuilder inst(String module, String name) {
    return op('i').text(module + "\n" + name + "\n");
  }

  public PickleBuilder stackGlobal() {
    return op(0x93);
  }

  /** SHORT_BINUNICODE for short text, BINUNICODE otherwise. */
  public PickleBuilder unicode(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length < 256) {
      op(0x8c).op(b.length);
    } else {
      op('X');
      le(b.length, 4);
    }
    out.writeBytes(b);
    return this;
  }

  /** UNICODE (protocol 0): raw-unicode-escape text up to a newline. */
  public PickleBuilder unicodeLine(String s) {
    return op('V').text(s + "\n");
  }

  /** STRING (protocol 0): a quoted Python string literal. */
  public PickleBuilder stringLine(String quoted) {
    return op('S').text(quoted + "\n");
  }

  /** SHORT_BINBYTES or BINBYTES. */
  public PickleBuilder bytes(byte[] b) {
    if (b.length < 256) {
      op('C').op(b.length);
    } else {
      op('B');
      le(b.length, 4);
    }
    out.writeBytes(b);
    return this;
  }

  /** BINBYTES8 claiming {@code length} bytes without writing them (for hostile lengths). */
  public PickleBuilder bytes8Header(long length) {
    op(0x8e);
    return le(length, 8);
  }

  public PickleBuilder binint1(int v) {
    return op('K').op(v);
  }

  public PickleBuilder intLine(long v) {
    return op('I').text(v + "\n");
  }

  public PickleBuilder none() {
    return op('N');
  }

  public PickleBuilder newTrue() {
    return op(0x88);
  }

  public PickleBuilder mark() {
    return op('(');
  }

  public PickleBuilder tuple() {
    return op('t');
  }

  public PickleBuilder tuple1() {
    return op(0x85);
  }

  public PickleBuilder tuple2() {
    return op(0x86);
  }

  public PickleBuilder tuple3() {
    return op(0x87);
  }

  public PickleBuilder emptyTuple() {
    return op(')');
  }

  public PickleBuilder emptyDict() {
    return op('}');
  }

  public PickleBuilder emptyList() {
    return op(']');
  }

  public PickleBuilder dict() {
    return op('d');
  }

  public PickleBuilder setItem() {
    return op('s');
  }

  public PickleBuilder setItems() {
    return op('u');
  }

  public PickleBuilder append() {
    return op('a');
  }

  public PickleBuilder appends() {
    return op('e');
  }

  public PickleBuilder reduce() {
    return op('R');
  }

  public PickleBuilder build() {
    return op('b');
  }

  public PickleBuilder newObj() {
    return op(0x81);
  }

  public PickleBuilder obj() {
    return op('o');
  }

  public PickleBuilder pop() {
    return op('0');
  }

  public PickleBuilder binPersId() {
    return op('Q');
  }

  public PickleBuilder memoize() {
    return op(0x94);
  }

  public PickleBuilder binput(int i) {
    return op('q').op(i);
  }

  public PickleBuilder longBinput(long i) {
    op('r');
    return le(i, 4);
  }

  public PickleBuilder put(long i) {
    return op('p').text(i + "\n");
  }

  public PickleBuilder binget(int i) {
    return op('h').op(i);
  }

  public PickleBuilder longBinget(long i) {
    op('j');
    return le(i, 4);
  }

  public PickleBuilder get(long i) {
    return op('g').text(i + "\n");
  }

  public PickleBuilder ext1(int code) {
    return op(0x82).op(code);
  }

  public PickleBuilder stop() {
    return op('.');
  }

  /** Any raw byte, e.g. an opcode no protocol defines. */
  public PickleBuilder op(int b) {
    out.write(b);
    return this;
  }

  public PickleBuilder raw(byte[] b) {
    out.writeBytes(b);
    return this;
  }

  private PickleBuilder text(String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  private PickleBuilder le(long v, int width) {
    for (int i = 0; i < width; i++) {
      out.write((int) (v >>> (8 * i)) & 0xff);
    }
    return this;
  }

  public byte[] toBytes() {
    return out.toByteArray();
  }

  /** {@code os.system('id')} as protocol 0 writes it: the classic payload. */
  public static byte[] osSystemProtocol0() {
    return new PickleBuilder().global("os", "system").mark().unicodeLine("id").tuple().reduce()
        .stop().toBytes();
  }

  /** {@code posix.system('id')} the way protocol 4 writes it, with STACK_GLOBAL and MEMOIZE. */
  public static byte[] systemProtocol4() {
    return new PickleBuilder().proto(4).frame(30).unicode("posix").memoize().unicode("system")
        .memoize().stackGlobal().memoize().unicode("id").memoize().tuple1().memoize().reduce()
        .memoize().stop().toBytes();
  }

  /**
   * A PyTorch state dict as {@code torch.save} writes data.pkl (protocol 2): an OrderedDict of
   * tensors rebuilt by {@code torch._utils._rebuild_tensor_v2} from persistent storage ids.
   */
  public static byte[] torchStateDict() {
    PickleBuilder p = new PickleBuilder().proto(2)
        .global("collections", "OrderedDict").memoize().emptyTuple().reduce().memoize()
        .mark();
    for (int i = 0; i < 2; i++) {
      p.unicode(i == 0 ? "fc.weight" : "fc.bias")
          .global("torch._utils", "_rebuild_tensor_v2")
          .mark()
          .mark().unicode("storage").global("torch", "FloatStorage").unicode(Integer.toString(i))
          .unicode("cpu").binint1(4).tuple().binPersId()
          .binint1(0).mark().binint1(2).binint1(2).tuple().mark().binint1(2).binint1(1).tuple()
          .op(0x89)
          .global("collections", "OrderedDict").emptyTuple().reduce()
          .tuple().reduce();
    }
    return p.setItems().stop().toBytes();
  }

  /**
   * A scikit-learn LogisticRegression as joblib/pickle protocol 2 writes it: copyreg
   * reconstruction of the estimator, a state dict, and NumPy arrays via _reconstruct with their
   * raw bytes encoded by {@code _codecs.encode(text, 'latin1')}.
   */
  public static byte[] sklearnLogisticRegression() {
    return new PickleBuilder().proto(2)
        .global("sklearn.linear_model._logistic", "LogisticRegression").memoize()
        .emptyTuple().newObj().memoize()
        .emptyDict().memoize().mark()
        .unicode("penalty").unicode("l2")
        .unicode("C").op('G').raw(new byte[] {0x3f, (byte) 0xf0, 0, 0, 0, 0, 0, 0})
        .unicode("coef_")
        .global("numpy.core.multiarray", "_reconstruct")
        .global("numpy", "ndarray").binint1(0).tuple1()
        .global("_codecs", "encode").unicode("b").unicode("latin1").tuple2().reduce()
        .tuple3().reduce()
        .mark().binint1(1).binint1(1).binint1(4).tuple2()
        .global("numpy", "dtype").unicode("f8").binint1(0).binint1(1).tuple3().reduce()
        .mark().binint1(3).unicode("<").none().none().none().op('J').raw(new byte[] {-1, -1, -1, -1})
        .op('J').raw(new byte[] {-1, -1, -1, -1}).binint1(0).tuple().build()
        .op(0x89)
        .global("_codecs", "encode").unicode("\u0000\u0000\u0000\u0000\u0000\u0000\u00f0?")
        .unicode("latin1").tuple2().reduce()
        .tuple().build()
        .setItems().build().stop().toBytes();
  }

  /** NumPy's {@code dtype(code)} with its BUILD state, as ndarray pickles write it. */
  private PickleBuilder numpyDtype(String code) {
    return global("numpy", "dtype").unicode(code).binint1(0).binint1(1).tuple3().reduce()
        .mark().binint1(3).unicode("<").none().none().none().op('J')
        .raw(new byte[] {-1, -1, -1, -1}).op('J').raw(new byte[] {-1, -1, -1, -1}).binint1(0)
        .tuple().build();
  }

  /** A 1-D float64 array of {@code n} zeros via {@code _reconstruct}, as protocol 2 writes it. */
  private PickleBuilder numpyArray(int n) {
    return global("numpy.core.multiarray", "_reconstruct").global("numpy", "ndarray")
        .binint1(0).tuple1().global("_codecs", "encode").unicode("b").unicode("latin1").tuple2()
        .reduce().tuple3().reduce()
        .mark().binint1(1).binint1(n).tuple1().numpyDtype("f8").op(0x89)
        .global("_codecs", "encode").unicode("\u0000".repeat(8 * n)).unicode("latin1").tuple2()
        .reduce().tuple().build();
  }

  /** An array as NumPy 1.x writes it with protocol 5: {@code _frombuffer(bytes, dtype, shape, order)}. */
  public static byte[] numpyArrayProtocol5() {
    return new PickleBuilder().proto(5).frame(80)
        .unicode("numpy.core.numeric").memoize().unicode("_frombuffer").memoize().stackGlobal()
        .memoize().mark().bytes(new byte[16]).memoize()
        .unicode("numpy").memoize().unicode("dtype").memoize().stackGlobal().memoize()
        .unicode("f4").memoize().binint1(0).binint1(1).tuple3().reduce().memoize()
        .mark().binint1(3).unicode("<").none().none().none().op('J')
        .raw(new byte[] {-1, -1, -1, -1}).op('J').raw(new byte[] {-1, -1, -1, -1}).binint1(0)
        .tuple().build().binint1(2).binint1(2).tuple2().unicode("C").tuple().reduce().memoize()
        .stop().toBytes();
  }

  /**
   * An xgboost XGBClassifier as pickle protocol 4 writes it: the wrapper object rebuilt by
   * NEWOBJ, its Booster holding the raw model as a bytearray, class labels as an array and the
   * class count as a NumPy int64 scalar.
   */
  public static byte[] xgboostClassifier() {
    PickleBuilder p = new PickleBuilder().proto(4)
        .global("xgboost.sklearn", "XGBClassifier").memoize().emptyTuple().newObj().memoize()
        .emptyDict().memoize().mark()
        .unicode("n_estimators").binint1(10)
        .unicode("objective").unicode("binary:logistic")
        .unicode("_Booster").global("xgboost.core", "Booster").emptyTuple().newObj()
        .emptyDict().unicode("handle").global("builtins", "bytearray")
        .bytes("{L\u0000\u0000\u0000binf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
        .tuple1().reduce().setItem().build()
        .unicode("classes_");
    p.numpyArray(2)
        .unicode("n_classes_").global("numpy.core.multiarray", "scalar").numpyDtype("i8")
        .bytes(new byte[] {2, 0, 0, 0, 0, 0, 0, 0}).tuple2().reduce();
    return p.setItems().build().stop().toBytes();
  }

  /**
   * A Hugging Face {@code training_args.bin}: {@code torch.save(TrainingArguments)} writes the
   * dataclass by NEWOBJ + BUILD, its strategy fields as enums, the accelerator config as a
   * nested dataclass and the device as {@code torch.device}.
   */
  public static byte[] trainingArgs() {
    return new PickleBuilder().proto(2)
        .global("transformers.training_args", "TrainingArguments").memoize().emptyTuple()
        .newObj().memoize().emptyDict().memoize().mark()
        .unicode("output_dir").unicode("out")
        .unicode("eval_strategy").global("transformers.trainer_utils", "IntervalStrategy")
        .unicode("steps").tuple1().reduce()
        .unicode("save_strategy").global("transformers.trainer_utils", "SaveStrategy")
        .unicode("steps").tuple1().reduce()
        .unicode("lr_scheduler_type").global("transformers.trainer_utils", "SchedulerType")
        .unicode("linear").tuple1().reduce()
        .unicode("optim").global("transformers.training_args", "OptimizerNames")
        .unicode("adamw_torch").tuple1().reduce()
        .unicode("hub_strategy").global("transformers.trainer_utils", "HubStrategy")
        .unicode("every_save").tuple1().reduce()
        .unicode("debug").emptyList()
        .unicode("accelerator_config")
        .global("transformers.trainer_pt_utils", "AcceleratorConfig").emptyTuple().newObj()
        .emptyDict().unicode("split_batches").op(0x89).setItem().build()
        .unicode("distributed_type")
        .global("accelerate.utils.dataclasses", "DistributedType").unicode("NO").tuple1().reduce()
        .unicode("_n_gpu").binint1(0)
        .unicode("device").global("torch", "device").unicode("cpu").tuple1().reduce()
        .setItems().build().stop().toBytes();
  }

  /**
   * A fitted GridSearchCV over a scaler + logistic-regression Pipeline, pickled with protocol 4:
   * nested estimators, a scorer holding its metric function, and a RandomState rebuilt through
   * NumPy's pickle constructors.
   */
  public static byte[] sklearnGridSearch() {
    PickleBuilder p = new PickleBuilder().proto(4)
        .global("sklearn.model_selection._search", "GridSearchCV").emptyTuple().newObj()
        .emptyDict().mark()
        .unicode("estimator").global("sklearn.pipeline", "Pipeline").emptyTuple().newObj()
        .emptyDict().unicode("steps").emptyList().mark()
        .unicode("scaler").global("sklearn.preprocessing._data", "StandardScaler").emptyTuple()
        .newObj().emptyDict().unicode("mean_");
    p.numpyArray(2).setItem().build().tuple2()
        .unicode("clf").global("sklearn.linear_model._logistic", "LogisticRegression")
        .emptyTuple().newObj().emptyDict().unicode("random_state")
        .global("numpy.random._pickle", "__randomstate_ctor").unicode("MT19937")
        .global("numpy.random._pickle", "__bit_generator_ctor").tuple2().reduce()
        .emptyDict().unicode("bit_generator").unicode("MT19937").setItem().build()
        .setItem().build().tuple2()
        .appends().setItem().build()
        .unicode("scorer_").global("sklearn.metrics._scorer", "_Scorer").emptyTuple().newObj()
        .emptyDict().unicode("_score_func")
        .global("sklearn.metrics._classification", "accuracy_score").setItem().build()
        .unicode("cv_results_").global("sklearn.utils._bunch", "Bunch").emptyTuple().reduce()
        .unicode("n_splits_").binint1(5);
    return p.setItems().build().stop().toBytes();
  }

  /**
   * A scikit-learn model as {@code joblib.dump} (1.2+) writes it: the estimator's state holds
   * NumpyArrayWrapper objects, and after each wrapper's BUILD come, inside the pickle stream,
   * a padding-length byte, that many 0xff bytes, and the array's raw bytes; an object array
   * is a complete nested pickle instead. Layout per joblib/numpy_pickle.py.
   */
  public static byte[] joblibEstimator(byte[] objectArrayPickle) {
    PickleBuilder p = new PickleBuilder().proto(4)
        .global("sklearn.linear_model._logistic", "LogisticRegression").emptyTuple().newObj()
        .emptyDict().unicode("coef_");
    p.joblibWrapper("f8", 2, 3, true).raw(new byte[] {3, -1, -1, -1}).raw(new byte[48]);
    p.setItem().unicode("intercept_");
    p.joblibWrapper("f4", 3, 0, false).raw(new byte[12]);
    p.setItem();
    if (objectArrayPickle != null) {
      p.unicode("classes_").joblibWrapper("O", 2, 0, false).raw(objectArrayPickle).setItem();
    }
    return p.build().stop().toBytes();
  }

  /** NEWOBJ of joblib's NumpyArrayWrapper and BUILD with its state dict. */
  private PickleBuilder joblibWrapper(String dtype, int rows, int cols, boolean aligned) {
    global("joblib.numpy_pickle", "NumpyArrayWrapper").emptyTuple().newObj()
        .emptyDict().mark()
        .unicode("subclass").global("numpy", "ndarray")
        .unicode("shape");
    if (cols > 0) {
      binint1(rows).binint1(cols).tuple2();
    } else {
      binint1(rows).tuple1();
    }
    unicode("order").unicode("C").unicode("dtype").numpyDtype(dtype)
        .unicode("allow_mmap").op(aligned ? 0x88 : 0x89);
    if (aligned) {
      unicode("numpy_array_alignment_bytes").binint1(16);
    }
    return setItems().build();
  }
}
