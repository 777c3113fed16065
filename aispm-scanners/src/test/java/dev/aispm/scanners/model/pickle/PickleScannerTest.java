package dev.aispm.scanners.model.pickle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PickleScannerTest {
  private static final String LOC = "model.pkl";

  static List<ContentFinding> scan(byte[] pickle) throws IOException {
    return scan(pickle, ScanLimits.defaults());
  }

  static List<ContentFinding> scan(byte[] pickle, ScanLimits limits) throws IOException {
    List<ContentFinding> out = new ArrayList<>();
    new PickleScanner().scan(new ScanInput(LOC, new ByteArrayInputStream(pickle), pickle.length, 0),
        limits, out::add);
    return out;
  }

  static List<String> globalsWith(List<ContentFinding> findings, String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId))
        .map(f -> f.details().get("global")).toList();
  }

  static boolean anyAtLeast(List<ContentFinding> findings, Severity s) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(s));
  }

  @Test
  void protocol0GlobalOsSystemIsCritical() throws IOException {
    List<ContentFinding> findings = scan(PickleBuilder.osSystemProtocol0());
    assertThat(globalsWith(findings, PickleMachine.DANGEROUS_GLOBAL)).containsExactly("os.system");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(findings.get(0).location()).isEqualTo(LOC);
  }

  @Test
  void protocol4StackGlobalIsResolved() throws IOException {
    assertThat(globalsWith(scan(PickleBuilder.systemProtocol4()), PickleMachine.DANGEROUS_GLOBAL))
        .containsExactly("posix.system");
  }

  @Test
  void instOpcodeImportsAndCalls() throws IOException {
    // INST 'subprocess\ncheck_output\n' after MARK + argument: protocol 0's import-and-call.
    byte[] p = new PickleBuilder().mark().unicodeLine("id").inst("subprocess", "check_output")
        .stop().toBytes();
    assertThat(globalsWith(scan(p), PickleMachine.DANGEROUS_GLOBAL))
        .containsExactly("subprocess.check_output");
  }

  @Test
  void mixedPutAndMemoizeNumberingIsTrackedExactly() throws IOException {
    // The memo-confusion bypass: 'os'/'system' stored with BINPUT 0/1, then safe names stored with
    // MEMOIZE (which lands at len(memo) = 2 and 3, not 0 and 1), then BINGET 0/1 feed
    // STACK_GLOBAL. A scanner that numbers MEMOIZE from 0 thinks it imports torch._utils.
    byte[] p = new PickleBuilder().proto(4)
        .unicode("os").binput(0).unicode("system").binput(1).pop().pop()
        .unicode("torch._utils").memoize().unicode("_rebuild_tensor_v2").memoize().pop().pop()
        .binget(0).binget(1).stackGlobal().unicode("id").tuple1().reduce().stop().toBytes();
    List<ContentFinding> findings = scan(p);
    assertThat(globalsWith(findings, PickleMachine.DANGEROUS_GLOBAL)).containsExactly("os.system");
    assertThat(findings).noneMatch(f -> f.message().contains("_rebuild_tensor_v2"));
  }

  @Test
  void stackGlobalOperandsFromMemoBehindPaddingAreResolved() throws IOException {
    // Dangerous operands stored early in the memo, padding literals pushed, operands replayed by
    // LONG_BINGET and text GET right before STACK_GLOBAL.
    byte[] p = new PickleBuilder().proto(4)
        .unicode("builtins").longBinput(70000).pop().unicode("exec").put(5).pop()
        .unicode("torch").unicode("FloatStorage").unicode("numpy").pop().pop().pop()
        .longBinget(70000).get(5).stackGlobal().unicode("print(1)").tuple1().reduce().stop()
        .toBytes();
    assertThat(globalsWith(scan(p), PickleMachine.DANGEROUS_GLOBAL))
        .containsExactly("builtins.exec");
  }

  @Test
  void attributeWriteOnImportedObjectAndComputedStackGlobal() throws IOException {
    // Issue-tracker bypass: BUILD sets numpy.prod.a = 'os' and numpy.prod.b = 'system', then
    // GLOBAL 'numpy prod.a' / 'numpy prod.b' are memoised and fed to STACK_GLOBAL.
    byte[] p = new PickleBuilder().proto(4)
        .global("numpy", "prod").none().mark().unicode("a").unicode("os").dict().tuple2().build()
        .none().mark().unicode("b").unicode("system").dict().tuple2().build().pop()
        .global("numpy", "prod.a").put(0).global("numpy", "prod.b").put(1).pop().pop()
        .get(0).get(1).stackGlobal().unicode("id").tuple1().reduce().stop().toBytes();
    List<ContentFinding> findings = scan(p);
    assertThat(findings).extracting(ContentFinding::ruleId)
        .contains(PickleMachine.GLOBAL_ATTRIBUTE_WRITE, PickleMachine.UNRESOLVED_GLOBAL);
    assertThat(anyAtLeast(findings, Severity.HIGH)).isTrue();
  }

  @Test
  void dunderAttributeWalkIsCritical() throws IOException {
    // STACK_GLOBAL('numpy', '__builtins__') reaches the builtins dict through an allowed module.
    byte[] p = new PickleBuilder().proto(4).unicode("numpy").unicode("__builtins__").stackGlobal()
        .stop().toBytes();
    assertThat(globalsWith(scan(p), PickleMachine.DANGEROUS_GLOBAL))
        .containsExactly("numpy.__builtins__");
  }

  @Test
  void importlibAndGetattrChainIsCritical() throws IOException {
    // importlib.import_module('os') then builtins.getattr(module, 'system')('id'): the name
    // resolver pattern; the final call is on a computed callable.
    byte[] p = new PickleBuilder().proto(4)
        .unicode("builtins").unicode("getattr").stackGlobal()
        .unicode("importlib").unicode("import_module").stackGlobal().unicode("os").tuple1().reduce()
        .unicode("system").tuple2().reduce()
        .unicode("id").tuple1().reduce().stop().toBytes();
    List<ContentFinding> findings = scan(p);
    assertThat(globalsWith(findings, PickleMachine.DANGEROUS_GLOBAL))
        .containsExactlyInAnyOrder("builtins.getattr", "importlib.import_module");
    assertThat(findings).extracting(ContentFinding::ruleId)
        .contains(PickleMachine.COMPUTED_CALLABLE);
  }

  @Test
  void nestedPickleBytesAreAnalysed() throws IOException {
    // pickle.loads(b'<protocol 0 os.system pickle>') hides the payload one level down.
    byte[] p = new PickleBuilder().proto(4).global("pickle", "loads")
        .bytes(PickleBuilder.systemProtocol4()).tuple1().reduce().stop().toBytes();
    List<ContentFinding> findings = scan(p);
    assertThat(globalsWith(findings, PickleMachine.DANGEROUS_GLOBAL))
        .contains("pickle.loads", "posix.system");
    assertThat(findings).anyMatch(f -> f.location().startsWith(LOC + "#pickle@")
        && "posix.system".equals(f.details().get("global")));
  }

  @Test
  void nestedPickleThroughCodecsEncodeIsAnalysed() throws IOException {
    // Protocol 2 writes bytes as _codecs.encode(text, 'latin1'); the nested payload is that text.
    String latin1 = new String(PickleBuilder.osSystemProtocol0(), StandardCharsets.ISO_8859_1);
    byte[] p = new PickleBuilder().proto(2).global("_pickle", "loads")
        .global("_codecs", "encode").unicode(latin1).unicode("latin1").tuple2().reduce()
        .tuple1().reduce().stop().toBytes();
    assertThat(globalsWith(scan(p), PickleMachine.DANGEROUS_GLOBAL))
        .contains("_pickle.loads", "os.system");
  }

  @Test
  void python2ModuleNamesAreMapped() throws IOException {
    byte[] p = new PickleBuilder().global("__builtin__", "eval").mark().unicodeLine("1").tuple()
        .reduce().stop().toBytes();
    assertThat(globalsWith(scan(p), PickleMachine.DANGEROUS_GLOBAL))
        .containsExactly("__builtin__.eval");
  }

  @Test
  void unknownGlobalIsHighWithItsNameAndReason() throws IOException {
    byte[] p = new PickleBuilder().proto(2).global("mypackage.models", "TinyNet").emptyTuple()
        .newObj().stop().toBytes();
    List<ContentFinding> findings = scan(p);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(PickleMachine.UNKNOWN_GLOBAL);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.message()).contains("mypackage.models.TinyNet", "allowlist");
      assertThat(f.details().get("reason")).isNotBlank();
    });
  }

  @Test
  void reExportedSystemIsSuspicious() throws IOException {
    byte[] p = new PickleBuilder().global("some_vendor.utils", "system").stop().toBytes();
    assertThat(scan(p)).singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo(PickleMachine.SUSPICIOUS_GLOBAL));
  }

  @Test
  void extensionCodesAreReported() throws IOException {
    byte[] p = new PickleBuilder().proto(2).ext1(7).emptyTuple().reduce().stop().toBytes();
    assertThat(scan(p)).extracting(ContentFinding::ruleId)
        .contains(PickleMachine.EXTENSION_CODE);
  }

  @Test
  void benignTorchStateDictHasNoFindings() throws IOException {
    assertThat(scan(PickleBuilder.torchStateDict())).isEmpty();
  }

  @Test
  void benignSklearnEstimatorHasNoFindings() throws IOException {
    assertThat(scan(PickleBuilder.sklearnLogisticRegression())).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("benignCheckpoints")
  void benignCheckpointsOfEveryAllowlistedFrameworkHaveNoFindings(String name, byte[] pickle)
      throws IOException {
    assertThat(PickleScanner.looksLikePickle(pickle)).as(name).isTrue();
    assertThat(scan(pickle)).as(name).isEmpty();
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> benignCheckpoints() {
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("torch state dict",
            PickleBuilder.torchStateDict()),
        org.junit.jupiter.params.provider.Arguments.of("sklearn estimator",
            PickleBuilder.sklearnLogisticRegression()),
        org.junit.jupiter.params.provider.Arguments.of("sklearn grid search over a pipeline",
            PickleBuilder.sklearnGridSearch()),
        org.junit.jupiter.params.provider.Arguments.of("numpy array, protocol 5",
            PickleBuilder.numpyArrayProtocol5()),
        org.junit.jupiter.params.provider.Arguments.of("xgboost classifier",
            PickleBuilder.xgboostClassifier()),
        org.junit.jupiter.params.provider.Arguments.of("transformers training_args.bin",
            PickleBuilder.trainingArgs()),
        org.junit.jupiter.params.provider.Arguments.of("joblib estimator with inline arrays",
            PickleBuilder.joblibEstimator(null)),
        org.junit.jupiter.params.provider.Arguments.of("joblib estimator with an object array",
            PickleBuilder.joblibEstimator(new PickleBuilder().proto(4).emptyList().mark()
                .unicode("cat").unicode("dog").appends().stop().toBytes())));
  }

  @Test
  void payloadInAJoblibObjectArrayIsFound() throws IOException {
    // joblib unpickles an object array's inline pickle itself: a payload there runs on load.
    List<ContentFinding> findings = scan(PickleBuilder.joblibEstimator(
        PickleBuilder.systemProtocol4()));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.details().get("global")).isEqualTo("posix.system");
      assertThat(f.location()).startsWith(LOC + "#joblib@");
    });
  }

  @Test
  void payloadAfterJoblibArrayBytesIsStillFound() throws IOException {
    // The raw array bytes are skipped by the wrapper's shape, so opcodes after them are read.
    byte[] joblib = PickleBuilder.joblibEstimator(null);
    byte[] withPayload = concat(java.util.Arrays.copyOf(joblib, joblib.length - 1),
        new PickleBuilder().pop().global("os", "system").unicode("id").tuple1().reduce().stop()
            .toBytes());
    assertThat(globalsWith(scan(withPayload), PickleMachine.DANGEROUS_GLOBAL))
        .containsExactly("os.system");
  }

  @Test
  void overlongLineOperandIsUnparseableNotAnError() throws IOException {
    byte[] p = new PickleBuilder().global("a".repeat(70_000), "b").stop().toBytes();
    assertThat(scan(p)).extracting(ContentFinding::ruleId).containsExactly("model.unparseable");
  }

  @Test
  void secondPickleInLegacyTorchLayoutIsScanned() throws IOException {
    // Legacy torch.save writes several pickles back to back (magic number, protocol, sys info,
    // then the object); a payload in a later one must not hide behind a benign first one.
    byte[] first = new PickleBuilder().proto(2).op(0x8a).op(2).op(0x6c).op(0xfc).stop().toBytes();
    byte[] both = concat(first, PickleBuilder.systemProtocol4(), new byte[] {1, 2, 3, 4});
    assertThat(globalsWith(scan(both), PickleMachine.DANGEROUS_GLOBAL))
        .containsExactly("posix.system");
  }

  @Test
  void truncatedPickleKeepsEarlierFindings() throws IOException {
    byte[] full = PickleBuilder.osSystemProtocol0();
    byte[] cut = java.util.Arrays.copyOf(full, full.length - 3);
    List<ContentFinding> findings = scan(cut);
    assertThat(findings).extracting(ContentFinding::ruleId)
        .containsExactly(PickleMachine.DANGEROUS_GLOBAL, "model.unparseable");
  }

  @Test
  void unknownOpcodeIsUnparseable() throws IOException {
    byte[] p = new PickleBuilder().proto(2).none().op(0xff).stop().toBytes();
    assertThat(scan(p)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("model.unparseable");
      assertThat(f.message()).contains("0xff");
    });
  }

  @Test
  void hugeLengthClaimDoesNotAllocate() throws IOException {
    // BINBYTES8 claiming 2^62 bytes with nothing behind it: must end as truncated, not OOM.
    byte[] p = new PickleBuilder().proto(4).bytes8Header(1L << 62).stop().toBytes();
    assertThat(scan(p)).extracting(ContentFinding::ruleId).containsExactly("model.unparseable");
  }

  @Test
  void opcodeLimitStopsWithFinding() throws IOException {
    PickleBuilder b = new PickleBuilder().proto(2).emptyList();
    for (int i = 0; i < 1000; i++) {
      b.none().append();
    }
    ScanLimits tight = new ScanLimits(1 << 30, 1 << 30, 100, 100, 4, 500, 1000);
    assertThat(scan(b.stop().toBytes(), tight)).extracting(ContentFinding::ruleId)
        .containsExactly("model.limit-exceeded");
  }

  /**
   * A list whose items are runs of one push opcode, in three batches, then an import before STOP;
   * the walk over the read buffer takes such runs in an inner loop of its own.
   */
  private static byte[] listOfRuns(int op, int operandBytes, int perBatch) {
    PickleBuilder b = new PickleBuilder().proto(2).emptyList();
    for (int batch = 0; batch < 3; batch++) {
      b.mark();
      for (int i = 0; i < perBatch; i++) {
        b.op(op);
        for (int k = 0; k < operandBytes; k++) {
          b.op((i + k) & 0x7f);
        }
      }
      b.appends();
    }
    return b.global("posix", "system").emptyTuple().reduce().stop().toBytes();
  }

  /** Scans {@code pickle} read a few bytes at a time, so every opcode takes the general step. */
  private static List<ContentFinding> scanInSmallReads(byte[] pickle, ScanLimits limits)
      throws IOException {
    List<ContentFinding> out = new ArrayList<>();
    ByteArrayInputStream whole = new ByteArrayInputStream(pickle);
    java.io.InputStream trickle = new java.io.FilterInputStream(whole) {
      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        return super.read(buf, off, Math.min(len, 5));
      }
    };
    new PickleScanner().scan(new ScanInput(LOC, trickle, pickle.length, 0), limits, out::add);
    return out;
  }

  @Test
  void runsOfEachPushOpcodeGiveTheFindingsOfTheGeneralStep() throws IOException {
    int[][] pushes = {{'K', 1}, {'M', 2}, {'J', 4}, {'G', 8}, {'N', 0}, {0x88, 0}, {0x89, 0},
        {']', 0}, {'}', 0}};
    for (int[] push : pushes) {
      byte[] p = listOfRuns(push[0], push[1], 3000);
      List<ContentFinding> fast = scan(p);
      assertThat(globalsWith(fast, PickleMachine.DANGEROUS_GLOBAL)).as("opcode 0x%02x", push[0])
          .containsExactly("posix.system");
      assertThat(fast).as("opcode 0x%02x", push[0])
          .isEqualTo(scanInSmallReads(p, ScanLimits.defaults()));
    }
  }

  @Test
  void opcodeLimitInsideARunStopsWhereTheGeneralStepStops() throws IOException {
    byte[] p = listOfRuns('K', 1, 3000);
    ScanLimits tight = new ScanLimits(1 << 30, 1 << 30, 100, 100, 4, 4500, 1000);
    List<ContentFinding> fast = scan(p, tight);
    assertThat(fast).extracting(ContentFinding::ruleId).containsExactly("model.limit-exceeded");
    assertThat(fast).isEqualTo(scanInSmallReads(p, tight));
    // No limit to speak of: the run's bound must not overflow.
    ScanLimits unbounded = new ScanLimits(1 << 30, 1 << 30, 100, 100, 4, Long.MAX_VALUE, 1000);
    assertThat(globalsWith(scan(p, unbounded), PickleMachine.DANGEROUS_GLOBAL))
        .containsExactly("posix.system");
  }

  @Test
  void selfReferencingMemoDoesNotLoop() throws IOException {
    // L = []; L.append(L): a cycle through the memo that recursive analysers choked on.
    byte[] p = new PickleBuilder().proto(2).emptyList().memoize().get(0).append().stop().toBytes();
    assertThat(scan(p)).isEmpty();
  }

  @Test
  void recognisesPicklesByBytesOnly() {
    assertThat(PickleScanner.looksLikePickle(PickleBuilder.osSystemProtocol0())).isTrue();
    assertThat(PickleScanner.looksLikePickle(PickleBuilder.systemProtocol4())).isTrue();
    assertThat(PickleScanner.looksLikePickle(PickleBuilder.torchStateDict())).isTrue();
    assertThat(PickleScanner.looksLikePickle(
        "config: value\nother: 1\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(PickleScanner.looksLikePickle(
        "Version 1.0\nThis is a readme.\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    // A safetensors header length of 0x0180 starts with 0x80 0x01, like PROTO 1.
    byte[] safetensorsLike = {(byte) 0x80, 1, 0, 0, 0, 0, 0, 0, '{', '"'};
    assertThat(PickleScanner.looksLikePickle(safetensorsLike)).isFalse();
    byte[] floats = new byte[4096];
    new Random(7).nextBytes(floats);
    assertThat(PickleScanner.looksLikePickle(floats)).isFalse();
  }

  @Test
  void payloadThatBreaksTheStreamAfterCallingIsStillRecognised() {
    // The call runs before the garbage is reached, so the bytes must still count as a pickle.
    byte[] p = concat(new PickleBuilder().global("os", "system").mark().unicodeLine("id").tuple()
        .reduce().toBytes(), new byte[] {(byte) 0xff, (byte) 0xfe});
    assertThat(PickleScanner.looksLikePickle(p)).isTrue();
  }

  static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
