package dev.aispm.scanners.policy.gate;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Tiny model files written byte by byte for the gate's tests: headers with the metadata a
 * policy reads, and a few bytes of "weights". None is a working model and none is ever loaded.
 */
public final class ModelFiles {
  private ModelFiles() {}

  /** A safetensors file with one F32 tensor and {@code metadataJson} (an object, or null) as __metadata__. */
  public static byte[] safetensors(String metadataJson) {
    String header = "{" + (metadataJson == null ? "" : "\"__metadata__\":" + metadataJson + ",")
        + "\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}";
    byte[] h = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + h.length + 4).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(h.length).put(h).putFloat(1f);
    return b.array();
  }

  /** A GGUF v3 header with string metadata given as alternating keys and values, and no tensors. */
  public static byte[] gguf(String... keyValues) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    b.put("GGUF".getBytes(StandardCharsets.US_ASCII)).putInt(3).putLong(0).putLong(keyValues.length / 2 + 1);
    out.writeBytes(b.array());
    // a non-string entry first, so the reader has to skip one
    ggufKey(out, "general.file_type");
    out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(4).putInt(7).array());
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      ggufKey(out, keyValues[i]);
      out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(8).array());
      ggufString(out, keyValues[i + 1]);
    }
    return out.toByteArray();
  }

  private static void ggufKey(ByteArrayOutputStream out, String key) {
    ggufString(out, key);
  }

  private static void ggufString(ByteArrayOutputStream out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(bytes.length).array());
    out.writeBytes(bytes);
  }

  /** An ONNX ModelProto: ir_version 8, an empty graph, and metadata_props from alternating keys and values. */
  public static byte[] onnx(String... keyValues) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x08);
    out.write(8);
    out.write(0x3a); // field 7 (graph), length-delimited
    out.write(0);
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      ByteArrayOutputStream entry = new ByteArrayOutputStream();
      protoString(entry, 1, keyValues[i]);
      protoString(entry, 2, keyValues[i + 1]);
      out.write(0x72); // field 14 (metadata_props), length-delimited
      out.write(entry.size());
      out.writeBytes(entry.toByteArray());
    }
    return out.toByteArray();
  }

  private static void protoString(ByteArrayOutputStream out, int field, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.write(field << 3 | 2);
    out.write(bytes.length);
    out.writeBytes(bytes);
  }
}
