package dev.aispm.collectors.content;

import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RelSchema;
import dev.aispm.graph.schema.common.supplychain.AdvisorySchema;
import dev.aispm.graph.schema.common.supplychain.AiUsageSchema;
import dev.aispm.graph.schema.common.supplychain.SoftwarePackageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryMatch;
import dev.aispm.scanners.aiusage.AiComponent;
import dev.aispm.scanners.aiusage.AiEvidence;
import dev.aispm.scanners.packages.SoftwarePackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what reading code (a function package, a container image, the code objects under a
 * bucket prefix) found as graph records hung from the asset that holds it: AI packages, AI use and
 * the advisories of those packages. Shared so that a function, an image and a data prefix say the
 * same thing in the same shape, and the supply-chain rules and the AI-BOM read them alike.
 */
public final class SupplyChainGraph {
  /** The node types this writes; a scan that could not read some code must not clean them. */
  public static final List<NodeSchema> TYPES = List.of(SoftwarePackageSchema.NODE, AiUsageSchema.NODE,
      AdvisorySchema.NODE);

  private SupplyChainGraph() {}

  /**
   * How one type of holder reaches what its code holds.
   *
   * @param usesPackage the holder's relationship to its packages
   * @param usesAi      the holder's relationship to its AI use
   * @param managedAi   lower-case fragment of the cloud's own managed AI service's name (e.g.
   *                    {@code bedrock}): its use shows in that service's inventory and logs
   */
  public record Holder(RelSchema usesPackage, RelSchema usesAi, String managedAi) {}

  /** Packages, AI use and advisories of one holder, reached through {@code holder}'s relationships. */
  public static void write(WriteBatch out, String ownerId, CodeReport code, ScopeKey scope, Holder holder) {
    write(out, ownerId, code, scope, holder.usesPackage(), holder.usesAi(), holder.managedAi());
  }

  /**
   * What reading a container image's layers found: the image node says how far it was read
   * ({@code imageScan}, {@code imageScanError}, {@code layers}, {@code layersRead}) and its
   * packages, AI use and advisories hang from it. Every registry's image transformer writes
   * through here, so an ECR, ACR and Artifact Registry image carry the same records.
   *
   * @param report what reading the layers found or why not; null when reading was not tried (nothing is written)
   */
  public static void writeImage(WriteBatch out, NodeRecord.Builder image, String imageId, ImageReport report,
      ScopeKey scope, Holder holder) {
    if (report == null) {
      return;
    }
    image.set("imageScan", report.contents().status())
        .set("imageScanError", report.contents().error())
        .set("layers", report.layers())
        .set("layersRead", report.layersRead());
    write(out, imageId, report.contents(), scope, holder);
  }

  /**
   * Packages, AI use and advisories of one holder. A package several records list (its dist-info
   * and a requirements pin) is one node per version, where first seen.
   *
   * @param ownerId     the holder's node id; every written id starts with it
   * @param usesPackage the holder's relationship to its packages
   * @param usesAi      the holder's relationship to its AI use
   * @param managedAi   lower-case fragment of the cloud's own managed AI service's name (e.g.
   *                    {@code bedrock}): its use shows in that service's inventory and logs;
   *                    null when nothing the holder runs can be a managed service (a self-hosted
   *                    server)
   */
  public static void write(WriteBatch out, String ownerId, CodeReport code, ScopeKey scope, RelSchema usesPackage,
      RelSchema usesAi, String managedAi) {
    Map<String, String> packageIds = new LinkedHashMap<>();
    for (var e : code.aiPackages().entrySet()) {
      SoftwarePackage p = e.getKey();
      AiComponent c = e.getValue();
      String pkgId = ownerId + "#package/" + p.purl();
      if (packageIds.putIfAbsent(p.purl(), pkgId) != null) {
        continue;
      }
      out.node(SoftwarePackageSchema.NODE, NodeRecord.of(pkgId, scope)
          .set("ecosystem", p.ecosystem().osvName())
          .set("name", p.name())
          .set("version", p.version())
          .set("purl", p.purl())
          .set("aiCategory", c.category())
          .set("component", c.title())
          .set("selfHosted", c.selfHosted())
          .set("record", p.source())
          .set("location", p.location())
          .build());
      out.rel(usesPackage, RelRecord.of(ownerId, pkgId, scope));
      usage(out, ownerId, usesAi, managedAi, "package", p.name(), c.title(), c.category(), List.of(p.location()),
          scope);
    }
    Map<String, List<AiEvidence>> byUse = new LinkedHashMap<>();
    for (AiEvidence e : code.evidence()) {
      byUse.computeIfAbsent(e.kind() + "/" + e.subject(), k -> new ArrayList<>()).add(e);
    }
    for (List<AiEvidence> same : byUse.values()) {
      AiEvidence first = same.get(0);
      usage(out, ownerId, usesAi, managedAi, first.kind(), first.subject(), first.component(), first.category(),
          same.stream().map(e -> e.line() > 0 ? e.location() + ":" + e.line() : e.location()).distinct().toList(),
          scope);
    }
    for (AdvisoryMatch m : code.vulnerabilities()) {
      String pkgId = packageIds.get(m.pkg().purl());
      if (pkgId == null) {
        continue;
      }
      var a = m.advisory();
      String advId = pkgId + "#advisory/" + a.id();
      out.node(AdvisorySchema.NODE, NodeRecord.of(advId, scope)
          .set("advisoryId", a.id())
          .set("aliases", a.aliases().isEmpty() ? null : a.aliases())
          .set("summary", a.summary().isEmpty() ? null : a.summary())
          .set("severity", m.severity().name().toLowerCase(Locale.ROOT))
          .set("severitySource", a.severity() == null ? "unrated" : "rated")
          .set("fixedVersion", m.fixedVersion())
          .set("package", m.pkg().name())
          .set("version", m.pkg().version())
          .build());
      out.rel(AdvisorySchema.AFFECTED_BY, RelRecord.of(pkgId, advId, scope));
    }
  }

  private static void usage(WriteBatch out, String ownerId, RelSchema usesAi, String managedAi, String kind,
      String subject, String component, String category, List<String> evidence, ScopeKey scope) {
    String id = ownerId + "#ai/" + kind + "/" + subject;
    out.node(AiUsageSchema.NODE, NodeRecord.of(id, scope)
        .set("kind", kind)
        .set("subject", subject)
        .set("component", component)
        .set("category", category)
        .set("managed", managedAi != null && component.toLowerCase(Locale.ROOT).contains(managedAi))
        .set("evidence", evidence)
        .build());
    out.rel(usesAi, RelRecord.of(ownerId, id, scope));
  }
}
