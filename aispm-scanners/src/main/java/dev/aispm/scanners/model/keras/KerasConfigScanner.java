package dev.aispm.scanners.model.keras;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.model.ModelFindings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A Keras model config as JSON: {@code config.json} inside a {@code .keras} archive, or a model
 * JSON saved on its own. Recognised by content (a JSON object whose top-level keys are a model's),
 * so renaming the file does not hide it.
 */
public final class KerasConfigScanner implements ContentScanner {
  /** Configs larger than this are not parsed (real ones are a few megabytes at most). */
  static final int MAX_CONFIG = 64 * 1024 * 1024;
  /** Made when the first config is parsed (its set-up loads the JDK's locale data). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Override
  public String name() {
    return "keras-config";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    return looksLikeModelConfig(head);
  }

  /**
   * Whether {@code head} opens one JSON object whose own top-level keys are a Keras model's:
   * {@code class_name} naming a class, next to a {@code config} object or a {@code module} name. Looking at the
   * top level only keeps training data out: a JSON Lines record, a notebook that prints a model,
   * or a dataset with a {@code class_name} column are data, and the data scanners read them.
   */
  static boolean looksLikeModelConfig(byte[] head) {
    boolean className = false;
    boolean configOrModule = false;
    try (JsonParser p = FACTORY.createParser(head)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        switch (key) {
          case "class_name" -> className = value == JsonToken.VALUE_STRING;
          // Keras always writes config as an object and module as a string; a data set's
          // "config" column of plain strings is not a model.
          case "config" -> configOrModule |= value == JsonToken.START_OBJECT;
          case "module" -> configOrModule |= value == JsonToken.VALUE_STRING;
          // A notebook's top level; its outputs may print a model, which is still data.
          case "cells", "nbformat" -> {
            return false;
          }
          default -> {
          }
        }
        p.skipChildren();
      }
      if (t != JsonToken.END_OBJECT) {
        return false;
      }
      // A second value after the object makes this JSON Lines, which is a data set.
      return className && configOrModule && p.nextToken() == null;
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      // The head ended inside a large config: judge the keys seen so far.
      return className && configOrModule;
    } catch (IOException e) {
      // Broken JSON cannot be loaded as a model; the data scanners still read it as text.
      return false;
    }
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    // The whole config is parsed in memory, so it is also bounded by the per-object budget.
    int max = (int) Math.min(MAX_CONFIG, limits.maxBytesPerObject());
    byte[] bytes = input.stream().readNBytes(max + 1);
    if (bytes.length > max) {
      findings.accept(ModelFindings.limitExceeded("keras config", input.location(),
          "keras config size", "config larger than " + max + " bytes"));
      return;
    }
    if (!dev.aispm.scanners.core.JsonText.startsAsUtf8(bytes)) {
      findings.accept(ModelFindings.unparseable("keras config", input.location(),
          "config is not UTF-8 JSON text"));
      return;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      findings.accept(ModelFindings.unparseable("keras config", input.location(),
          ModelFindings.jsonProblem(e)));
      return;
    }
    if (root != null) {
      KerasConfigInspector.inspect(root, input.location(), findings);
    }
  }
}
