package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.aiplatform.v1.EncryptionSpec;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import dev.aispm.collectors.gcp.GcpIds;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every Vertex AI transform shares: ids, encryption, timestamps, labels and identity links. */
final class VertexCommon {
  private static final Pattern GS_IN_TEXT = Pattern.compile("gs://[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](?:/[^\\s\"',;]*)?");

  private VertexCommon() {}

  /** Sets the encryption properties; an absent spec is a known "Google-managed", not unknown. */
  static NodeRecord.Builder encryption(NodeRecord.Builder b, boolean hasSpec, EncryptionSpec spec) {
    String key = hasSpec ? GcpIds.nullIfEmpty(spec.getKmsKeyName()) : null;
    return b.set("kmsKeyName", key).set("cmekEnabled", key != null);
  }

  static Instant time(boolean has, Timestamp t) {
    return has ? Instant.ofEpochSecond(t.getSeconds(), t.getNanos()) : null;
  }

  static List<String> labels(Map<String, String> labels) {
    return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
  }

  /** The location segment of a resource name projects/N/locations/L/... */
  static String location(String name) {
    String[] parts = name.split("/");
    return parts.length > 3 && parts[2].equals("locations") ? parts[3] : null;
  }

  /** A model named with its version (models/ID@2) as its registry entry (models/ID), which endpoints point at. */
  static String withoutVersion(String model) {
    return model.replaceAll("@[^/]*$", "");
  }

  static String projectNumber(String name) {
    String[] parts = name.split("/");
    return parts.length > 1 && parts[0].equals("projects") ? parts[1] : null;
  }

  /** Links a workload to the account it runs as, creating the account as a stub when it is another project's. */
  static void runsAs(WriteBatch out, RelSchema runsAs, String fromId, String email, ScopeKey scope) {
    if (email == null) {
      return;
    }
    out.rel(runsAs, RelRecord.of(fromId, GcpIds.serviceAccount(email), scope)
        .withTargetStub(Map.of("name", email, "email", email,
            "isDefaultComputeAccount", GcpIds.isDefaultComputeAccount(email))));
  }

  /** Every gs:// URI in free text (a worker argument like --data=gs://b/p). */
  static Set<String> gsUris(Iterable<String> texts) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : texts) {
      Matcher m = GS_IN_TEXT.matcher(t);
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** Every gs:// string value anywhere in a JSON value (dataset metadata, pipeline parameters). */
  static Set<String> gsUris(Value v) {
    List<String> strings = new ArrayList<>();
    collect(v, strings);
    return gsUris(strings);
  }

  private static void collect(Value v, List<String> out) {
    switch (v.getKindCase()) {
      case STRING_VALUE -> out.add(v.getStringValue());
      case LIST_VALUE -> v.getListValue().getValuesList().forEach(x -> collect(x, out));
      case STRUCT_VALUE -> v.getStructValue().getFieldsMap().values().forEach(x -> collect(x, out));
      default -> { }
    }
  }

  /** A struct field of a struct, or an empty struct when it is absent or not one. */
  static Struct struct(Struct s, String field) {
    Value v = s.getFieldsMap().get(field);
    return v == null || v.getKindCase() != Value.KindCase.STRUCT_VALUE ? Struct.getDefaultInstance() : v.getStructValue();
  }

  /** A string field of a struct, or null. */
  static String string(Struct s, String field) {
    Value v = s.getFieldsMap().get(field);
    return v == null || v.getKindCase() != Value.KindCase.STRING_VALUE ? null : GcpIds.nullIfEmpty(v.getStringValue());
  }
}
