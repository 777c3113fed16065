package dev.aispm.scanners.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz targets, one per parser that reads hostile bytes. Without
 * {@code JAZZER_FUZZ} (normal builds and CI) each method replays its seed corpus in
 * {@code src/test/resources/dev/aispm/scanners/fuzz/ParserFuzzTestInputs/<method>/}: the
 * fixtures of the format tests plus every input a fuzzing run ever broke a parser with. With
 * {@code JAZZER_FUZZ=1} Jazzer mutates from those seeds, guided by coverage, for
 * {@code maxDuration}; see docs/fuzzing.md for the commands.
 */
class ParserFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void pickle(byte[] data) {
    FuzzTarget.PICKLE.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void numpy(byte[] data) {
    FuzzTarget.NUMPY.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void safetensors(byte[] data) {
    FuzzTarget.SAFETENSORS.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void gguf(byte[] data) {
    FuzzTarget.GGUF.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void kerasConfig(byte[] data) {
    FuzzTarget.KERAS_CONFIG.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void hdf5(byte[] data) {
    FuzzTarget.HDF5.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void onnx(byte[] data) {
    FuzzTarget.ONNX.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void savedModel(byte[] data) {
    FuzzTarget.SAVED_MODEL.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void text(byte[] data) {
    FuzzTarget.TEXT.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void csv(byte[] data) {
    FuzzTarget.CSV.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void jsonLines(byte[] data) {
    FuzzTarget.JSON_LINES.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void notebook(byte[] data) {
    FuzzTarget.NOTEBOOK.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void parquet(byte[] data) {
    FuzzTarget.PARQUET.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void packageRecords(byte[] data) {
    FuzzTarget.PACKAGE_RECORDS.check(data);
  }

  @FuzzTest(maxDuration = "30s")
  void archive(byte[] data) {
    FuzzTarget.ARCHIVE.check(data);
  }
}
