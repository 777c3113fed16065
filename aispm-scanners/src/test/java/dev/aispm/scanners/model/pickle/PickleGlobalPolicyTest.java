package dev.aispm.scanners.model.pickle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.model.pickle.GlobalVerdict.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PickleGlobalPolicyTest {

  @ParameterizedTest(name = "{0}.{1} is {2}")
  @CsvSource({
      // what real checkpoints need
      "collections, OrderedDict, SAFE",
      "torch._utils, _rebuild_tensor_v2, SAFE",
      "torch, BFloat16Storage, SAFE",
      "torch, bfloat16, SAFE",
      "torch.nn.modules.linear, Linear, SAFE",
      "numpy.core.multiarray, _reconstruct, SAFE",
      "numpy._core.multiarray, scalar, SAFE",
      "numpy, dtype, SAFE",
      "numpy.dtypes, Float32DType, SAFE",
      "sklearn.ensemble._forest, RandomForestClassifier, SAFE",
      "sklearn.tree._tree, Tree, SAFE",
      "_codecs, encode, SAFE",
      "copy_reg, _reconstructor, SAFE",
      "builtins, set, SAFE",
      "joblib.numpy_pickle, NumpyArrayWrapper, SAFE",
      // process, code and name-resolution escapes
      "os, system, DANGEROUS",
      "nt, system, DANGEROUS",
      "posix, posix_spawn, DANGEROUS",
      "subprocess, Popen, DANGEROUS",
      "asyncio.subprocess, create_subprocess_shell, DANGEROUS",
      "_posixsubprocess, fork_exec, DANGEROUS",
      "pty, spawn, DANGEROUS",
      "shutil, rmtree, DANGEROUS",
      "builtins, eval, DANGEROUS",
      "builtins, getattr, DANGEROUS",
      "builtins, __import__, DANGEROUS",
      "__builtin__, execfile, DANGEROUS",
      "importlib, import_module, DANGEROUS",
      "pkgutil, resolve_name, DANGEROUS",
      "pydoc, locate, DANGEROUS",
      "operator, attrgetter, DANGEROUS",
      "operator, methodcaller, DANGEROUS",
      "functools, partial, DANGEROUS",
      "runpy, run_path, DANGEROUS",
      "code, InteractiveInterpreter, DANGEROUS",
      "timeit, timeit, DANGEROUS",
      "cProfile, run, DANGEROUS",
      "webbrowser, open, DANGEROUS",
      "ctypes, CDLL, DANGEROUS",
      "marshal, loads, DANGEROUS",
      "types, CodeType, DANGEROUS",
      "pip, main, DANGEROUS",
      "pip._internal.cli.main, main, DANGEROUS",
      "setuptools.sandbox, run_setup, DANGEROUS",
      "distutils.spawn, spawn, DANGEROUS",
      "ensurepip, bootstrap, DANGEROUS",
      "idlelib.pyshell, ModifiedInterpreter, DANGEROUS",
      "lib2to3.pgen2.grammar, Grammar, DANGEROUS",
      "_io, open, DANGEROUS",
      "io, FileIO, DANGEROUS",
      "torch.hub, load, DANGEROUS",
      "torch.jit, load, DANGEROUS",
      "torch, load, DANGEROUS",
      "torch.serialization, load, DANGEROUS",
      "numpy, load, DANGEROUS",
      "numpy.f2py, compile, DANGEROUS",
      "numpy.testing._private.utils, runstring, DANGEROUS",
      "mailcap, findmatch, DANGEROUS",
      "fickling, load, DANGEROUS",
      "pathlib, Path.write_text, DANGEROUS",
      "posixpath, os.system, DANGEROUS",
      "numpy, __builtins__, DANGEROUS",
      "torch._utils, _rebuild_tensor_v2.__globals__, DANGEROUS",
      // deliberate middle ground
      "os.path, join, UNKNOWN",
      "posixpath, join, UNKNOWN",
      "pathlib, PosixPath, SAFE",
      "collections, defaultdict, SAFE",
      "xgboost.core, Booster, SAFE",
      "xgboost.sklearn, XGBClassifier, SAFE",
      "transformers.training_args, TrainingArguments, SAFE",
      "transformers.models.bert.configuration_bert, BertConfig, SAFE",
      "sklearn.pipeline, Pipeline, SAFE",
      "sklearn.model_selection._search, GridSearchCV, SAFE",
      "sklearn.metrics._regression, r2_score, SAFE",
      "numpy, float64, SAFE",
      "numpy.random._mt19937, MT19937, SAFE",
      "torch._utils, _rebuild_xla_tensor, SAFE",
      "torch.serialization, _get_layout, SAFE",
      "builtins, ValueError, SAFE",
      // allowlist-first: near misses of listed frameworks are not trusted
      "torch._utils, _element_size, UNKNOWN",
      "transformers.models.bert.modeling_bert, apply_chunking_to_forward, UNKNOWN",
      "sklearn.pipeline, make_pipeline, UNKNOWN",
      "sklearn.utils, _print_elapsed_time, UNKNOWN",
      "zlib, decompress, UNKNOWN",
      "numpy.core._internal, _ctypes, UNKNOWN",
      "mypkg.models, Net, UNKNOWN",
      "__main__, Net, UNKNOWN",
      "numpy, prod.a, UNKNOWN",
      "vendor.helpers, system, SUSPICIOUS",
      "vendor.helpers, import_module, SUSPICIOUS"
  })
  void classifies(String module, String name, Kind expected) {
    assertThat(PickleGlobalPolicy.classify(module, name).kind()).isEqualTo(expected);
  }
}
