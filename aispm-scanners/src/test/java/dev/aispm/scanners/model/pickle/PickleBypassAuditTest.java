package dev.aispm.scanners.model.pickle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One regression fixture per published bypass of open-source pickle scanners (picklescan GHSA
 * advisories, modelscan issues, fickling's bypass tests), crafted opcode by opcode and never
 * loaded. Each row names its source; the audit table in docs/scanners-model.md lists the same
 * rows with their verdicts.
 */
class PickleBypassAuditTest {

  static Stream<Arguments> bypasses() {
    return Stream.of(
        // picklescan advisories: stdlib callables that run code
        row("GHSA-xp4f-hrf8-rxw7 ensurepip._run_pip", call4("ensurepip", "_run_pip"),
            "ensurepip._run_pip", Severity.CRITICAL),
        row("GHSA-p9w7-82w4-7q8m lib2to3 ParserGenerator.make_label",
            call4("lib2to3.pgen2.pgen", "ParserGenerator.make_label"),
            "lib2to3.pgen2.pgen.ParserGenerator.make_label", Severity.CRITICAL),
        row("GHSA-m869-42cg-3xwr idlelib.run.Executive.runcode",
            call4("idlelib.run", "Executive.runcode"), "idlelib.run.Executive.runcode",
            Severity.CRITICAL),
        row("GHSA-j343-8v2j-ff7w idlelib ModifiedInterpreter.runcommand",
            call4("idlelib.pyshell", "ModifiedInterpreter.runcommand"),
            "idlelib.pyshell.ModifiedInterpreter.runcommand", Severity.CRITICAL),
        row("GHSA-3gf5-cxq9-w223 idlelib ModifiedInterpreter.runcode",
            call4("idlelib.pyshell", "ModifiedInterpreter.runcode"),
            "idlelib.pyshell.ModifiedInterpreter.runcode", Severity.CRITICAL),
        row("GHSA-fqq6-7vqf-w3fg doctest.debug_script", call4("doctest", "debug_script"),
            "doctest.debug_script", Severity.CRITICAL),
        row("GHSA-9w88-8rmg-7g2p cProfile.runctx", call4("cProfile", "runctx"),
            "cProfile.runctx", Severity.CRITICAL),
        row("GHSA-46h3-79wf-xr6c profile.run", call4("profile", "run"), "profile.run",
            Severity.CRITICAL),
        row("GHSA-46h3-79wf-xr6c trace.Trace.runctx", call4("trace", "Trace.runctx"),
            "trace.Trace.runctx", Severity.CRITICAL),
        row("GHSA-46h3-79wf-xr6c pdb.Pdb.run", call4("pdb", "Pdb.run"), "pdb.Pdb.run",
            Severity.CRITICAL),
        row("GHSA-46h3-79wf-xr6c bdb.Bdb.run", call4("bdb", "Bdb.run"), "bdb.Bdb.run",
            Severity.CRITICAL),
        row("GHSA-46h3-79wf-xr6c timeit.timeit", call4("timeit", "timeit"), "timeit.timeit",
            Severity.CRITICAL),
        row("GHSA-vqmv-47xg-9wpr pip.main", call4("pip", "main"), "pip.main", Severity.CRITICAL),
        row("GHSA-vqmv-47xg-9wpr venv.create", call4("venv", "create"), "venv.create",
            Severity.CRITICAL),
        row("GHSA-hgrh-qx5j-jfwx http.client via Python 2 httplib",
            call4("httplib", "HTTPSConnection"), "httplib.HTTPSConnection", Severity.CRITICAL),
        row("GHSA-hgrh-qx5j-jfwx ssl.get_server_certificate",
            call4("ssl", "get_server_certificate"), "ssl.get_server_certificate",
            Severity.CRITICAL),
        row("GHSA-hgrh-qx5j-jfwx aiohttp.ClientSession", call4("aiohttp", "ClientSession"),
            "aiohttp.ClientSession", Severity.CRITICAL),
        row("GHSA-m273-6v24-x4m4 operator.attrgetter", call4("operator", "attrgetter"),
            "operator.attrgetter", Severity.CRITICAL),
        row("GHSA-955r-x9j8-7rhh _operator.methodcaller", call4("_operator", "methodcaller"),
            "_operator.methodcaller", Severity.CRITICAL),
        row("GHSA-84r2-jw7c-4r5q nested _pickle.loads", nestedLoads(), "posix.system",
            Severity.CRITICAL),
        row("GHSA-vvpj-8cmc-gx39 pkgutil.resolve_name", call4("pkgutil", "resolve_name"),
            "pkgutil.resolve_name", Severity.CRITICAL),
        row("CVE-2025-10155 distutils.file_util.write_file",
            call4("distutils.file_util", "write_file"), "distutils.file_util.write_file",
            Severity.CRITICAL),
        row("CVE-2025-10156 _io.FileIO", call4("_io", "FileIO"), "_io.FileIO",
            Severity.CRITICAL),
        row("CVE-2025-10157 asyncio.unix_events._UnixSubprocessTransport",
            call4("asyncio.unix_events", "_UnixSubprocessTransport._start"),
            "asyncio.unix_events._UnixSubprocessTransport._start", Severity.CRITICAL),
        row("picklescan PR 29 shutil.copyfile", call4("shutil", "copyfile"), "shutil.copyfile",
            Severity.CRITICAL),
        row("functools.partial wrapper", call4("functools", "partial"), "functools.partial",
            Severity.CRITICAL),
        row("numpy.testing runstring", call4("numpy.testing._private.utils", "runstring"),
            "numpy.testing._private.utils.runstring", Severity.CRITICAL),
        row("numpy.f2py crackfortran.getlincoef", call4("numpy.f2py.crackfortran", "getlincoef"),
            "numpy.f2py.crackfortran.getlincoef", Severity.CRITICAL),
        // picklescan advisories: PyTorch helpers that evaluate or unpickle
        row("GHSA-4whj-rm5r-c2v8 torch.utils.bottleneck run_autograd_prof",
            call4("torch.utils.bottleneck.__main__", "run_autograd_prof"),
            "torch.utils.bottleneck.__main__.run_autograd_prof", Severity.CRITICAL),
        row("GHSA-4r9r-ch6f-vxmx torch.utils.bottleneck run_cprofile",
            call4("torch.utils.bottleneck.__main__", "run_cprofile"),
            "torch.utils.bottleneck.__main__.run_cprofile", Severity.CRITICAL),
        row("GHSA-86cj-95qr-2p4f torch._dynamo GuardBuilder.get",
            call4("torch._dynamo.guards", "GuardBuilder.get"),
            "torch._dynamo.guards.GuardBuilder.get", Severity.CRITICAL),
        row("GHSA-f4x7-rfwp-v3xw torch.fx ShapeEnv.evaluate_guards_expression",
            call4("torch.fx.experimental.symbolic_shapes", "ShapeEnv.evaluate_guards_expression"),
            "torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression",
            Severity.CRITICAL),
        row("GHSA-f745-w6jp-hpxx torch.utils.collect_env.run",
            call4("torch.utils.collect_env", "run"), "torch.utils.collect_env.run",
            Severity.CRITICAL),
        row("GHSA-h3qp-7fh3-f8h4 torch datapipes decoder basichandlers",
            call4("torch.utils.data.datapipes.utils.decoder", "basichandlers"),
            "torch.utils.data.datapipes.utils.decoder.basichandlers", Severity.CRITICAL),
        row("GHSA-vr7h-p6mm-wpmh torch.jit execWrapper",
            call4("torch.jit.unsupported_tensor_ops", "execWrapper"),
            "torch.jit.unsupported_tensor_ops.execWrapper", Severity.CRITICAL),
        row("GHSA-vv6j-3g6g-2pvj torch.utils._config_module.load_config",
            call4("torch.utils._config_module", "load_config"),
            "torch.utils._config_module.load_config", Severity.CRITICAL),
        row("submodule reach-through torch.serialization.os",
            call4("torch", "serialization.os.system"), "torch.serialization.os.system",
            Severity.CRITICAL),
        // fickling bypass tests
        row("fickling GHSA-r7v6-mfhq-g3m2 pty.spawn (STACK_GLOBAL)", call4("pty", "spawn"),
            "pty.spawn", Severity.CRITICAL),
        row("fickling PR 108 pty.spawn via OBJ",
            new PickleBuilder().mark().global("pty", "spawn").stringLine("'id'").obj().stop()
                .toBytes(), "pty.spawn", Severity.CRITICAL),
        row("fickling GHSA-565g-hwwr-4pp3 marshal.loads + types.FunctionType", marshalChain(),
            "marshal.loads", Severity.CRITICAL),
        row("fickling GHSA-wfq2-52f7-7qvj runpy.run_path", call4("runpy", "run_path"),
            "runpy.run_path", Severity.CRITICAL),
        row("fickling GHSA-p523-jq9w-64x9 cProfile.run", call4("cProfile", "run"),
            "cProfile.run", Severity.CRITICAL),
        row("fickling GHSA-5hvc-6wx8-mvv4 getattr + ctypes.CDLL", getattrChain("ctypes", "CDLL"),
            "ctypes.CDLL", Severity.CRITICAL),
        row("fickling GHSA-5hvc-6wx8-mvv4 pydoc.locate (protocol 0)",
            new PickleBuilder().global("pydoc", "locate").stringLine("'ctypes.windll'").tuple1()
                .reduce().stop().toBytes(), "pydoc.locate", Severity.CRITICAL),
        row("fickling GHSA-q5qq-mvfm-j35x importlib.import_module",
            getattrChain("importlib", "import_module"), "importlib.import_module",
            Severity.CRITICAL),
        row("fickling GHSA-q5qq-mvfm-j35x code.InteractiveInterpreter",
            getattrChain("code", "InteractiveInterpreter"), "code.InteractiveInterpreter",
            Severity.CRITICAL),
        row("fickling GHSA-q5qq-mvfm-j35x multiprocessing.util.spawnv_passfds",
            call4("multiprocessing.util", "spawnv_passfds"),
            "multiprocessing.util.spawnv_passfds", Severity.CRITICAL),
        // modelscan issues
        row("modelscan #89 builtins dict.get + numpy.__builtins__",
            new PickleBuilder().proto(5).global("builtins", "dict.get")
                .global("numpy", "__builtins__").unicodeLine("exec").tuple2().reduce().stop()
                .toBytes(), "numpy.__builtins__", Severity.CRITICAL),
        row("modelscan #89 numpy prod.os.system after BUILD of sys.modules",
            new PickleBuilder().proto(5).global("numpy", "prod").none()
                .global("numpy", "core._internal.sys.modules").tuple2().build().pop()
                .global("numpy", "prod.os.system").unicodeLine("id").tuple1().reduce().stop()
                .toBytes(), "numpy.core._internal.sys.modules", Severity.CRITICAL),
        row("modelscan #338 zlib-compressed payload (zlib.decompress off the allowlist)",
            call4("zlib", "decompress"), "zlib.decompress", Severity.HIGH),
        row("modelscan #331 importlib.import_module('builtins') + getattr + str.join",
            getattrChain("importlib", "import_module"), "builtins.getattr", Severity.CRITICAL),
        // name tricks
        row("Python 2 __builtin__ for builtins",
            new PickleBuilder().global("__builtin__", "eval").mark().unicodeLine("1").tuple()
                .reduce().stop().toBytes(), "__builtin__.eval", Severity.CRITICAL),
        row("Python 2 commands for subprocess", call4("commands", "getoutput"),
            "commands.getoutput", Severity.CRITICAL),
        row("trailing whitespace in a STACK_GLOBAL module", call4("os ", "system"), "os .system",
            Severity.HIGH),
        row("look-alike unicode module name", call4("\u043es", "system"), "\u043es.system",
            Severity.HIGH),
        row("INST import-and-call of builtins.eval",
            new PickleBuilder().mark().stringLine("'1'").inst("builtins", "eval").stop()
                .toBytes(), "builtins.eval", Severity.CRITICAL),
        row("_winapi.CreateProcess", call4("_winapi", "CreateProcess"), "_winapi.CreateProcess",
            Severity.CRITICAL),
        row("unknown vendor helper (allowlist first)", call4("vendor_utils.io", "fetch"),
            "vendor_utils.io.fetch", Severity.HIGH),
        row("near miss inside an allowlisted framework",
            call4("torch._utils", "_import_dotted_name"), "torch._utils._import_dotted_name",
            Severity.HIGH));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bypasses")
  void everyPublishedBypassIsAtLeastItsExpectedSeverity(String source, byte[] pickle,
      String global, Severity atLeast) throws IOException {
    List<ContentFinding> findings = PickleScannerTest.scan(pickle);
    assertThat(findings).as(source).anySatisfy(f -> {
      assertThat(f.details().get("global")).isEqualTo(global);
      assertThat(f.severity().atLeast(atLeast)).isTrue();
      assertThat(f.details().get("reason")).isNotBlank();
    });
  }

  private static Arguments row(String source, byte[] pickle, String global, Severity atLeast) {
    return Arguments.of(source, pickle, global, atLeast);
  }

  /** {@code module.name('id')} as protocol 4 writes it: STACK_GLOBAL with memoised operands. */
  static byte[] call4(String module, String name) {
    return new PickleBuilder().proto(4).unicode(module).memoize().unicode(name).memoize()
        .stackGlobal().memoize().unicode("id").memoize().tuple1().reduce().stop().toBytes();
  }

  /** {@code builtins.getattr(module.name(...), 'attr')(...)}: fickling's chain shape. */
  private static byte[] getattrChain(String module, String name) {
    return new PickleBuilder().proto(5).unicode("builtins").memoize().unicode("getattr")
        .memoize().stackGlobal().memoize().unicode(module).memoize().unicode(name).memoize()
        .stackGlobal().memoize().unicode("x").tuple1().reduce().memoize().unicode("system")
        .tuple2().reduce().unicode("id").tuple1().reduce().stop().toBytes();
  }

  private static byte[] marshalChain() {
    return new PickleBuilder().proto(4).unicode("marshal").unicode("loads").stackGlobal()
        .memoize().binget(0).bytes(new byte[] {(byte) 0xe3, 0, 0, 0}).tuple1().reduce().memoize()
        .unicode("types").unicode("FunctionType").stackGlobal().memoize().binget(2).binget(1)
        .emptyDict().tuple2().reduce().memoize().binget(3).emptyTuple().reduce().stop()
        .toBytes();
  }

  private static byte[] nestedLoads() {
    return new PickleBuilder().proto(4).global("_pickle", "loads")
        .bytes(PickleBuilder.systemProtocol4()).tuple1().reduce().stop().toBytes();
  }
}
