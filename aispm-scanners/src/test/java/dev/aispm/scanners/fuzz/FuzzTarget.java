package dev.aispm.scanners.fuzz;

import dev.aispm.scanners.archive.ScanLimitException;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.csv.CsvScanner;
import dev.aispm.scanners.data.json.JsonScanner;
import dev.aispm.scanners.data.notebook.NotebookScanner;
import dev.aispm.scanners.data.parquet.ParquetScanner;
import dev.aispm.scanners.data.text.TextScanner;
import dev.aispm.scanners.files.ContentScanEngine;
import dev.aispm.scanners.model.ModelFindings;
import dev.aispm.scanners.model.gguf.GgufScanner;
import dev.aispm.scanners.model.hdf5.EmbeddedKerasConfigScanner;
import dev.aispm.scanners.model.keras.KerasConfigScanner;
import dev.aispm.scanners.model.numpy.NumpyScanner;
import dev.aispm.scanners.model.onnx.OnnxScanner;
import dev.aispm.scanners.model.pickle.PickleScanner;
import dev.aispm.scanners.model.safetensors.SafetensorsScanner;
import dev.aispm.scanners.model.savedmodel.SavedModelScanner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One parser that reads hostile bytes, and the invariant every fuzz and mutation test checks on
 * it: whatever the bytes, the parser returns, and anything wrong with them comes back as a
 * finding. An exception escaping a scanner (even one the engine would catch and word as
 * "scanner failed") is a bug, and so is an error the engine's own safety net had to turn into
 * a finding.
 */
public enum FuzzTarget {
  PICKLE("model.pkl", PickleScanner::new),
  NUMPY("weights.npy", NumpyScanner::new),
  SAFETENSORS("model.safetensors", SafetensorsScanner::new),
  GGUF("model.gguf", GgufScanner::new),
  KERAS_CONFIG("config.json", KerasConfigScanner::new),
  HDF5("model.h5", EmbeddedKerasConfigScanner::new),
  ONNX("model.onnx", OnnxScanner::new),
  SAVED_MODEL("saved_model.pb", SavedModelScanner::new),
  TEXT("notes.txt", TextScanner::new),
  CSV("data.csv", CsvScanner::new),
  JSON_LINES("train.jsonl", JsonScanner::new),
  NOTEBOOK("analysis.ipynb", NotebookScanner::new),
  PARQUET("data.parquet", ParquetScanner::new),
  /** Package records and dependency declarations; the first line names the file. */
  PACKAGE_RECORDS("package-record", PackageRecordTarget::new),
  /** Zip, tar, gzip, bzip2 and xz, unwrapped by the engine and handed to every scanner. */
  ARCHIVE("model.bin", null);

  /** Limits small enough that a fuzzing run spends its time on parsing, not on big inputs. */
  public static final ScanLimits LIMITS =
      new ScanLimits(8L << 20, 64L << 20, 200, 2_000, 6, 100_000, 64 * 1024);

  private final String location;
  private final Supplier<ContentScanner> scanner;

  FuzzTarget(String location, Supplier<ContentScanner> scanner) {
    this.location = location;
    this.scanner = scanner;
  }

  /** The file name the target is scanned under (some formats are recognised by name too). */
  public String location() {
    return location;
  }

  /**
   * Scans {@code data} with this target's parser and, for the archive target, the whole engine;
   * throws {@link AssertionError} when the invariant breaks.
   *
   * @return the findings
   */
  public List<ContentFinding> check(byte[] data) {
    List<ContentFinding> findings = new ArrayList<>();
    if (scanner == null) {
      findings.addAll(Engine.INSTANCE.scan(new ByteArrayInputStream(data), location));
    } else {
      ContentScanner s = scanner.get();
      try {
        s.scan(new ScanInput(location, new ByteArrayInputStream(data), data.length, 0), LIMITS,
            findings::add);
      } catch (ScanLimitException e) {
        // A limit the engine reports as a finding: the documented way to stop.
        return findings;
      } catch (IOException | RuntimeException | StackOverflowError e) {
        throw new AssertionError(name() + " let " + e + " escape on " + data.length
            + " bytes instead of reporting the problem as a finding", e);
      }
    }
    for (ContentFinding f : findings) {
      // The engine's safety net words what it caught in the finding's reason; the message
      // itself may quote names from the content, which a fuzzer soon learns to fill with these
      // very words.
      String reason = f.details().getOrDefault("reason", "");
      if (f.ruleId().equals(ModelFindings.UNPARSEABLE) && (reason.startsWith("scanner failed:")
          || reason.startsWith("scanning failed:")
          || reason.startsWith("scanner rejected the content:"))) {
        throw new AssertionError(name() + " needed the engine's safety net: " + reason);
      }
    }
    return findings;
  }

  /** Built on first use, so a fuzzer of one parser does not load every other one. */
  private static final class Engine {
    static final ContentScanEngine INSTANCE = ContentScanEngine.withBuiltInScanners(LIMITS);
  }
}
