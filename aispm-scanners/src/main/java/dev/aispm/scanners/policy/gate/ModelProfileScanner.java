package dev.aispm.scanners.policy.gate;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rides along a {@code scan-files} run with a policy: for each leaf that one of the model
 * scanners accepts it notes the format that scanner detects and the licence and base model the
 * file's header states, and for each model card ({@code README.md}) or Hugging Face config
 * beside a model what it states for the models of its folder. It reports no finding itself: the
 * format scanners judge the content, and {@link FileModelGate} judges the facts gathered here
 * once every file has been read.
 */
public final class ModelProfileScanner implements ContentScanner {
  /** Format scanners by the policy's format name; the first that accepts decides. */
  private static final Map<String, String> FORMAT_OF_SCANNER = Map.of("safetensors", "safetensors",
      "gguf", "gguf", "onnx", "onnx", "keras-config", "keras", "keras-embedded", "keras-h5",
      "savedmodel", "savedmodel", "numpy", "numpy", "pickle", "pickle");
  private static final Set<String> CONFIG_NAMES = Set.of("config.json", "adapter_config.json");

  private final List<ContentScanner> formatScanners;
  private final Map<String, ModelFile> models = new LinkedHashMap<>();
  private final Map<String, ModelMetadata> folderCards = new LinkedHashMap<>();
  private final Map<String, ModelMetadata> folderConfigs = new LinkedHashMap<>();

  /** Detects formats with the model scanners among {@code scanners} (the engine's). */
  public ModelProfileScanner(List<ContentScanner> scanners) {
    this.formatScanners = scanners.stream().filter(s -> FORMAT_OF_SCANNER.containsKey(s.name())).toList();
  }

  @Override
  public String name() {
    return "model-profile";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    String file = fileName(location).toLowerCase(Locale.ROOT);
    return file.equals("readme.md") || CONFIG_NAMES.contains(file) || format(location, head) != null;
  }

  @Override
  public synchronized void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    String location = input.location();
    BufferedInputStream in = new BufferedInputStream(input.stream(), 64 * 1024 + 1);
    in.mark(64 * 1024 + 1);
    byte[] head = in.readNBytes(64 * 1024);
    in.reset();
    String detected = format(location, head);
    String file = fileName(location).toLowerCase(Locale.ROOT);
    try {
      if (detected == null && file.equals("readme.md")) {
        folderCards.put(folder(location), MetadataReaders.modelCard(in));
      } else if (detected == null && CONFIG_NAMES.contains(file)) {
        folderConfigs.merge(folder(location), MetadataReaders.hfConfig(in), (a, b) -> b.orElse(a));
      } else if (detected != null) {
        record(location, detected, in);
      }
    } catch (IOException | RuntimeException e) {
      // Malformed metadata is the format scanner's finding; the file is still a model of its format.
      if (detected != null) {
        models.putIfAbsent(artifact(location, detected), new ModelFile(artifact(location, detected),
            refine(location, detected), ModelMetadata.NONE));
      }
    }
  }

  private void record(String location, String detected, InputStream in) throws IOException {
    ModelMetadata meta = switch (detected) {
      case "safetensors" -> MetadataReaders.safetensors(in);
      case "gguf" -> MetadataReaders.gguf(in);
      case "onnx" -> MetadataReaders.onnx(in);
      default -> ModelMetadata.NONE;
    };
    String at = artifact(location, detected);
    models.merge(at, new ModelFile(at, refine(location, detected), meta),
        (a, b) -> new ModelFile(at, a.format(), a.metadata().orElse(b.metadata())));
  }

  /** The model files found so far, with what their folders' cards and configs state folded in. */
  public synchronized List<ModelFile> models() {
    List<ModelFile> out = new ArrayList<>();
    for (ModelFile m : models.values()) {
      ModelMetadata meta = m.metadata();
      // The nearest card or config up the folder chain speaks for the model; the file's own
      // header comes first, then the model card, then the config.
      for (String dir = folder(m.location()); dir != null; dir = parent(dir)) {
        meta = meta.orElse(folderCards.get(dir)).orElse(folderConfigs.get(dir));
      }
      out.add(new ModelFile(m.location(), m.format(), meta));
    }
    return out;
  }

  private String format(String location, byte[] head) {
    for (ContentScanner s : formatScanners) {
      try {
        if (s.accepts(location, head)) {
          return FORMAT_OF_SCANNER.get(s.name());
        }
      } catch (RuntimeException e) {
        // that scanner's own run reports it
      }
    }
    return null;
  }

  /**
   * A PyTorch zip's {@code data.pkl} and a Keras zip's {@code config.json} stand for the archive
   * that holds them: the archive is the model a loader opens.
   */
  static String artifact(String location, String detected) {
    int member = location.lastIndexOf("!/");
    if (member > 0) {
      String name = location.substring(member + 2);
      boolean torch = detected.equals("pickle") && (name.equals("data.pkl") || name.endsWith("/data.pkl"));
      boolean keras = detected.equals("keras") && name.equals("config.json");
      if (torch || keras) {
        return location.substring(0, member);
      }
    }
    return location;
  }

  /** Pickles by what loads them: PyTorch checkpoints and joblib files are pickles too. */
  static String refine(String location, String detected) {
    if (!detected.equals("pickle")) {
      return detected;
    }
    String at = artifact(location, detected);
    if (!at.equals(location)) {
      return "pytorch";
    }
    String file = fileName(location).toLowerCase(Locale.ROOT);
    if (file.endsWith(".pt") || file.endsWith(".pth") || file.endsWith(".ckpt") || file.endsWith(".bin")) {
      return "pytorch";
    }
    if (file.endsWith(".joblib")) {
      return "joblib";
    }
    return "pickle";
  }

  static String fileName(String location) {
    int cut = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
    return location.substring(cut + 1);
  }

  /** The folder part of a location; archive members keep their archive ({@code a.zip!/m}). */
  static String folder(String location) {
    int cut = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
    return cut < 0 ? "" : location.substring(0, cut);
  }

  private static String parent(String dir) {
    if (dir.isEmpty()) {
      return null;
    }
    return folder(dir);
  }
}
