package dev.aispm.graph.schema.common;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import java.util.List;

/**
 * Node types that are not one cloud's resource: the {@code Internet}, whose edges say what can be
 * reached from anywhere, cloud accounts as the root of each scope, and what compute holds (AI
 * packages, AI use, advisories).
 */
public final class CommonSchemas {
  private CommonSchemas() {}

  /** The id of the single Internet node. */
  public static final String INTERNET_ID = "internet";

  public static final NodeSchema INTERNET = NodeSchema.builder("Internet")
      .description("The public internet. An edge from it means the target accepts connections from "
          + "anywhere; attack-path rules start here.")
      .build();

  public static final List<NodeSchema> NODES = List.of(INTERNET, SoftwarePackageSchema.NODE,
      AiUsageSchema.NODE, AdvisorySchema.NODE);
  public static final List<RelSchema> RELS = List.of(AdvisorySchema.AFFECTED_BY);
}
