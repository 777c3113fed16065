package dev.aispm.scanners.aiusage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises self-hosted inference and ML servers (vLLM, TGI, Ollama, Triton, TorchServe, MLflow,
 * Ray, Jupyter) on compute from what a cloud API tells about it without logging in: its name and
 * tags, the container images it runs, and the ports its firewall opens to the internet. No API
 * reports such a server as AI, so this is how shadow AI on plain compute shows up.
 *
 * <p>A name or image that names the server decides (as a word: {@code ray} matches
 * {@code ray-head}, not {@code array}). A port decides alone only when it is distinctive (Ollama's
 * 11434, Ray's dashboard 8265, Jupyter's 8888); 5000, 8000 and 8080 serve too many other things.
 * A version is read from a tag {@code <server>-version} / {@code <server>_version} or from an image
 * reference or name like {@code mlflow:2.9.1} / {@code mlflow-2.9.1}, or from the plain version tag of
 * an image named after the server ({@code vllm/vllm-openai:v0.4.2}), so that the server's package can
 * be matched against advisories.
 */
public final class SelfHostedServers {
  /**
   * One kind of server.
   *
   * @param subject     short name used as the AI use's subject and in hints
   * @param component   display name
   * @param pypi        its PyPI package, for the advisory match; null when it has none
   * @param dashboard   whether it serves a web UI or API that has no authentication by default
   * @param ports       its usual ports
   * @param distinctive whether its first port alone identifies it
   * @param hints       words that name it in names, tags and images
   */
  public record Server(String subject, String component, String pypi, boolean dashboard, List<Integer> ports,
      boolean distinctive, List<String> hints) {}

  /**
   * A server found on one resource.
   *
   * @param server       which server
   * @param version      its version when a tag or image names one, else null
   * @param evidence     what said so, e.g. {@code tag app=mlflow}, {@code port tcp:8888 open to the internet}
   * @param exposedPorts its usual ports among those open to the internet, e.g. {@code tcp:5000}
   */
  public record Match(Server server, String version, List<String> evidence, List<String> exposedPorts) {}

  /** The servers recognised. */
  public static final List<Server> SERVERS = List.of(
      new Server("vllm", "vLLM inference server", "vllm", false, List.of(8000), false, List.of("vllm")),
      new Server("tgi", "Hugging Face Text Generation Inference", null, false, List.of(8080), false,
          List.of("text-generation-inference", "tgi")),
      new Server("ollama", "Ollama", null, false, List.of(11434), true, List.of("ollama")),
      new Server("triton", "NVIDIA Triton Inference Server", null, false, List.of(8000, 8001, 8002), false,
          List.of("tritonserver", "triton")),
      new Server("torchserve", "TorchServe", "torchserve", false, List.of(8080, 8081, 8082), false,
          List.of("torchserve")),
      new Server("mlflow", "MLflow tracking server", "mlflow", true, List.of(5000), false, List.of("mlflow")),
      new Server("ray", "Ray dashboard", "ray", true, List.of(8265), true, List.of("ray", "kuberay")),
      new Server("jupyter", "Jupyter server", "jupyter-server", true, List.of(8888), true,
          List.of("jupyter", "jupyterlab", "jupyterhub")));

  private SelfHostedServers() {}

  /**
   * The servers a resource shows.
   *
   * @param name      its name (may be null)
   * @param tags      its tags
   * @param images    container images it runs (repository references with tag), may be empty
   * @param openPorts ports open to the internet as {@code tcp:5000}, {@code tcp:8000-9000},
   *                  {@code tcp:all} or {@code all:all}
   */
  public static List<Match> identify(String name, Map<String, String> tags, List<String> images,
      List<String> openPorts) {
    List<Match> out = new ArrayList<>();
    for (Server s : SERVERS) {
      Set<String> evidence = new LinkedHashSet<>();
      String version = null;
      if (name != null && names(name, s)) {
        evidence.add("name " + name);
      }
      for (var t : tags.entrySet()) {
        String key = t.getKey().toLowerCase(Locale.ROOT);
        for (String h : s.hints()) {
          if ((key.equals(h + "-version") || key.equals(h + "_version")) && t.getValue() != null
              && t.getValue().matches("v?\\d+(\\.\\d+)*[0-9A-Za-z.+-]*")) {
            version = t.getValue().startsWith("v") ? t.getValue().substring(1) : t.getValue();
            evidence.add("tag " + t.getKey() + "=" + t.getValue());
          }
        }
        if (names(t.getKey(), s) || t.getValue() != null && names(t.getValue(), s)) {
          evidence.add("tag " + t.getKey() + "=" + t.getValue());
          version = version != null ? version : versionIn(t.getValue(), s).orElse(null);
        }
      }
      for (String image : images) {
        if (names(image, s)) {
          evidence.add("image " + image);
          version = version != null ? version : versionIn(image, s).or(() -> tagVersion(image)).orElse(null);
        }
      }
      List<String> exposed = new ArrayList<>();
      for (int port : s.ports()) {
        openPorts.stream().filter(p -> covers(p, port)).findFirst().ifPresent(p -> exposed.add("tcp:" + port));
      }
      if (s.distinctive() && openPorts.stream().anyMatch(p -> exactly(p, s.ports().get(0)))) {
        evidence.add("port tcp:" + s.ports().get(0) + " open to the internet");
      }
      if (!evidence.isEmpty()) {
        out.add(new Match(s, version, List.copyOf(evidence), exposed));
      }
    }
    return out;
  }

  /** Whether text names the server as a word (letters and digits around it do not count). */
  static boolean names(String text, Server s) {
    String t = text.toLowerCase(Locale.ROOT);
    for (String h : s.hints()) {
      Matcher m = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(h) + "(?![a-z])").matcher(t);
      if (m.find()) {
        return true;
      }
    }
    return false;
  }

  /** A version right after the server's name: {@code mlflow:2.9.1}, {@code mlflow-2.9.1}, {@code mlflow v2.9.1}. */
  static Optional<String> versionIn(String text, Server s) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.toLowerCase(Locale.ROOT);
    for (String h : s.hints()) {
      Matcher m = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(h) + "[:@/_ -]v?(\\d+\\.\\d+(\\.\\d+)*)").matcher(t);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * The tag of an image reference when it is a plain version ({@code vllm/vllm-openai:v0.4.2}): the
   * repository is named after the server, the tag is its release. Tags with more in them
   * ({@code 2.1.1-tgi1.4.0-gpu}) name a base framework's version too, so they give none.
   */
  static Optional<String> tagVersion(String image) {
    String ref = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = ref.lastIndexOf(':');
    if (colon < 0 || colon < ref.lastIndexOf('/')) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("v?(\\d+(\\.\\d+)+)").matcher(ref.substring(colon + 1));
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** A port rule opening exactly this port (not a range that happens to include it). */
  private static boolean exactly(String rule, int port) {
    return rule.equals("tcp:" + port);
  }

  /** Whether a port rule ({@code tcp:5000}, {@code tcp:5000-6000}, {@code tcp:all}, {@code all:all}) lets the port in. */
  public static boolean covers(String rule, int port) {
    int colon = rule.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String proto = rule.substring(0, colon);
    String range = rule.substring(colon + 1);
    if (!proto.equals("tcp") && !proto.equals("all") && !proto.equals("6")) {
      return false;
    }
    if (range.equals("all")) {
      return true;
    }
    try {
      int dash = range.indexOf('-');
      int from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
      int to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1));
      return port >= from && port <= to;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
