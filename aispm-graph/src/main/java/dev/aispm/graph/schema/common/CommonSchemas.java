package dev.aispm.graph.schema.common;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import java.util.List;

/**
 * Node types that are not one cloud's resource: the {@code Internet}, whose edges say what can be
 * reached from anywhere, and cloud accounts as the root of each scope.
 */
public final class CommonSchemas {
  private CommonSchemas() {}

  /** The id of the single Internet node. */
  public static final String INTERNET_ID = "internet";

  public static final NodeSchema INTERNET = NodeSchema.builder("Internet")
      .description("The public internet. An edge from it means the target accepts connections from "
          + "anywhere; attack-path rules start here.")
      .build();

  public static final List<NodeSchema> NODES = List.of(INTERNET);
  public static final List<RelSchema> RELS = List.of();
}
