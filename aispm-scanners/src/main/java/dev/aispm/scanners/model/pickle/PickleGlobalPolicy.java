package dev.aispm.scanners.model.pickle;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges the globals a pickle imports, allowlist first. A pickle can call any importable
 * callable, and each published bypass of blocklist scanners was one more callable nobody had
 * listed; so only what real checkpoints need ({@link PickleAllowlist}) is trusted, and every
 * other import is at least high risk, with a reason.
 *
 * <p>The dangerous-prefix list no longer decides what is unsafe; it only words the reason and
 * raises known code-execution, file, process, network and import-machinery callables to
 * critical. It matches by qualified-name prefix, so a submodule of a listed package
 * ({@code asyncio.subprocess}, {@code numpy.testing._private.utils}) reads as critical too. A
 * dotted name ({@code posixpath} + {@code os.system}) is an attribute walk at load time, so every
 * tail of it is judged as well.
 */
public final class PickleGlobalPolicy {

  /**
   * Python 2 module names that Python 3's unpickler maps to their new homes (fix_imports); an
   * attacker can write the old name to dodge a blocklist that only knows the new one.
   */
  private static final Map<String, String> PY2_MODULES = Map.ofEntries(
      Map.entry("__builtin__", "builtins"),
      Map.entry("exceptions", "builtins"),
      Map.entry("copy_reg", "copyreg"),
      Map.entry("cPickle", "pickle"),
      Map.entry("commands", "subprocess"),
      Map.entry("urllib2", "urllib.request"),
      Map.entry("httplib", "http.client"),
      Map.entry("SocketServer", "socketserver"),
      Map.entry("thread", "_thread"),
      Map.entry("dummy_thread", "_dummy_thread"),
      Map.entry("cStringIO", "io"),
      Map.entry("StringIO", "io"),
      Map.entry("UserDict", "collections"),
      Map.entry("UserList", "collections"),
      Map.entry("UserString", "collections"),
      Map.entry("Queue", "queue"),
      Map.entry("repr", "reprlib"),
      Map.entry("_winreg", "winreg"),
      Map.entry("urlparse", "urllib.parse"),
      Map.entry("robotparser", "urllib.robotparser"),
      Map.entry("cookielib", "http.cookiejar"),
      Map.entry("BaseHTTPServer", "http.server"),
      Map.entry("SimpleHTTPServer", "http.server"),
      Map.entry("CGIHTTPServer", "http.server"),
      Map.entry("xmlrpclib", "xmlrpc.client"),
      Map.entry("SimpleXMLRPCServer", "xmlrpc.server"),
      Map.entry("DocXMLRPCServer", "xmlrpc.server"),
      Map.entry("whichdb", "dbm"),
      Map.entry("anydbm", "dbm"),
      Map.entry("dbhash", "dbm.bsd"),
      Map.entry("gdbm", "dbm.gnu"),
      Map.entry("dumbdbm", "dbm.dumb"));

  /**
   * Qualified-name prefixes that run code, start processes, open files or sockets, or resolve
   * other names at load time. Each value says why, and is what the finding reports.
   */
  private static final Map<String, String> DANGEROUS_PREFIXES = Map.ofEntries(
      Map.entry("os", "process, file and environment access"),
      Map.entry("posix", "process and file access (os implementation)"),
      Map.entry("nt", "process and file access (os implementation)"),
      Map.entry("subprocess", "starts processes"),
      Map.entry("_posixsubprocess", "starts processes"),
      Map.entry("pty", "starts processes"),
      Map.entry("pipes", "runs shell pipelines"),
      Map.entry("platform", "runs external commands"),
      Map.entry("_osx_support", "runs external commands"),
      Map.entry("uuid._get_command_stdout", "runs external commands"),
      Map.entry("mailcap", "runs mailcap test commands"),
      Map.entry("imaplib.IMAP4_stream", "runs a command"),
      Map.entry("shutil", "copies, moves and deletes files"),
      Map.entry("tempfile", "creates files"),
      Map.entry("io", "opens files"),
      Map.entry("_io", "opens files"),
      Map.entry("codecs.open", "opens files"),
      Map.entry("bz2.open", "opens files"),
      Map.entry("gzip.open", "opens files"),
      Map.entry("lzma.open", "opens files"),
      Map.entry("fileinput", "opens files"),
      Map.entry("linecache", "reads files"),
      Map.entry("tarfile", "extracts archives to disk"),
      Map.entry("zipfile", "extracts archives to disk"),
      Map.entry("shelve", "opens databases that unpickle"),
      Map.entry("dbm", "opens database files"),
      Map.entry("sqlite3", "opens databases and loads extensions"),
      Map.entry("sys", "interpreter internals"),
      Map.entry("gc", "reaches every live object"),
      Map.entry("inspect", "reaches frames and globals"),
      Map.entry("signal", "signals processes"),
      Map.entry("socket", "network access"),
      Map.entry("_socket", "network access"),
      Map.entry("ssl", "network access"),
      Map.entry("http", "network access"),
      Map.entry("urllib", "network access"),
      Map.entry("urllib3", "network access"),
      Map.entry("requests", "network access"),
      Map.entry("httpx", "network access"),
      Map.entry("aiohttp", "network access"),
      Map.entry("ftplib", "network access"),
      Map.entry("smtplib", "network access"),
      Map.entry("smtpd", "network access"),
      Map.entry("telnetlib", "network access"),
      Map.entry("poplib", "network access"),
      Map.entry("nntplib", "network access"),
      Map.entry("xmlrpc", "network access"),
      Map.entry("socketserver", "network access"),
      Map.entry("webbrowser", "opens URLs in a browser"),
      Map.entry("antigravity", "opens URLs in a browser"),
      Map.entry("asyncio", "event loop with subprocess and network access"),
      Map.entry("multiprocessing", "starts processes"),
      Map.entry("concurrent", "runs callables on workers"),
      Map.entry("threading", "runs callables on threads"),
      Map.entry("_thread", "runs callables on threads"),
      Map.entry("ctypes", "loads native libraries"),
      Map.entry("_ctypes", "loads native libraries"),
      Map.entry("cffi", "loads native libraries"),
      Map.entry("importlib", "imports any module (name resolver)"),
      Map.entry("imp", "imports any module (name resolver)"),
      Map.entry("pkgutil", "imports any module (name resolver)"),
      Map.entry("zipimport", "imports code from archives"),
      Map.entry("runpy", "runs modules and scripts"),
      Map.entry("code", "interactive interpreter runs source"),
      Map.entry("codeop", "compiles source"),
      Map.entry("pdb", "debugger runs source"),
      Map.entry("bdb", "debugger runs source"),
      Map.entry("trace", "runs source under a tracer"),
      Map.entry("timeit", "runs source strings"),
      Map.entry("cProfile", "runs source strings"),
      Map.entry("profile", "runs source strings"),
      Map.entry("doctest", "runs source from docstrings"),
      Map.entry("pydoc", "resolves names (pydoc.locate) and runs pagers"),
      Map.entry("logging.config", "config listener evaluates input"),
      Map.entry("pip", "installs packages"),
      Map.entry("ensurepip", "installs packages"),
      Map.entry("distutils", "builds and runs code"),
      Map.entry("setuptools", "builds and runs code"),
      Map.entry("pkg_resources", "loads entry points"),
      Map.entry("venv", "creates environments and runs pip"),
      Map.entry("site", "runs .pth files"),
      Map.entry("idlelib", "IDE internals that run source"),
      Map.entry("lib2to3", "grammar loader unpickles files"),
      Map.entry("marshal", "loads code objects"),
      Map.entry("types", "builds code and function objects"),
      Map.entry("functools", "wraps callables (partial, reduce)"),
      Map.entry("operator", "calls methods and attributes by name"),
      Map.entry("_operator", "calls methods and attributes by name"),
      Map.entry("pickle", "nested unpickling"),
      Map.entry("_pickle", "nested unpickling"),
      Map.entry("pickletools", "pickle internals"),
      Map.entry("dill", "nested unpickling of code"),
      Map.entry("cloudpickle", "nested unpickling of code"),
      Map.entry("joblib", "nested unpickling"),
      Map.entry("fickling", "tampers with a pickle scanner"),
      Map.entry("picklescan", "tampers with a pickle scanner"),
      Map.entry("modelscan", "tampers with a pickle scanner"),
      Map.entry("modelaudit", "tampers with a pickle scanner"),
      Map.entry("torch.hub", "downloads and runs code"),
      Map.entry("torch.jit", "loads TorchScript (torch.load re-entry)"),
      Map.entry("torch.load", "torch.load re-entry"),
      Map.entry("torch.save", "writes files"),
      Map.entry("torch.serialization", "torch.load re-entry"),
      Map.entry("torch.storage._load_from_bytes", "torch.load re-entry"),
      Map.entry("torch.package", "imports packaged code"),
      Map.entry("torch.utils.cpp_extension", "compiles and loads native code"),
      Map.entry("torch._inductor", "compiles and runs generated code"),
      Map.entry("torch.ops.load_library", "loads native libraries"),
      Map.entry("torch.classes.load_library", "loads native libraries"),
      Map.entry("torch.library", "registers native operators"),
      Map.entry("numpy.load", "nested unpickling (allow_pickle)"),
      Map.entry("numpy.loads", "nested unpickling"),
      Map.entry("numpy.lib.npyio", "file access and nested unpickling"),
      Map.entry("numpy.lib.format", "nested unpickling of object arrays"),
      Map.entry("numpy.f2py", "compiles and runs code"),
      Map.entry("numpy.distutils", "builds and runs code"),
      Map.entry("numpy.testing", "runs source strings"),
      Map.entry("numpy.ctypeslib", "loads native libraries"),
      Map.entry("numpy.fromfile", "reads files"),
      Map.entry("numpy.memmap", "maps files"),
      Map.entry("numpy.save", "writes files"),
      Map.entry("numpy.savez", "writes files"),
      Map.entry("numpy.savetxt", "writes files"),
      Map.entry("numpy.loadtxt", "reads files"),
      Map.entry("numpy.genfromtxt", "reads files"),
      Map.entry("numpy.lib._datasource", "opens files and URLs"),
      Map.entry("numpy._pytesttester", "runs the test suite"),
      Map.entry("torch._dynamo", "evaluates guard expressions"),
      Map.entry("torch.fx", "evaluates generated code (symbolic shapes guards)"),
      Map.entry("torch.utils.bottleneck", "profiles and runs scripts"),
      Map.entry("torch.utils.collect_env", "runs external commands"),
      Map.entry("torch.utils.data.datapipes.utils.decoder", "nested unpickling"),
      Map.entry("torch.utils._config_module", "nested unpickling of config"),
      Map.entry("torch._config_module", "nested unpickling of config"),
      Map.entry("torch.testing._internal", "runs code and processes"),
      Map.entry("torch.distributed", "remote calls and process groups"),
      Map.entry("torch.multiprocessing", "starts processes"),
      Map.entry("torch.export", "loads exported programs"),
      Map.entry("torch.compiler", "compiles and runs generated code"),
      Map.entry("tensorflow.io", "file access"),
      Map.entry("tensorflow.keras.utils.get_file", "downloads files"),
      Map.entry("keras.utils.get_file", "downloads files"),
      Map.entry("_winapi", "starts processes (CreateProcess)"),
      Map.entry("winreg", "registry access"),
      Map.entry("msvcrt", "console and file-descriptor access"),
      Map.entry("_imp", "loads native extension modules"),
      Map.entry("_frozen_importlib", "imports any module (name resolver)"),
      Map.entry("_frozen_importlib_external", "imports and loads modules from files"),
      Map.entry("importlib_metadata", "loads entry points"),
      Map.entry("_signal", "signals processes"),
      Map.entry("mmap", "maps files"),
      Map.entry("fcntl", "file-descriptor control"),
      Map.entry("_sqlite3", "opens databases and loads extensions"),
      Map.entry("asyncore", "network access"),
      Map.entry("asynchat", "network access"),
      Map.entry("wsgiref", "network access"),
      Map.entry("atexit", "registers callables to run at exit"),
      Map.entry("weakref.finalize", "registers callables to run later"),
      Map.entry("rlcompleter", "evaluates expressions"),
      Map.entry("_pyrepl", "interactive interpreter runs source"),
      Map.entry("compileall", "compiles and writes files"),
      Map.entry("py_compile", "compiles and writes files"),
      Map.entry("zipapp", "writes archives"),
      Map.entry("logging.FileHandler", "writes files"),
      Map.entry("logging.handlers", "writes files and sends over the network"),
      Map.entry("test.support", "runs interpreters and scripts"),
      Map.entry("unittest.mock", "calls any side-effect callable"),
      Map.entry("yaml", "unsafe YAML loading constructs objects"),
      Map.entry("jinja2", "renders templates (server-side template injection)"),
      Map.entry("IPython", "interactive shell runs source"),
      Map.entry("ipykernel", "interactive shell runs source"),
      Map.entry("numexpr", "evaluates expressions"),
      Map.entry("sympy.sympify", "evaluates expressions"),
      Map.entry("sympy.core.sympify", "evaluates expressions"),
      Map.entry("pandas.eval", "evaluates expressions"),
      Map.entry("pandas.core.computation", "evaluates expressions"),
      Map.entry("pandas.read_pickle", "nested unpickling"),
      Map.entry("pandas.io", "reads files and URLs, nested unpickling"),
      Map.entry("transformers.dynamic_module_utils", "downloads and imports remote code"),
      Map.entry("huggingface_hub", "network access and downloads"),
      Map.entry("datasets.load", "downloads and runs dataset scripts"),
      Map.entry("keras.config.enable_unsafe_deserialization", "turns off Keras safe mode"),
      Map.entry("keras.src.saving.serialization_lib.enable_unsafe_deserialization",
          "turns off Keras safe mode"));

  /** Pure path-string helpers: harmless on their own, so reported as unknown, not critical. */
  private static final List<String> PATH_MODULES =
      List.of("os.path", "posixpath", "ntpath", "genericpath");

  /** pathlib methods that write, delete or read files when reached by a dotted name. */
  private static final Set<String> PATHLIB_FILE_METHODS = Set.of(
      "write_text", "write_bytes", "open", "read_text", "read_bytes", "unlink", "rmdir", "mkdir",
      "touch", "rename", "replace", "chmod", "lchmod", "symlink_to", "hardlink_to", "link_to");

  /** Names that mean running code wherever they are re-exported from. */
  private static final Set<String> SUSPICIOUS_LEAVES = Set.of(
      "system", "popen", "popen2", "popen3", "popen4", "execl", "execle", "execlp", "execlpe",
      "execv", "execve", "execvp", "execvpe", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv",
      "spawnve", "spawnvp", "spawnvpe", "posix_spawn", "posix_spawnp", "startfile", "eval", "exec",
      "execfile", "compile", "__import__", "import_module", "getattr", "setattr", "check_output",
      "check_call", "Popen", "getoutput", "getstatusoutput", "run_path", "run_module",
      "load_library", "LoadLibrary", "CDLL", "dlopen", "resolve_name", "locate");

  private PickleGlobalPolicy() {
  }

  /** Module name after Python 3's fix_imports mapping, which the unpickler applies. */
  static String normalizeModule(String module) {
    return PY2_MODULES.getOrDefault(module, module);
  }

  /** Judges importing {@code name} from {@code module}, as GLOBAL, INST or STACK_GLOBAL do. */
  public static GlobalVerdict classify(String module, String name) {
    String mod = normalizeModule(module);
    String qualified = mod + "." + name;
    String[] nameParts = name.split("\\.", -1);
    for (String part : nameParts) {
      if (isDunder(part) && !part.equals("__newobj__") && !part.equals("__newobj_ex__")) {
        return GlobalVerdict.dangerous("dunder attribute '" + part + "' reaches interpreter internals");
      }
    }
    if (mod.isEmpty() || name.isEmpty() || isDunder(mod)) {
      return mod.equals("__main__")
          ? GlobalVerdict.unknown("class defined in the saving script: loading needs its code")
          : GlobalVerdict.suspicious("empty or special module or name");
    }
    if (PickleAllowlist.framework(mod, name) != null) {
      return GlobalVerdict.safe();
    }
    if (mod.equals("builtins")) {
      // Every builtin off the allowlist (eval, getattr, open, map, type, ...) is an escape hatch.
      return nameParts.length == 1
          ? GlobalVerdict.dangerous("builtin '" + name + "' can run code or reach any object")
          : GlobalVerdict.unknown("attribute walk on a builtin type: not on the allowlist");
    }
    GlobalVerdict byPrefix = dangerousByPrefix(qualified);
    if (byPrefix != null) {
      return byPrefix;
    }
    // An attribute walk can pass through a module re-exported by another (posixpath.os.system):
    // every tail of the dotted name is judged as if it were the qualified name.
    for (int i = 0; i < nameParts.length - 1; i++) {
      String tail = String.join(".", java.util.Arrays.copyOfRange(nameParts, i, nameParts.length));
      if (tail.indexOf('.') > 0) {
        GlobalVerdict viaTail = dangerousByPrefix(tail);
        if (viaTail != null) {
          return GlobalVerdict.dangerous("attribute walk reaches " + tail + ": " + viaTail.reason());
        }
      }
    }
    String leaf = nameParts[nameParts.length - 1];
    if (mod.equals("pathlib") && PATHLIB_FILE_METHODS.contains(leaf)) {
      return GlobalVerdict.dangerous("pathlib file access");
    }
    if (SUSPICIOUS_LEAVES.contains(leaf)) {
      return GlobalVerdict.suspicious("'" + leaf + "' usually runs code wherever it is re-exported");
    }
    if (nameParts.length > 1) {
      return GlobalVerdict.unknown("dotted name walks attributes at load time");
    }
    String framework = PickleAllowlist.frameworkOfModule(mod);
    return GlobalVerdict.unknown(framework == null
        ? "not on the allowlist of any model framework"
        : "a " + framework + " callable, but not one its model files need");
  }

  private static GlobalVerdict dangerousByPrefix(String qualified) {
    for (String pathModule : PATH_MODULES) {
      if (qualified.startsWith(pathModule + ".")
          && qualified.indexOf('.', pathModule.length() + 1) < 0) {
        return null;
      }
    }
    String candidate = qualified;
    while (true) {
      String reason = DANGEROUS_PREFIXES.get(candidate);
      if (reason != null) {
        return GlobalVerdict.dangerous(reason);
      }
      int dot = candidate.lastIndexOf('.');
      if (dot < 0) {
        return null;
      }
      candidate = candidate.substring(0, dot);
    }
  }

  private static boolean isDunder(String part) {
    return part.length() > 4 && part.startsWith("__") && part.endsWith("__");
  }
}
