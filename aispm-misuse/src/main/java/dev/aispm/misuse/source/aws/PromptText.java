package dev.aispm.misuse.source.aws;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The text a prompt detector reads from a captured JSON body: every string in it, one a line,
 * whatever the model family's request shape. Bedrock invocation logs, SageMaker data capture and
 * batch transform output all carry bodies of many shapes; reading them the same way keeps one
 * bound on how much of a body is scanned.
 */
final class PromptText {
  /** Text kept per body: prompts longer than this are scanned up to it. */
  static final int MAX = 256 * 1024;

  private PromptText() {}

  /** Every string of {@code body}, in document order, cut at {@link #MAX} characters. */
  static String of(JsonNode body) {
    StringBuilder sb = new StringBuilder();
    collect(body, sb);
    return cut(sb);
  }

  /** {@code text} cut at {@link #MAX} characters. */
  static String cut(CharSequence text) {
    return text.length() > MAX ? text.subSequence(0, MAX).toString() : text.toString();
  }

  private static void collect(JsonNode n, StringBuilder sb) {
    if (sb.length() > MAX) {
      return;
    }
    if (n.isTextual()) {
      sb.append(n.asText()).append('\n');
    } else if (n.isContainerNode()) {
      n.forEach(c -> collect(c, sb));
    }
  }
}
