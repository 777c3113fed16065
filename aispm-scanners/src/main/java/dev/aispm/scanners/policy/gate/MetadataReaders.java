package dev.aispm.scanners.policy.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.aispm.scanners.data.inspect.LimitedStream;
import dev.aispm.scanners.model.gguf.GgufMetadata;
import dev.aispm.scanners.model.protobuf.ProtoReader;
import dev.aispm.scanners.policy.ModelNames;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the licence and base model that model files and model cards state, from their headers
 * only: the safetensors {@code __metadata__} map, GGUF {@code general.license} and
 * {@code general.base_model.*}, ONNX {@code metadata_props}, the YAML front matter of a Hugging
 * Face {@code README.md}, and {@code config.json} / {@code adapter_config.json}. Every reader is
 * bounded and returns {@link ModelMetadata#NONE} for content it cannot read: the format scanners
 * report malformed files, this only gathers facts.
 */
final class MetadataReaders {
  /** Model cards and configs are small; what lies past this is not metadata. */
  static final int MAX_CARD_BYTES = 256 * 1024;
  private static final long MAX_SAFETENSORS_HEADER = 100_000_000L;
  // The stream belongs to the engine: a parser must not close it.
  private static final JsonFactory JSON = JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
  private static final ObjectMapper JSON_TREE = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private MetadataReaders() {}

  /** The {@code __metadata__} strings of a safetensors header, read as a stream of JSON tokens. */
  static ModelMetadata safetensors(InputStream in) throws IOException {
    byte[] len = in.readNBytes(8);
    if (len.length < 8) {
      return ModelMetadata.NONE;
    }
    long n = 0;
    for (int i = 7; i >= 0; i--) {
      n = (n << 8) | (len[i] & 0xff);
    }
    if (n < 2 || n > MAX_SAFETENSORS_HEADER) {
      return ModelMetadata.NONE;
    }
    Map<String, String> meta = new TreeMap<>();
    try (JsonParser p = JSON.createParser(new LimitedStream(in, n))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return ModelMetadata.NONE;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("__metadata__") && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_STRING && meta.size() < 1000) {
              meta.put(key.toLowerCase(Locale.ROOT), p.getText());
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
    }
    String licence = first(meta, "license", "licence", "modelspec.license");
    List<String> base = new ArrayList<>();
    addBase(base, first(meta, "base_model", "base_model_name_or_path", "modelspec.base_model"));
    return new ModelMetadata(licence, base, "safetensors __metadata__");
  }

  /** {@code general.license} and {@code general.base_model.N.*} of a GGUF header. */
  static ModelMetadata gguf(InputStream raw) throws IOException {
    Map<String, String> strings = new TreeMap<>();
    try {
      GgufMetadata.walk(raw, (key, type, value) -> {
        if (type == GgufMetadata.STRING && (key.equals("general.license") || key.startsWith("general.base_model."))) {
          strings.put(key, value.string(GgufMetadata.MAX_KEY));
        }
      });
    } catch (GgufMetadata.GgufFormatException e) {
      // The format scanner reports a broken header; this only gathers facts.
      return ModelMetadata.NONE;
    }
    List<String> base = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String prefix = "general.base_model." + i + ".";
      String url = strings.get(prefix + "repo_url");
      String org = strings.get(prefix + "organization");
      String name = strings.get(prefix + "name");
      if (url != null) {
        addBase(base, url);
      } else if (name != null) {
        addBase(base, org == null ? name : org + "/" + name);
      }
    }
    return new ModelMetadata(strings.get("general.license"), base, "GGUF metadata");
  }

  /** {@code metadata_props} (ModelProto field 14) of an ONNX model. */
  static ModelMetadata onnx(InputStream in) throws IOException {
    ProtoReader model = new ProtoReader(new BufferedInputStream(in, 64 * 1024));
    Map<String, String> props = new TreeMap<>();
    while (model.next()) {
      if (model.field() == 14 && model.wireType() == 2) {
        ProtoReader entry = model.message();
        String key = null;
        String value = null;
        while (entry.next()) {
          if (entry.field() == 1 && entry.wireType() == 2) {
            key = entry.string(4096);
          } else if (entry.field() == 2 && entry.wireType() == 2) {
            value = entry.string(4096);
          } else {
            entry.skip();
          }
        }
        if (key != null && value != null && props.size() < 1000) {
          props.put(key.toLowerCase(Locale.ROOT), value);
        }
      } else {
        model.skip();
      }
    }
    List<String> base = new ArrayList<>();
    addBase(base, first(props, "base_model", "base_model_name_or_path"));
    return new ModelMetadata(first(props, "license", "licence"), base, "ONNX metadata_props");
  }

  /** The YAML front matter of a Hugging Face model card: {@code license} and {@code base_model}. */
  static ModelMetadata modelCard(InputStream in) throws IOException {
    String text = new String(in.readNBytes(MAX_CARD_BYTES), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n", -1);
    if (lines.length < 2 || !lines[0].strip().equals("---")) {
      return ModelMetadata.NONE;
    }
    StringBuilder yaml = new StringBuilder();
    boolean closed = false;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        closed = true;
        break;
      }
      yaml.append(lines[i]).append('\n');
    }
    if (!closed) {
      return ModelMetadata.NONE;
    }
    JsonNode card;
    try {
      card = YAML.readTree(yaml.toString());
    } catch (IOException | RuntimeException e) {
      return ModelMetadata.NONE;
    }
    if (card == null || !card.isObject()) {
      return ModelMetadata.NONE;
    }
    String licence = scalar(card.get("license"));
    // "other" says the licence is named elsewhere in the card: license_name is its id.
    if ("other".equalsIgnoreCase(licence) && scalar(card.get("license_name")) != null) {
      licence = scalar(card.get("license_name"));
    }
    List<String> base = new ArrayList<>();
    JsonNode b = card.get("base_model");
    if (b != null && b.isArray()) {
      b.forEach(e -> addBase(base, scalar(e)));
    } else {
      addBase(base, scalar(b));
    }
    return new ModelMetadata(licence, base, "model card front matter");
  }

  /** {@code config.json} or {@code adapter_config.json}: the model it was made from. */
  static ModelMetadata hfConfig(InputStream in) throws IOException {
    JsonNode config;
    try {
      config = JSON_TREE.readTree(in.readNBytes(MAX_CARD_BYTES));
    } catch (IOException | RuntimeException e) {
      return ModelMetadata.NONE;
    }
    if (config == null || !config.isObject()) {
      return ModelMetadata.NONE;
    }
    List<String> base = new ArrayList<>();
    String adapterBase = scalar(config.get("base_model_name_or_path"));
    String nameOrPath = scalar(config.get("_name_or_path"));
    // _name_or_path is where the config was loaded from: a hub id names the base model, a local
    // folder says nothing about it.
    if (adapterBase != null) {
      addBase(base, adapterBase);
    } else if (ModelNames.looksLikeRepoId(nameOrPath)) {
      addBase(base, nameOrPath);
    }
    String licence = scalar(config.get("license"));
    return new ModelMetadata(licence, base, "config.json");
  }

  private static void addBase(List<String> out, String name) {
    String n = ModelNames.baseModel(name);
    if (n != null && !out.contains(n)) {
      out.add(n);
    }
  }

  private static String scalar(JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull() && !node.asText().isBlank()
        ? node.asText().strip() : null;
  }

  private static String first(Map<String, String> map, String... keys) {
    for (String k : keys) {
      String v = map.get(k);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
