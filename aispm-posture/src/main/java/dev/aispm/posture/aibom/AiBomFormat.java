package dev.aispm.posture.aibom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;

/**
 * The forms an AI-BOM is written in: CycloneDX 1.6 JSON or XML through the CycloneDX library's
 * generators (so the output follows the specification's serialization, not ours), or a table for
 * a person at a terminal. 1.6 is the newest version the library writes; readers of 1.7 accept it.
 */
public enum AiBomFormat {
  CYCLONEDX_JSON("cyclonedx-json", "application/vnd.cyclonedx+json;version=1.6"),
  CYCLONEDX_XML("cyclonedx-xml", "application/vnd.cyclonedx+xml;version=1.6"),
  TABLE("table", "text/plain;charset=utf-8");

  /** The CycloneDX specification version written. */
  public static final Version SPEC = Version.VERSION_16;

  private final String option;
  private final String mediaType;

  AiBomFormat(String option, String mediaType) {
    this.option = option;
    this.mediaType = mediaType;
  }

  /** The name used on the command line and in the API's {@code format} parameter. */
  public String option() {
    return option;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The format of a name.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static AiBomFormat of(String name) {
    for (AiBomFormat f : values()) {
      if (f.option.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("format must be one of cyclonedx-json, cyclonedx-xml, table; was " + name);
  }

  /** The BOM written in this format. */
  public String render(Bom bom) {
    try {
      return switch (this) {
        case CYCLONEDX_JSON -> BomGeneratorFactory.createJson(SPEC, bom).toJsonString();
        case CYCLONEDX_XML -> CycloneDxXmlFixes.apply(BomGeneratorFactory.createXml(SPEC, bom).toXmlString());
        case TABLE -> table(bom);
      };
    } catch (GeneratorException e) {
      throw new IllegalStateException("CycloneDX serialization failed: " + e.getMessage(), e);
    }
  }

  /**
   * The official CycloneDX 1.6 schema's complaints about a document in this format (empty: valid),
   * from the schemas bundled in the CycloneDX library. The table has no schema and is never valid.
   */
  public List<String> schemaErrors(String document) {
    try {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      List<ParseException> errors = switch (this) {
        case CYCLONEDX_JSON -> new JsonParser().validate(bytes, SPEC);
        case CYCLONEDX_XML -> new XmlParser().validate(bytes, SPEC);
        case TABLE -> throw new IllegalArgumentException("the table format has no schema");
      };
      return errors.stream().map(Throwable::getMessage).toList();
    } catch (IOException e) {
      return List.of("unreadable: " + e.getMessage());
    }
  }

  /** The document read back into the CycloneDX model by the library's parser. */
  public Bom parse(String document) throws ParseException {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    return switch (this) {
      case CYCLONEDX_JSON -> new JsonParser().parse(bytes);
      case CYCLONEDX_XML -> new XmlParser().parse(bytes);
      case TABLE -> throw new IllegalArgumentException("the table format cannot be parsed");
    };
  }

  private static String table(Bom bom) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"KIND", "NAME", "TYPE", "PROVIDER", "DETAIL"});
    List<Component> components = bom.getComponents() == null ? List.of() : bom.getComponents();
    for (Component c : components) {
      String kind = switch (c.getType()) {
        case DATA -> "data";
        case CONTAINER -> "image";
        case LIBRARY -> "library";
        default -> "model";
      };
      String detail;
      if (c.getType() == Component.Type.CONTAINER) {
        detail = "scan=" + prop(c.getProperties(), "imageScan") + " packages=" + dependsOn(bom, c.getBomRef());
      } else if (c.getType() == Component.Type.LIBRARY) {
        long advisories = c.getProperties().stream().filter(p -> p.getName().equals(AiBomBuilder.NS + "advisory"))
            .count();
        detail = (c.getPurl() == null ? c.getName() : c.getPurl()) + " " + prop(c.getProperties(), "aiCategory")
            + (advisories > 0 ? " advisories=" + advisories : "");
      } else if (c.getType() == Component.Type.DATA) {
        var d = c.getData().get(0);
        detail = "classification=" + d.getClassification()
            + (d.getSensitiveData() == null ? "" : " kinds=" + String.join(",", d.getSensitiveData()))
            + " custodians=" + (d.getGovernance() == null || d.getGovernance().getCustodians() == null ? 0
                : d.getGovernance().getCustodians().size());
      } else {
        var card = c.getModelCard();
        int datasets = card == null || card.getModelParameters() == null
            || card.getModelParameters().getDatasets() == null ? 0 : card.getModelParameters().getDatasets().size();
        detail = "datasets=" + datasets + " lineage=" + prop(c.getProperties(), "lineage")
            + " scan=" + prop(c.getProperties(), "scanStatus");
      }
      rows.add(new String[] {kind, c.getName(), prop(c.getProperties(), "type"), prop(c.getProperties(), "provider"),
          detail});
    }
    List<Service> services = bom.getServices() == null ? List.of() : bom.getServices();
    for (Service s : services) {
      rows.add(new String[] {"service", s.getName(), prop(s.getProperties(), "type"),
          prop(s.getProperties(), "provider"), "dependsOn=" + dependsOn(bom, s.getBomRef())
              + (Boolean.TRUE.equals(s.getxTrustBoundary()) ? " internet-reachable" : "")});
    }
    int[] width = new int[5];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.min(60, Math.max(width[i], r[i].length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        String cell = r[i].length() > 60 ? r[i].substring(0, 57) + "..." : r[i];
        out.append(i == r.length - 1 ? cell : String.format("%-" + width[i] + "s  ", cell));
      }
      out.append('\n');
    }
    out.append(String.format("%d models, %d data sets, %d services, %d container images, %d AI libraries%n",
        components.stream().filter(c -> c.getType() == Component.Type.MACHINE_LEARNING_MODEL).count(),
        components.stream().filter(c -> c.getType() == Component.Type.DATA).count(), services.size(),
        components.stream().filter(c -> c.getType() == Component.Type.CONTAINER).count(),
        components.stream().filter(c -> c.getType() == Component.Type.LIBRARY).count()));
    return out.toString();
  }

  private static int dependsOn(Bom bom, String ref) {
    if (bom.getDependencies() == null) {
      return 0;
    }
    return bom.getDependencies().stream().filter(d -> ref.equals(d.getRef()) && d.getDependencies() != null)
        .mapToInt(d -> d.getDependencies().size()).sum();
  }

  private static String prop(List<Property> props, String name) {
    if (props == null) {
      return "-";
    }
    return props.stream().filter(p -> p.getName().equals(AiBomBuilder.NS + name)).map(Property::getValue)
        .findFirst().orElse("-");
  }
}
