package dev.aispm.scanners.model.pickle;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The callables real model files import, per framework. A pickle can import and call anything
 * importable, and every published bypass of a blocklist-based scanner was a callable its authors
 * had not thought of; so what a checkpoint may import is listed here, and anything else is judged
 * unsafe by {@link PickleGlobalPolicy}.
 *
 * <p>An entry is admitted only if importing it and calling it the way a pickle can (with
 * arguments that are themselves literals or other admitted objects) neither runs code nor touches
 * files, processes or the network. Classes whose constructors store their arguments (estimators,
 * configuration dataclasses) qualify; anything taking a callable or a path and acting on it does
 * not. A dotted name (an attribute walk at load time) is never admitted.
 *
 * <p>Module patterns: a literal module, {@code pkg.**} for the package and every submodule, and
 * {@code *} for one name segment. Name patterns: a literal, {@code prefix*}, or {@code <Class>}
 * for any CamelCase name (optionally with one leading underscore), which in the packages it is
 * used for names estimator, layer or configuration classes.
 */
public final class PickleAllowlist {

  /**
   * One allowlist line.
   *
   * @param framework what writes such imports (shown in docs and in the reason for near misses)
   * @param module    module pattern
   * @param names     name patterns
   */
  public record Entry(String framework, String module, List<String> names) {
    public Entry {
      names = List.copyOf(names);
    }
  }

  private record Compiled(Entry entry, Pattern module, Pattern names) {
  }

  private static final String CLASS = "<Class>";

  /** Every entry, in the order shown in docs/scanners-model.md. */
  public static final List<Entry> ENTRIES = List.of(
      // Python's own containers and value types, as every pickler writes them.
      e("python", "builtins", "set", "frozenset", "dict", "list", "tuple", "int", "float",
          "complex", "bool", "str", "bytes", "bytearray", "slice", "range", "object",
          "NoneType", "Ellipsis", "NotImplemented", "*Error", "*Exception", "*Warning"),
      e("python", "collections", "OrderedDict", "Counter", "deque", "defaultdict"),
      e("python", "copyreg", "_reconstructor", "__newobj__", "__newobj_ex__"),
      e("python", "_codecs", "encode"),
      e("python", "codecs", "encode"),
      e("python", "datetime", "datetime", "date", "time", "timedelta", "timezone"),
      e("python", "decimal", "Decimal"),
      e("python", "fractions", "Fraction"),
      e("python", "uuid", "UUID"),
      e("python", "argparse", "Namespace"),
      e("python", "types", "SimpleNamespace"),
      e("python", "re", "_compile"),
      e("python", "pathlib", "Path", "PosixPath", "WindowsPath", "PurePath", "PurePosixPath",
          "PureWindowsPath"),
      e("python", "pathlib._local", "Path", "PosixPath", "WindowsPath"),
      // NumPy 1.x and 2.x (numpy._core) array and scalar reconstruction.
      e("numpy", "numpy", "ndarray", "dtype", "*DType", "bool_", "float16", "float32",
          "float64", "longdouble", "complex64", "complex128", "int8", "int16", "int32", "int64",
          "uint8", "uint16", "uint32", "uint64", "intc", "uintc", "str_", "bytes_", "object_",
          "datetime64", "timedelta64"),
      e("numpy", "numpy.dtypes", "*DType"),
      e("numpy", "numpy.core.multiarray", "_reconstruct", "scalar"),
      e("numpy", "numpy._core.multiarray", "_reconstruct", "scalar"),
      e("numpy", "numpy.core.numeric", "_frombuffer"),
      e("numpy", "numpy._core.numeric", "_frombuffer"),
      e("numpy", "numpy.ma.core", "_mareconstruct", "MaskedArray"),
      e("numpy", "numpy.random._pickle", "__randomstate_ctor", "__bit_generator_ctor",
          "__generator_ctor"),
      e("numpy", "numpy.random.*", "MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64",
          "RandomState", "Generator", "SeedSequence"),
      // PyTorch: what torch.save writes and torch.load(weights_only=True) accepts.
      e("torch", "torch._utils", "_rebuild_*"),
      e("torch", "torch._tensor", "_rebuild_from_type", "_rebuild_from_type_v2"),
      e("torch", "torch", "Size", "device", "dtype", "Tensor", "*Storage", "UntypedStorage",
          "float32", "float", "float64", "double", "float16", "half", "bfloat16", "complex32",
          "complex64", "complex128", "uint8", "int8", "int16", "short", "int32", "int", "int64",
          "long", "bool", "qint8", "quint8", "qint32", "quint4x2", "float8_e4m3fn",
          "float8_e5m2", "strided", "sparse_coo", "sparse_csr", "per_tensor_affine",
          "per_channel_affine", "contiguous_format", "channels_last", "preserve_format",
          "memory_format"),
      e("torch", "torch.storage", "TypedStorage", "UntypedStorage"),
      e("torch", "torch.serialization", "_get_layout"),
      e("torch", "torch.nn.parameter", "Parameter", "Buffer", "UninitializedParameter",
          "UninitializedBuffer"),
      e("torch", "torch.nn.modules.**", CLASS),
      e("torch", "torch.optim.**", CLASS),
      // scikit-learn estimators and the helpers their pickles carry.
      e("scikit-learn", "sklearn.linear_model.**", CLASS),
      e("scikit-learn", "sklearn.tree.**", CLASS),
      e("scikit-learn", "sklearn.ensemble.**", CLASS),
      e("scikit-learn", "sklearn.svm.**", CLASS),
      e("scikit-learn", "sklearn.preprocessing.**", CLASS),
      e("scikit-learn", "sklearn.pipeline", CLASS),
      e("scikit-learn", "sklearn.compose.**", CLASS),
      e("scikit-learn", "sklearn.feature_extraction.**", CLASS),
      e("scikit-learn", "sklearn.feature_selection.**", CLASS),
      e("scikit-learn", "sklearn.decomposition.**", CLASS),
      e("scikit-learn", "sklearn.cluster.**", CLASS),
      e("scikit-learn", "sklearn.neighbors.**", CLASS, "newObj"),
      e("scikit-learn", "sklearn.naive_bayes", CLASS),
      e("scikit-learn", "sklearn.neural_network.**", CLASS),
      e("scikit-learn", "sklearn.impute.**", CLASS),
      e("scikit-learn", "sklearn.discriminant_analysis", CLASS),
      e("scikit-learn", "sklearn.kernel_ridge", CLASS),
      e("scikit-learn", "sklearn.kernel_approximation", CLASS),
      e("scikit-learn", "sklearn.gaussian_process.**", CLASS),
      e("scikit-learn", "sklearn.mixture.**", CLASS),
      e("scikit-learn", "sklearn.calibration", CLASS),
      e("scikit-learn", "sklearn.dummy", CLASS),
      e("scikit-learn", "sklearn.isotonic", CLASS),
      e("scikit-learn", "sklearn.cross_decomposition.**", CLASS),
      e("scikit-learn", "sklearn.manifold.**", CLASS),
      e("scikit-learn", "sklearn.random_projection", CLASS),
      e("scikit-learn", "sklearn.semi_supervised.**", CLASS),
      e("scikit-learn", "sklearn.covariance.**", CLASS),
      e("scikit-learn", "sklearn.multiclass", CLASS),
      e("scikit-learn", "sklearn.multioutput", CLASS),
      e("scikit-learn", "sklearn.model_selection.**", CLASS),
      e("scikit-learn", "sklearn._loss.**", CLASS),
      e("scikit-learn", "sklearn.metrics._scorer", CLASS),
      e("scikit-learn", "sklearn.metrics._classification", "*_score", "*_loss"),
      e("scikit-learn", "sklearn.metrics._regression", "*_score", "*_error"),
      e("scikit-learn", "sklearn.metrics._ranking", "*_score"),
      e("scikit-learn", "sklearn.utils._bunch", "Bunch"),
      e("scipy", "scipy.sparse.**", "*_matrix", "*_array"),
      // joblib's array wrappers (also under the copy old scikit-learn releases vendored).
      e("joblib", "joblib.numpy_pickle", "NumpyArrayWrapper", "NDArrayWrapper",
          "ZNDArrayWrapper"),
      e("joblib", "sklearn.externals.joblib.numpy_pickle", "NumpyArrayWrapper",
          "NDArrayWrapper", "ZNDArrayWrapper"),
      // Gradient-boosting libraries: their boosters restore from a raw model buffer.
      e("xgboost", "xgboost.core", "Booster"),
      e("xgboost", "xgboost.sklearn", "XGBModel", "XGBClassifier", "XGBRegressor", "XGBRanker",
          "XGBRFClassifier", "XGBRFRegressor"),
      e("lightgbm", "lightgbm.basic", "Booster"),
      e("lightgbm", "lightgbm.sklearn", "LGBMModel", "LGBMClassifier", "LGBMRegressor",
          "LGBMRanker"),
      // pandas frames and series inside joblib files and training snapshots.
      e("pandas", "pandas.core.frame", "DataFrame"),
      e("pandas", "pandas.core.series", "Series"),
      e("pandas", "pandas.core.internals.managers", "BlockManager", "SingleBlockManager"),
      e("pandas", "pandas.core.internals.blocks", "new_block"),
      e("pandas", "pandas._libs.internals", "_unpickle_block"),
      e("pandas", "pandas.core.indexes.base", "_new_Index", "Index"),
      e("pandas", "pandas.core.indexes.range", "RangeIndex"),
      e("pandas", "pandas.core.indexes.multi", "MultiIndex"),
      // Hugging Face: training_args.bin, pickled configs and tokenizers.
      e("transformers", "transformers.models.*.configuration_*", CLASS),
      e("transformers", "transformers.configuration_utils", "PretrainedConfig"),
      e("transformers", "transformers.generation.configuration_utils", "GenerationConfig"),
      e("transformers", "transformers.training_args", "TrainingArguments", "OptimizerNames"),
      e("transformers", "transformers.training_args_seq2seq", "Seq2SeqTrainingArguments"),
      e("transformers", "transformers.trainer_utils", "IntervalStrategy", "SchedulerType",
          "HubStrategy", "SaveStrategy", "EvaluationStrategy", "FSDPOption"),
      e("transformers", "transformers.debug_utils", "DebugOption"),
      e("transformers", "transformers.trainer_pt_utils", "AcceleratorConfig"),
      e("transformers", "transformers.tokenization_utils_base", "BatchEncoding",
          "TruncationStrategy"),
      e("transformers", "transformers.utils.generic", "PaddingStrategy", "TensorType"),
      e("accelerate", "accelerate.utils.dataclasses", "DistributedType", "DeepSpeedPlugin",
          "GradientAccumulationPlugin"),
      e("tokenizers", "tokenizers", "Tokenizer", "AddedToken", "Encoding"),
      e("tokenizers", "tokenizers.models", "BPE", "WordPiece", "WordLevel", "Unigram"));

  private static final List<Compiled> COMPILED = ENTRIES.stream()
      .map(en -> new Compiled(en, modulePattern(en.module()), namePattern(en.names())))
      .toList();

  private PickleAllowlist() {
  }

  /**
   * The framework whose checkpoints import {@code module.name} (module already mapped from its
   * Python 2 name), or null when it is not on the list.
   */
  public static String framework(String module, String name) {
    if (name.indexOf('.') >= 0 || module.isEmpty() || name.isEmpty()) {
      return null;
    }
    for (Compiled c : COMPILED) {
      if (c.module().matcher(module).matches() && c.names().matcher(name).matches()) {
        return c.entry().framework();
      }
    }
    return null;
  }

  /** The framework whose package {@code module} belongs to, for wording; null when none. */
  static String frameworkOfModule(String module) {
    String top = module.indexOf('.') < 0 ? module : module.substring(0, module.indexOf('.'));
    for (Entry en : ENTRIES) {
      String entryTop = en.module().split("\\.", 2)[0];
      if (entryTop.equals(top) && !en.framework().equals("python")) {
        return en.framework();
      }
    }
    return null;
  }

  private static Entry e(String framework, String module, String... names) {
    return new Entry(framework, module, List.of(names));
  }

  private static Pattern modulePattern(String glob) {
    StringBuilder re = new StringBuilder();
    String body = glob.endsWith(".**") ? glob.substring(0, glob.length() - 3) : glob;
    for (String seg : body.split("\\.")) {
      if (re.length() > 0) {
        re.append("\\.");
      }
      re.append(segment(seg));
    }
    if (glob.endsWith(".**")) {
      re.append("(\\.[A-Za-z0-9_]+)*");
    }
    return Pattern.compile(re.toString());
  }

  private static Pattern namePattern(List<String> names) {
    StringBuilder re = new StringBuilder();
    for (String n : names) {
      if (re.length() > 0) {
        re.append('|');
      }
      re.append(n.equals(CLASS) ? "_?[A-Z][A-Za-z0-9_]*" : segment(n));
    }
    return Pattern.compile(re.toString());
  }

  /** A glob segment where {@code *} stands for identifier characters only. */
  private static String segment(String glob) {
    StringBuilder re = new StringBuilder("(?:");
    int from = 0;
    for (int star = glob.indexOf('*'); star >= 0; star = glob.indexOf('*', from)) {
      re.append(Pattern.quote(glob.substring(from, star))).append("[A-Za-z0-9_]*");
      from = star + 1;
    }
    return re.append(Pattern.quote(glob.substring(from))).append(')').toString();
  }
}
