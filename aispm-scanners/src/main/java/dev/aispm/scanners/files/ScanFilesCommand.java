package dev.aispm.scanners.files;

import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SupplyChainScan;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.data.DetectorPreload;
import dev.aispm.scanners.policy.ModelPolicy;
import dev.aispm.scanners.policy.ModelPolicyException;
import dev.aispm.scanners.policy.ModelPolicyLoader;
import dev.aispm.scanners.policy.gate.FileModelGate;
import dev.aispm.scanners.policy.gate.ModelProfileScanner;
import dev.aispm.scanners.report.ReportWriter;
import dev.aispm.scanners.report.ScanReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * {@code scan-files PATH_OR_URI... [--format table|json|sarif] [--fail-on LEVEL] [--max-...]}:
 * scans model artifacts, training data and notebooks (anything a registered scanner reads), and
 * reports the AI SDKs, frameworks and ML servers that function packages, images and code folders
 * hold (with their known vulnerabilities), and exits with a status a CI job can gate on. The {@code --max-...} options set the
 * {@link ScanLimits} that keep hostile input from exhausting the scan. Exit 0 means nothing at or above the threshold, 1 means something is, 2 means a usage
 * error or a target that could not be read (an unread target must not pass as clean).
 *
 * <p>With {@code --policy FILE} it is also the model gate: every model file found is held to the
 * policy (docs/model-gate.md), each violation is a finding, and any violation exits 1 whatever
 * {@code --fail-on} says; a policy file that cannot be read or parsed exits 2.
 */
public final class ScanFilesCommand {
  static final String USAGE = "usage: scan-files PATH_OR_URI... [--format table|json|sarif]"
      + " [--fail-on critical|high|medium|low] [--max-bytes SIZE] [--max-decompressed SIZE]"
      + " [--max-ratio N] [--max-entries N] [--max-depth N] [--max-opcodes N]"
      + " [--max-line SIZE] [--policy FILE [--source URI]]"
      + "   (SIZE: bytes, or with K, M or G for KiB, MiB, GiB)";

  private ScanFilesCommand() {
  }

  /**
   * The first resolver that handles {@code target}, or null. A loop rather than a stream: the
   * first lambda a process links costs milliseconds of a one-file scan's start-up.
   */
  private static SourceResolver resolverFor(String target, List<SourceResolver> resolvers) {
    for (SourceResolver r : resolvers) {
      if (r.handles(target)) {
        return r;
      }
    }
    return null;
  }

  /** Entry point for a standalone run. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command with the installed scanners and source resolvers. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    DetectorPreload.start();
    List<SourceResolver> resolvers = new ArrayList<>();
    ServiceLoader.load(SourceResolver.class, ScanFilesCommand.class.getClassLoader())
        .forEach(resolvers::add);
    return run(args, out, err, resolvers,
        ContentScanEngine.withInstalledScanners(ScanLimits.defaults()));
  }

  /**
   * Runs the command with extra resolvers (tried before local files) and a given engine; the
   * application uses this to add {@code s3://} support.
   */
  public static int run(String[] args, PrintStream out, PrintStream err,
      List<SourceResolver> extraResolvers, ContentScanEngine engine) {
    DetectorPreload.start();
    List<String> targets = new ArrayList<>();
    String format = "table";
    Severity failOn = Severity.HIGH;
    LimitOptions limits = new LimitOptions(engine.limits());
    String policyFile = null;
    String declaredSource = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String name = arg;
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          name = arg.substring(0, eq);
          value = arg.substring(eq + 1);
        }
        if (name.equals("-h") || name.equals("--help")) {
          out.println(USAGE);
          return 0;
        } else if (name.equals("--format") || name.equals("--fail-on")
            || name.equals("--policy") || name.equals("--source") || LimitOptions.handles(name)) {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(name + " needs a value");
            }
            value = args[++i];
          }
          if (name.equals("--format")) {
            format = value;
          } else if (name.equals("--fail-on")) {
            failOn = parseThreshold(value);
          } else if (name.equals("--policy")) {
            policyFile = value;
          } else if (name.equals("--source")) {
            declaredSource = value;
          } else {
            limits.set(name, value);
          }
        } else if (arg.startsWith("--")) {
          throw new IllegalArgumentException("unknown option " + arg);
        } else {
          targets.add(arg);
        }
      }
      if (targets.isEmpty()) {
        throw new IllegalArgumentException("no path or URI given");
      }
      ReportWriter.forFormat(format);
      if (declaredSource != null && policyFile == null) {
        throw new IllegalArgumentException("--source is only read with --policy");
      }
      if (limits.changed()) {
        engine = engine.withLimits(limits.build());
      }
    } catch (IllegalArgumentException e) {
      err.println("scan-files: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }

    ModelPolicy policy = null;
    if (policyFile != null) {
      try {
        policy = ModelPolicyLoader.load(Path.of(policyFile));
      } catch (ModelPolicyException | java.nio.file.InvalidPathException e) {
        err.println("scan-files: bad model policy: " + e.getMessage());
        return 2;
      }
    }

    // Read when an input first holds an AI package, not before: most scans never need it.
    LazyAdvisories advisories = new LazyAdvisories(AdvisoryStore.fromEnvironment());
    List<SourceResolver> resolvers = new ArrayList<>(extraResolvers);
    resolvers.add(new LocalFileResolver());
    List<ContentFinding> findings = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    ModelProfileScanner profiles = policy == null ? null : new ModelProfileScanner(engine.scanners());
    for (String target : targets) {
      SourceResolver resolver = resolverFor(target, resolvers);
      if (resolver == null) {
        errors.add(target + ": no resolver for this kind of URI");
        continue;
      }
      try {
        List<ContentSource> sources = new ArrayList<>();
        resolver.resolve(target, sources::add);
        for (ContentSource source : sources) {
          try {
            // shadow AI and vulnerable AI tooling: the inventory reads the same pass of bytes
            SupplyChainScan supplyChain = supplyChain(advisories);
            List<dev.aispm.scanners.core.ContentScanner> extra = new ArrayList<>(supplyChain.scanners());
            if (profiles != null) {
              extra.add(profiles);
            }
            engine.withExtraScanners(extra).scan(source, findings::add);
            findings.addAll(supplyChain.findings());
          } catch (IOException e) {
            errors.add(source.location() + ": " + describe(e));
          } catch (UnreadableAdvisories e) {
            String error = "the advisory index could not be read (" + e.getMessage()
                + "); run 'advisories update' again";
            if (!errors.contains(error)) {
              errors.add(error);
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        errors.add(target + ": " + describe(e));
      }
    }

    List<ContentFinding> violations = List.of();
    if (policy != null) {
      violations = new FileModelGate(policy, declaredSource).judge(profiles.models(), findings);
      findings.addAll(violations);
      err.println("scan-files: model policy " + policy.name() + ": " + profiles.models().size()
          + " model file(s) judged, " + violations.size() + " violation(s)");
    }

    ScanReport report = new ScanReport(targets, findings, errors);
    try {
      ReportWriter.forFormat(format).write(report, out);
    } catch (IOException e) {
      err.println("scan-files: could not write the report: " + e.getMessage());
      return 2;
    }
    for (String error : errors) {
      err.println("scan-files: " + error);
    }
    if (!errors.isEmpty()) {
      return 2;
    }
    if (!violations.isEmpty()) {
      return 1;
    }
    Severity threshold = failOn;
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold)) ? 1 : 0;
  }

  private static final AiCatalogue CATALOGUE = AiCatalogue.builtIn();

  private static SupplyChainScan supplyChain(LazyAdvisories advisories) {
    return new SupplyChainScan(CATALOGUE, advisories);
  }

  /** The advisory index, read once on first use; a failure is remembered and repeated. */
  private static final class LazyAdvisories implements Supplier<AdvisoryIndex> {
    private final AdvisoryStore store;
    private AdvisoryIndex index;
    private String failure;

    LazyAdvisories(AdvisoryStore store) {
      this.store = store;
    }

    @Override
    public synchronized AdvisoryIndex get() {
      if (index == null && failure == null) {
        try {
          index = store.load();
        } catch (IOException | RuntimeException e) {
          failure = describe(e);
        }
      }
      if (failure != null) {
        throw new UnreadableAdvisories(failure);
      }
      return index;
    }
  }

  /** The advisory index was needed and could not be read. */
  private static final class UnreadableAdvisories extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableAdvisories(String message) {
      super(message, null, false, false);
    }
  }

  private static Severity parseThreshold(String value) {
    Severity s = Severity.parse(value);
    if (s == Severity.INFO) {
      throw new IllegalArgumentException("--fail-on takes critical, high, medium or low");
    }
    return s;
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
