package dev.aispm.posture.aibom;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aispm.posture.aibom.AiGraphSlice.Link;
import dev.aispm.posture.aibom.AiGraphSlice.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cyclonedx.model.Ancestors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Pedigree;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.Content;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.data.Governance;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.consideration.Risk;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * Turns an {@link AiGraphSlice} into a CycloneDX 1.6 AI-BOM, without the database. Mapping, by
 * concept label and by property names shared across clouds, never by a cloud's node type:
 *
 * <ul>
 *   <li>{@code Model}, {@code ModelVersion}, {@code FoundationModel}, and a {@code ModelArtifact} no
 *       model uses: a {@code machine-learning-model} component with a model card (approach, task,
 *       architecture family, datasets by reference, considerations from guardrails), the SHA-256 of
 *       its scanned artifacts, the artifacts' locations and the content scan's verdict as properties;
 *       the base model goes into the pedigree, the model card's properties and the dependencies;</li>
 *   <li>data that AI reads ({@code DataObject} read by a job, a knowledge-base source or a dataset,
 *       and {@code Dataset}): a {@code data} component classified by the content scan, with the
 *       kinds of sensitive data found and its governance (the account that owns the store as
 *       owner; every identity with {@code CAN_WRITE} on the store, public and cross-account
 *       writers as custodians);</li>
 *   <li>{@code Endpoint}, {@code Agent} and {@code KnowledgeBase}: {@code services};</li>
 *   <li>{@code ContainerImage}: a {@code container} component (the manifest digest as its SHA-256,
 *       whether its layers were read), depending on the AI packages it holds;</li>
 *   <li>{@code Software} (AI SDKs, frameworks and ML servers found in images and function code): a
 *       {@code library} component with its package URL, what holds it, and the ids of the advisories
 *       affecting it;</li>
 *   <li>dependencies: a model on its training data, its base model and the registered version it
 *       was made from; a service on the models it serves or calls and the data it retrieves.</li>
 * </ul>
 *
 * A model whose training job is not in the graph is still listed, with {@code aispm:lineage}
 * {@code unknown}: the BOM says what it cannot establish instead of leaving it out.
 */
public final class AiBomBuilder {
  /** Prefix of every aispm property name in the BOM. */
  public static final String NS = "aispm:";
  /** bom-ref prefix of base models the graph names only by a property (a vendor's model). */
  static final String VENDOR_MODEL_REF = "aispm:vendor-model/";

  static final String VENDOR_LIMITATION =
      "Hosted and trained by its vendor: its training data and lineage are not visible to a scan.";
  static final String UNKNOWN_LIMITATION =
      "No training job that made it is in the scanned graph: its training data cannot be established.";

  private static final List<String> MODEL_LABELS = List.of("Model", "ModelVersion", "FoundationModel");
  private static final List<String> SERVICE_LABELS = List.of("Endpoint", "Agent", "KnowledgeBase");
  private static final List<String> VERDICT_ORDER = List.of("malicious", "suspicious", "unparseable", "clean");
  private static final List<String> SEVERITY_ORDER = List.of("critical", "high", "medium", "low", "info");

  private final String toolVersion;

  public AiBomBuilder(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  /**
   * The BOM of a slice.
   *
   * @param provider provider filter the slice was read with, or null
   * @param account account filter, or null
   * @param now the BOM's timestamp
   */
  public Bom build(AiGraphSlice slice, String provider, String account, Instant now) {
    Index ix = new Index(slice);
    Bom bom = new Bom();
    bom.setSerialNumber("urn:uuid:" + UUID.randomUUID());
    bom.setVersion(1);
    bom.setMetadata(metadata(slice, provider, account, now));

    Map<String, Component> vendorModels = new LinkedHashMap<>();
    List<Component> components = new ArrayList<>();
    List<Dependency> dependencies = new ArrayList<>();
    Set<String> datasets = datasetIds(ix);
    for (Node n : ix.sorted()) {
      if (isModel(ix, n)) {
        ModelFacts facts = modelFacts(ix, n, datasets);
        for (Component base : facts.vendorBases()) {
          vendorModels.putIfAbsent(base.getBomRef(), base);
        }
        components.add(model(ix, n, facts));
        dependencies.add(dependency(n.id(), facts.dependsOn()));
      }
    }
    for (Node n : ix.sorted()) {
      if (datasets.contains(n.id())) {
        components.add(dataset(ix, n));
        dependencies.add(dependency(n.id(), ix.targets(n.id(), "READS").stream()
            .filter(datasets::contains).toList()));
      }
    }
    for (Component vendor : vendorModels.values()) {
      components.add(vendor);
      dependencies.add(new Dependency(vendor.getBomRef()));
    }
    List<Service> services = new ArrayList<>();
    for (Node n : ix.sorted()) {
      if (SERVICE_LABELS.stream().anyMatch(n::is)) {
        services.add(service(n));
        dependencies.add(dependency(n.id(), serviceDependsOn(ix, n, datasets)));
      }
    }
    for (Node n : ix.sorted()) {
      if (n.is("ContainerImage")) {
        components.add(image(n));
        dependencies.add(dependency(n.id(), ix.targets(n.id(), "USES_PACKAGE")));
      } else if (n.is("Software")) {
        components.add(library(ix, n));
        dependencies.add(new Dependency(n.id()));
      }
    }
    // A dependency names only what the BOM lists: a link to an asset outside the slice is dropped.
    Set<String> refs = new LinkedHashSet<>();
    components.forEach(c -> refs.add(c.getBomRef()));
    services.forEach(s -> refs.add(s.getBomRef()));
    for (Dependency d : dependencies) {
      if (d.getDependencies() != null) {
        d.setDependencies(d.getDependencies().stream().filter(x -> refs.contains(x.getRef())).toList());
        if (d.getDependencies().isEmpty()) {
          d.setDependencies(null);
        }
      }
    }
    bom.setComponents(components);
    bom.setServices(services);
    bom.setDependencies(dependencies);
    return bom;
  }

  private Metadata metadata(AiGraphSlice slice, String provider, String account, Instant now) {
    Metadata m = new Metadata();
    m.setTimestamp(Date.from(now));
    Component tool = new Component();
    tool.setType(Component.Type.APPLICATION);
    tool.setName("aispm");
    tool.setVersion(toolVersion);
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    m.setToolChoice(tools);
    List<Property> props = new ArrayList<>();
    props.add(new Property(NS + "truncated", Boolean.toString(slice.truncated())));
    if (provider != null) {
      props.add(new Property(NS + "provider", provider));
    }
    if (account != null) {
      props.add(new Property(NS + "account", account));
    }
    m.setProperties(props);
    return m;
  }

  // --- models ---

  /** A model of the BOM: a model concept, or model files that no model in the graph uses. */
  static boolean isModel(Index ix, Node n) {
    if (MODEL_LABELS.stream().anyMatch(n::is)) {
      return true;
    }
    return n.is("ModelArtifact") && ix.sources(n.id(), "USES_ARTIFACT").stream()
        .map(ix::node).noneMatch(u -> u != null && MODEL_LABELS.stream().anyMatch(u::is));
  }

  /** What the graph says about a model's making: its files, jobs, data and base models. */
  record ModelFacts(List<Node> artifacts, List<Node> jobs, List<String> datasets, List<String> bases,
      List<Component> vendorBases, List<String> sources, List<Node> guardrails) {
    List<String> dependsOn() {
      List<String> all = new ArrayList<>(datasets);
      all.addAll(bases);
      vendorBases.forEach(c -> all.add(c.getBomRef()));
      all.addAll(sources);
      return all;
    }

    boolean lineageKnown() {
      return !jobs.isEmpty() || !bases.isEmpty() || !vendorBases.isEmpty() || !sources.isEmpty();
    }
  }

  static ModelFacts modelFacts(Index ix, Node n, Set<String> datasets) {
    // The registered versions it was made from (a SageMaker model from a package) share its files.
    List<String> sources = ix.targets(n.id(), "FROM_PACKAGE");
    Set<Node> artifacts = new LinkedHashSet<>();
    if (n.is("ModelArtifact")) {
      artifacts.add(n);
    }
    for (String holder : concat(List.of(n.id()), sources)) {
      ix.targets(holder, "USES_ARTIFACT").stream().map(ix::node).filter(a -> a != null).forEach(artifacts::add);
    }
    Set<Node> jobs = new LinkedHashSet<>();
    for (String made : concat(List.of(n.id()), artifacts.stream().map(Node::id).toList())) {
      ix.sources(made, "PRODUCED").stream().map(ix::node).filter(j -> j != null).forEach(jobs::add);
    }
    Set<String> data = new LinkedHashSet<>();
    Set<String> bases = new LinkedHashSet<>(ix.targets(n.id(), "FINE_TUNED_FROM"));
    for (Node j : jobs) {
      for (String read : concat(ix.targets(j.id(), "READS"), ix.targets(j.id(), "USES_DATASET"))) {
        Node r = ix.node(read);
        if (r != null && r.is("ModelArtifact")) {
          bases.add(read); // a job that reads model files starts from them
        } else if (datasets.contains(read)) {
          data.add(read);
        }
      }
    }
    List<Component> vendor = new ArrayList<>();
    for (Node holder : concat(List.of(n), List.copyOf(jobs))) {
      for (String key : List.of("baseModelArn", "baseModel")) {
        String base = holder.text(key);
        if (base == null || bases.contains(base)) {
          continue;
        }
        if (ix.node(base) != null) {
          bases.add(base);
        } else {
          vendor.add(vendorModel(null, base, null));
        }
      }
    }
    // A deployment of a vendor's model (publisher, model name, version): the vendor's model is its base.
    if (n.text("modelFormat") != null && n.text("modelName") != null) {
      vendor.add(vendorModel(n.text("modelFormat"), n.text("modelName"), n.text("modelVersion")));
    }
    List<Node> guardrails = ix.targets(n.id(), "PROTECTED_BY").stream().map(ix::node).filter(g -> g != null)
        .toList();
    return new ModelFacts(List.copyOf(artifacts), List.copyOf(jobs), List.copyOf(data), List.copyOf(bases),
        vendor, sources, guardrails);
  }

  static Component vendorModel(String publisher, String name, String version) {
    Component c = new Component();
    c.setType(Component.Type.MACHINE_LEARNING_MODEL);
    c.setBomRef(VENDOR_MODEL_REF + (publisher == null ? "" : publisher + "/") + name
        + (version == null ? "" : "@" + version));
    c.setName(name);
    c.setVersion(version);
    c.setPublisher(publisher);
    ModelCard card = new ModelCard();
    card.setModelParameters(new ModelParameters());
    card.setConsiderations(limitation(VENDOR_LIMITATION));
    c.setModelCard(card);
    c.setProperties(List.of(new Property(NS + "lineage", "vendor"),
        new Property(NS + "origin", "named by a model's or training job's configuration")));
    return c;
  }

  private Component model(Index ix, Node n, ModelFacts f) {
    Component c = base(n, Component.Type.MACHINE_LEARNING_MODEL);
    String version = first(n, "version", "versionId", "modelVersion");
    c.setVersion(version);
    if (n.is("FoundationModel")) {
      c.setPublisher(n.text("provider"));
    }
    List<Hash> hashes = new ArrayList<>();
    List<ExternalReference> refs = new ArrayList<>();
    for (Node a : f.artifacts()) {
      String sha = a.text("sha256");
      Hash h = sha == null ? null : new Hash(Hash.Algorithm.SHA_256, sha.toLowerCase(Locale.ROOT));
      if (h != null && hashes.stream().noneMatch(x -> x.getValue().equals(h.getValue()))) {
        hashes.add(h);
      }
      String uri = a.text("uri") == null ? a.id() : a.text("uri");
      ExternalReference ref = new ExternalReference();
      ref.setType(ExternalReference.Type.DISTRIBUTION);
      ref.setUrl(uri);
      ref.setComment("model files (" + a.text("type") + ")");
      if (h != null) {
        ref.setHashes(List.of(h));
      }
      refs.add(ref);
    }
    if (!hashes.isEmpty()) {
      c.setHashes(hashes);
    }
    if (!refs.isEmpty()) {
      c.setExternalReferences(refs);
    }
    List<Property> props = new ArrayList<>(c.getProperties());
    verdict(f.artifacts()).forEach((k, v) -> props.add(new Property(NS + k, v)));
    // Lineage goes on the component, not the model card: the 1.6 XML schema has no model-card properties.
    props.add(new Property(NS + "lineage", f.lineageKnown() ? "established" : "unknown"));
    for (Node j : f.jobs()) {
      props.add(new Property(NS + "trainedBy", j.id()));
    }
    for (String b : f.bases()) {
      props.add(new Property(NS + "baseModel", b));
    }
    for (Component v : f.vendorBases()) {
      props.add(new Property(NS + "baseModel", v.getBomRef()));
    }
    for (String s : f.sources()) {
      props.add(new Property(NS + "registeredVersion", s));
    }
    c.setProperties(props);
    c.setModelCard(modelCard(ix, n, f));
    List<String> ancestry = concat(f.bases(), f.sources());
    if (!ancestry.isEmpty() || !f.vendorBases().isEmpty()) {
      Ancestors ancestors = new Ancestors();
      List<Component> list = new ArrayList<>();
      for (String id : ancestry) {
        Node b = ix.node(id);
        Component a = new Component();
        a.setType(Component.Type.MACHINE_LEARNING_MODEL);
        a.setName(b == null ? id : b.name());
        a.setProperties(List.of(new Property(NS + "id", id)));
        list.add(a);
      }
      for (Component v : f.vendorBases()) {
        Component a = new Component();
        a.setType(Component.Type.MACHINE_LEARNING_MODEL);
        a.setName(v.getName());
        a.setVersion(v.getVersion());
        a.setPublisher(v.getPublisher());
        list.add(a);
      }
      ancestors.setComponents(list);
      Pedigree pedigree = new Pedigree();
      pedigree.setAncestors(ancestors);
      c.setPedigree(pedigree);
    }
    return c;
  }

  private static ModelCard modelCard(Index ix, Node n, ModelFacts f) {
    ModelParameters params = new ModelParameters();
    String customization = n.text("customizationType");
    for (Node j : f.jobs()) {
      customization = customization == null ? j.text("customizationType") : customization;
    }
    ModelParameters.Approach.ApproachType approach = approach(customization);
    if (approach != null) {
      ModelParameters.Approach a = new ModelParameters.Approach();
      a.setType(approach);
      params.setApproach(a);
    }
    params.setTask(task(ix, n, f));
    String family = n.text("modelArchitecture");
    if (family == null) {
      family = tag(n, "architecture");
    }
    params.setArchitectureFamily(family);
    if (!f.datasets().isEmpty()) {
      List<DatasetChoice> refs = new ArrayList<>();
      for (String d : f.datasets()) {
        DatasetChoice choice = new DatasetChoice();
        choice.setRef(d);
        refs.add(choice);
      }
      params.setDatasets(refs);
    }
    ModelCard card = new ModelCard();
    card.setModelParameters(params);
    Considerations considerations = considerations(n, f);
    if (n.is("FoundationModel")) {
      considerations = merge(considerations, limitation(VENDOR_LIMITATION));
    } else if (!f.lineageKnown()) {
      considerations = merge(considerations, limitation(UNKNOWN_LIMITATION));
    }
    if (considerations != null) {
      card.setConsiderations(considerations);
    }
    return card;
  }

  static Considerations limitation(String text) {
    Considerations c = new Considerations();
    c.setTechnicalLimitations(List.of(text));
    return c;
  }

  private static Considerations merge(Considerations a, Considerations b) {
    if (a == null) {
      return b;
    }
    a.setTechnicalLimitations(b.getTechnicalLimitations());
    return a;
  }

  /** Bedrock-style customization types name the learning approach; nothing else in the graph does. */
  static ModelParameters.Approach.ApproachType approach(String customizationType) {
    if (customizationType == null) {
      return null;
    }
    return switch (customizationType.toUpperCase(Locale.ROOT)) {
      case "FINE_TUNING", "DISTILLATION" -> ModelParameters.Approach.ApproachType.SUPERVISED;
      case "CONTINUED_PRE_TRAINING" -> ModelParameters.Approach.ApproachType.SELF_SUPERVISED;
      default -> null;
    };
  }

  /**
   * The task where the graph states it: a {@code task=} tag, the AutoML training definition of the
   * job that made the model (automl_image_classification -> image classification; tabular and
   * custom definitions name no task), or its use as an embedding model by a knowledge base.
   */
  static String task(Index ix, Node n, ModelFacts f) {
    String tagged = tag(n, "task");
    if (tagged != null) {
      return tagged;
    }
    for (Node j : f.jobs()) {
      String def = j.text("trainingTaskDefinition");
      if (def != null) {
        String file = def.substring(def.lastIndexOf('/') + 1).replaceAll("_\\d+(\\.\\d+)*\\.yaml$", "");
        if (file.startsWith("automl_") && !file.equals("automl_tabular")) {
          return file.substring("automl_".length()).replace('_', ' ');
        }
      }
    }
    if (!ix.sources(n.id(), "EMBEDS_WITH").isEmpty()) {
      return "text embedding";
    }
    return null;
  }

  private static Considerations considerations(Node n, ModelFacts f) {
    List<Risk> risks = new ArrayList<>();
    for (Node g : f.guardrails()) {
      Risk r = new Risk();
      r.setName("Harmful or policy-violating prompts and completions");
      r.setMitigationStrategy(g.flag("weakened")
          ? "Content filter " + g.name() + " is weakened: " + String.join(", ", g.texts("disabledFilters"))
          : "Screened by " + g.name());
      risks.add(r);
    }
    if (n.flag("contentFilterWeakened")) {
      Risk r = new Risk();
      r.setName("Content filter turned off or not blocking: " + String.join(", ", n.texts("disabledFilters")));
      risks.add(r);
    }
    if (risks.isEmpty()) {
      return null;
    }
    Considerations c = new Considerations();
    c.setEthicalConsiderations(risks);
    return c;
  }

  /** The content scan's verdict over a model's files: the worst status and severity, summed counts. */
  static Map<String, String> verdict(List<Node> artifacts) {
    Map<String, String> out = new LinkedHashMap<>();
    List<Node> scanned = artifacts.stream().filter(a -> a.text("scanStatus") != null).toList();
    if (artifacts.isEmpty()) {
      return out;
    }
    if (scanned.isEmpty()) {
      out.put("scanStatus", "not scanned");
      return out;
    }
    Node worst = scanned.stream().min(Comparator.comparingInt(a -> rank(VERDICT_ORDER, a.text("scanStatus"))))
        .orElseThrow();
    out.put("scanStatus", worst.text("scanStatus"));
    scanned.stream().map(a -> a.text("scanMaxSeverity")).filter(s -> s != null)
        .min(Comparator.comparingInt(s -> rank(SEVERITY_ORDER, s))).ifPresent(s -> out.put("scanMaxSeverity", s));
    long count = scanned.stream().map(a -> a.props().get("scanFindingCount"))
        .filter(v -> v instanceof Number).mapToLong(v -> ((Number) v).longValue()).sum();
    out.put("scanFindingCount", Long.toString(count));
    if (worst.text("scanSummary") != null) {
      out.put("scanSummary", worst.text("scanSummary"));
    }
    out.put("scanArtifacts", scanned.size() + "/" + artifacts.size());
    return out;
  }

  private static int rank(List<String> order, String value) {
    int i = value == null ? -1 : order.indexOf(value.toLowerCase(Locale.ROOT));
    return i < 0 ? order.size() : i;
  }

  // --- data ---

  /** Data that AI reads: objects read by a job, a knowledge-base source or a dataset, and datasets. */
  static Set<String> datasetIds(Index ix) {
    Set<String> out = new LinkedHashSet<>();
    for (Node n : ix.sorted()) {
      if (n.is("Dataset") || (n.is("DataObject") && !n.is("ModelArtifact")
          && (!ix.sources(n.id(), "READS").isEmpty() || !ix.sources(n.id(), "USES_DATASET").isEmpty()))) {
        out.add(n.id());
      }
    }
    return out;
  }

  private static Component dataset(Index ix, Node n) {
    Component c = base(n, Component.Type.DATA);
    ComponentData data = new ComponentData();
    data.setType(ComponentData.ComponentDataType.DATASET);
    data.setName(n.name());
    String uri = n.text("uri");
    if (uri != null) {
      Content content = new Content();
      content.setUrl(uri);
      data.setContents(content);
    }
    data.setClassification(classification(n));
    List<String> kinds = ix.slice().contentKinds().getOrDefault(n.id(), List.of());
    if (!kinds.isEmpty()) {
      data.setSensitiveData(kinds);
    }
    Node store = ix.targets(n.id(), "IN_BUCKET").stream().map(ix::node).filter(s -> s != null).findFirst()
        .orElse(null);
    data.setGovernance(governance(ix, n, store));
    c.setData(List.of(data));
    List<Property> props = new ArrayList<>(c.getProperties());
    if (store != null) {
      props.add(new Property(NS + "dataStore", store.id()));
    }
    for (String key : List.of("secretCount", "piiCount", "objectsScanned")) {
      if (n.text(key) != null) {
        props.add(new Property(NS + key, n.text(key)));
      }
    }
    for (String user : concat(ix.sources(n.id(), "READS"), ix.sources(n.id(), "USES_DATASET"))) {
      props.add(new Property(NS + "readBy", user));
    }
    c.setProperties(props);
    return c;
  }

  /** The content scan's word on the data: secrets, pii or none; unscanned data says so. */
  static String classification(Node n) {
    String s = n.text("sensitivity");
    return s == null ? "unscanned" : s;
  }

  private static Governance governance(Index ix, Node n, Node store) {
    Governance g = new Governance();
    Node owner = store == null ? n : store;
    if (owner.text("account") != null) {
      OrganizationalEntity org = new OrganizationalEntity();
      org.setName(owner.text("provider") + " account " + owner.text("account"));
      g.setOwners(List.of(party(org, null)));
    }
    List<Governance.DataGovernanceResponsibleParty> custodians = new ArrayList<>();
    if (store != null) {
      for (String writer : ix.slice().writers().getOrDefault(store.id(), List.of())) {
        OrganizationalContact who = new OrganizationalContact();
        Node w = ix.node(writer);
        who.setName(w == null || w.name().equals(writer) ? writer : w.name() + " (" + writer + ")");
        custodians.add(party(null, who));
      }
      if (store.flag("policyPublicWrite")) {
        OrganizationalEntity anyone = new OrganizationalEntity();
        anyone.setName("anyone (public write access)");
        custodians.add(party(anyone, null));
      }
      for (String other : store.texts("policyCrossAccountWriters")) {
        OrganizationalEntity org = new OrganizationalEntity();
        org.setName(store.text("provider") + " account " + other);
        custodians.add(party(org, null));
      }
    }
    if (!custodians.isEmpty()) {
      g.setCustodians(custodians);
    }
    return g.getOwners() == null && custodians.isEmpty() ? null : g;
  }

  private static Governance.DataGovernanceResponsibleParty party(OrganizationalEntity org, OrganizationalContact c) {
    Governance.DataGovernanceResponsibleParty p = new Party();
    p.setOrganization(org);
    p.setContact(c);
    return p;
  }

  /**
   * A governance party that leaves out its unset half: the library writes {@code "contact": null}
   * next to an organization (and the reverse), which the 1.6 schema's one-of rejects.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class Party extends Governance.DataGovernanceResponsibleParty {}

  // --- services ---

  private static Service service(Node n) {
    Service s = new Service();
    s.setBomRef(n.id());
    s.setName(n.name());
    List<String> urls = new ArrayList<>();
    for (String key : List.of("endpoint", "scoringUri", "url")) {
      if (n.text(key) != null) {
        urls.add(n.text(key));
      }
    }
    if (!urls.isEmpty()) {
      s.setEndpoints(urls);
    }
    if (n.props().get("internetReachable") instanceof Boolean reachable) {
      // Reachable from the internet: its callers cross the organization's trust boundary.
      s.setxTrustBoundary(reachable);
    }
    s.setProperties(common(n));
    return s;
  }

  private static List<String> serviceDependsOn(Index ix, Node n, Set<String> datasets) {
    Set<String> on = new LinkedHashSet<>(ix.sources(n.id(), "SERVED_BY"));
    on.addAll(ix.targets(n.id(), "USES_MODEL"));
    on.addAll(ix.targets(n.id(), "EMBEDS_WITH"));
    on.addAll(ix.targets(n.id(), "USES_KNOWLEDGE_BASE"));
    for (String source : ix.targets(n.id(), "HAS_DATA_SOURCE")) {
      ix.targets(source, "READS").stream().filter(datasets::contains).forEach(on::add);
    }
    return List.copyOf(on);
  }

  // --- software ---

  private static Component image(Node n) {
    Component c = base(n, Component.Type.CONTAINER);
    String digest = n.text("digest");
    if (digest != null && digest.startsWith("sha256:")) {
      c.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, digest.substring("sha256:".length()))));
    }
    List<String> tags = n.texts("tags");
    if (!tags.isEmpty()) {
      c.setVersion(tags.get(0));
    }
    List<Property> props = c.getProperties();
    for (String key : List.of("repositoryUri", "imageScan", "imageScanError")) {
      if (n.text(key) != null) {
        props.add(new Property(NS + key, n.text(key)));
      }
    }
    return c;
  }

  private static Component library(Index ix, Node n) {
    Component c = base(n, Component.Type.LIBRARY);
    c.setVersion(n.text("version"));
    c.setPurl(n.text("purl"));
    List<Property> props = c.getProperties();
    for (String key : List.of("ecosystem", "aiCategory", "component", "record", "location")) {
      if (n.text(key) != null) {
        props.add(new Property(NS + key, n.text(key)));
      }
    }
    // What holds it (an image in the BOM, or a function the BOM does not list as a component).
    ix.sources(n.id(), "USES_PACKAGE").forEach(h -> props.add(new Property(NS + "usedBy", h)));
    for (String a : ix.targets(n.id(), "AFFECTED_BY")) {
      Node adv = ix.node(a);
      if (adv != null && adv.text("advisoryId") != null) {
        props.add(new Property(NS + "advisory", adv.text("advisoryId") + " " + coalesce(adv.text("severity"), "unrated")
            + coalesce(adv.text("fixedVersion") == null ? null : " fixed in " + adv.text("fixedVersion"), "")));
      }
    }
    return c;
  }

  private static String coalesce(String a, String b) {
    return a == null ? b : a;
  }

  // --- shared ---

  private static Component base(Node n, Component.Type type) {
    Component c = new Component();
    c.setType(type);
    c.setBomRef(n.id());
    c.setName(n.name());
    c.setProperties(common(n));
    return c;
  }

  private static List<Property> common(Node n) {
    List<Property> props = new ArrayList<>();
    props.add(new Property(NS + "id", n.id()));
    for (String k : List.of("type", "provider", "account", "region")) {
      if (n.text(k) != null) {
        props.add(new Property(NS + k, n.text(k)));
      }
    }
    return props;
  }

  private static Dependency dependency(String ref, List<String> on) {
    Dependency d = new Dependency(ref);
    on.stream().distinct().sorted().forEach(o -> d.addDependency(new Dependency(o)));
    return d;
  }

  private static String first(Node n, String... keys) {
    for (String k : keys) {
      if (n.text(k) != null) {
        return n.text(k);
      }
    }
    return null;
  }

  private static String tag(Node n, String key) {
    for (String t : n.texts("tags")) {
      if (t.startsWith(key + "=") && t.length() > key.length() + 1) {
        return t.substring(key.length() + 1);
      }
    }
    return null;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** The slice's relationships indexed both ways, with the nodes in id order. */
  static final class Index {
    private final AiGraphSlice slice;
    private final Map<String, List<String>> out = new LinkedHashMap<>();
    private final Map<String, List<String>> in = new LinkedHashMap<>();
    private final List<Node> sorted;

    Index(AiGraphSlice slice) {
      this.slice = slice;
      for (Link l : slice.links()) {
        out.computeIfAbsent(l.from() + "|" + l.type(), k -> new ArrayList<>()).add(l.to());
        in.computeIfAbsent(l.to() + "|" + l.type(), k -> new ArrayList<>()).add(l.from());
      }
      sorted = slice.nodes().values().stream().sorted(Comparator.comparing(Node::id)).toList();
    }

    AiGraphSlice slice() {
      return slice;
    }

    List<Node> sorted() {
      return sorted;
    }

    Node node(String id) {
      return slice.nodes().get(id);
    }

    List<String> targets(String from, String type) {
      return out.getOrDefault(from + "|" + type, List.of());
    }

    List<String> sources(String to, String type) {
      return in.getOrDefault(to + "|" + type, List.of());
    }
  }
}
