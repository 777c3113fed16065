package dev.aispm.collectors.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container images a start-up script runs: the image of each {@code docker run},
 * {@code podman run} or {@code nerdctl run} (and {@code docker create} / {@code pull}), and the
 * {@code image:} lines of a compose file the script writes. An instance whose user data starts
 * {@code vllm/vllm-openai} runs vLLM whatever it is named, which is how a GPU box without
 * telling tags shows up as AI. Read from the text, never run: an image given by a variable
 * ({@code $IMAGE}) is known only at run time and is left out.
 */
public final class ScriptContainerImages {
  /**
   * The engine and its subcommand where a command starts (a line, a list item of cloud-config's
   * runcmd, or after ; && || | ( $( ), so that {@code echo "docker run ..."} is not one; the
   * arguments follow up to the end of the command.
   */
  private static final Pattern RUN = Pattern.compile("(?m)(?:^|[;&|(]|\\$\\()[ \\t]*(?:-[ \\t]+)?"
      + "(?:sudo[ \\t]+(?:-\\S+[ \\t]+)*)?(?:docker|podman|nerdctl)[ \\t]+(?:container[ \\t]+|image[ \\t]+)?"
      + "(run|create|pull)[ \\t]+([^;&|\\n]*)");
  /** Blanks within a line only: a run of empty lines must not be rescanned from each of its lines. */
  private static final Pattern COMPOSE_IMAGE = Pattern.compile("(?m)^[ \\t]*-?[ \\t]*image:[ \\t]*[\"']?([^\\s\"'#]+)");
  /** A repository reference: registry and path, optional tag and digest. No variables, no URL scheme. */
  private static final Pattern IMAGE = Pattern.compile(
      "[a-z0-9][a-z0-9._-]*(?::[0-9]+)?(?:/[a-z0-9][a-z0-9._-]*)*(?::[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?(?:@sha256:[0-9a-f]{64})?");
  /** Options of run / create that take a value as the next word. */
  private static final Set<String> WITH_VALUE = Set.of(
      "-e", "--env", "--env-file", "-p", "--publish", "-v", "--volume", "--name", "--gpus", "--shm-size", "-w",
      "--workdir", "--network", "--net", "--ipc", "--entrypoint", "-u", "--user", "--runtime", "--restart",
      "--log-driver", "--log-opt", "--mount", "--label", "-l", "--ulimit", "--device", "--cpus", "-m", "--memory",
      "--add-host", "--hostname", "-h", "--platform", "--pull", "--cap-add", "--cap-drop", "--security-opt",
      "--health-cmd", "--health-interval", "--pid", "--tmpfs", "--dns", "--memory-swap", "--cpuset-cpus",
      "--stop-signal", "--stop-timeout", "--label-file", "--cidfile", "--group-add", "--expose", "--volumes-from",
      "--link", "--uts", "--userns", "--cgroupns", "--storage-opt", "--sysctl", "--annotation", "--attach", "-a");

  private ScriptContainerImages() {}

  /** The images named in {@code script}, in order, each once. */
  public static List<String> images(String script) {
    if (script == null || script.isEmpty()) {
      return List.of();
    }
    // A command continued over lines with a backslash is one command.
    String text = script.replace("\\\r\n", " ").replace("\\\n", " ");
    Set<String> out = new LinkedHashSet<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      String image = firstOperand(m.group(2), !m.group(1).equals("pull"));
      if (image != null) {
        out.add(image);
      }
    }
    Matcher c = COMPOSE_IMAGE.matcher(text);
    while (c.find()) {
      String image = asImage(c.group(1));
      if (image != null) {
        out.add(image);
      }
    }
    return List.copyOf(out);
  }

  /** The first word that is not an option (or an option's value): the image. */
  private static String firstOperand(String args, boolean runOptions) {
    List<String> words = words(args);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.startsWith("-")) {
        if (runOptions && !w.contains("=") && WITH_VALUE.contains(w)) {
          i++;
        }
        continue;
      }
      return asImage(w);
    }
    return null;
  }

  /** The word as an image reference, or null when it is none (repositories are lower case; tags need not be). */
  private static String asImage(String word) {
    if (word.contains("$") || word.contains("://")) {
      return null;
    }
    return IMAGE.matcher(word).matches() ? word : null;
  }

  /** Whitespace-separated words, with one level of single or double quotes removed. */
  private static List<String> words(String args) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < args.length(); i++) {
      char ch = args.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        } else {
          w.append(ch);
        }
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (Character.isWhitespace(ch)) {
        if (w.length() > 0) {
          out.add(w.toString());
          w.setLength(0);
        }
      } else {
        w.append(ch);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
