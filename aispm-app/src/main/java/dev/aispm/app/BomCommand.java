package dev.aispm.app;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.aibom.AiBomBuilder;
import dev.aispm.posture.aibom.AiBomFormat;
import dev.aispm.posture.aibom.AiGraphReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the AI bill of materials of the graph as it is now (after {@code scan --once}, or
 * against the service's graph with {@code AISPM_NEO4J_URI}): the same document as
 * {@code GET /api/v1/bom}, or a table to read at a terminal.
 */
@Command(name = "bom", mixinStandardHelpOptions = true,
    description = "Write the AI bill of materials (CycloneDX 1.6) of the current graph.")
final class BomCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", paramLabel = "cyclonedx-json|cyclonedx-xml|table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format = "cyclonedx-json";

  @Option(names = "--provider", paramLabel = "aws|azure|gcp", description = "Only this provider's assets.")
  String provider;

  @Option(names = "--account", paramLabel = "ID", description = "Only this account, subscription or project.")
  String account;

  @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: standard output).")
  Path out;

  @Override
  public Integer call() throws Exception {
    AiBomFormat f;
    try {
      f = AiBomFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
    try (GraphConnection graph = AppRuntime.openGraph(AppRuntime.environment())) {
      String text = f.render(new AiBomBuilder(Aispm.class.getAnnotation(Command.class).version()[0]
          .replace("aispm ", "")).build(new AiGraphReader(graph).read(provider, account), provider, account,
          Instant.now()));
      if (out == null) {
        System.out.print(text);
        return 0;
      }
      Path abs = out.toAbsolutePath();
      Files.createDirectories(abs.getParent());
      Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.err.printf("AI-BOM (%s) written to %s%n", f.option(), abs);
      return 0;
    }
  }
}
