package dev.aispm.scanners.data.secrets;

import java.util.regex.Matcher;

/**
 * A Google Cloud service-account key file ({@code "type": "service_account"} with a private key)
 * pasted into text or a string. The finding's value is the {@code private_key_id}, which names
 * the key in Google's console and so is what a responder revokes; the key body itself is reported
 * separately as a private key.
 */
final class ServiceAccountMatcher implements FormatMatcher {
  private static final LazyPattern TYPE = new LazyPattern(
      "\\\\?\"type\\\\?\"\\s*:\\s*\\\\?\"service_account\\\\?\"");
  private static final LazyPattern KEY_ID = new LazyPattern(
      "\"private_key_id\\\\?\"\\s*:\\s*\\\\?\"(?<secret>[a-f0-9]{40})\\\\?\"");
  private static final int REACH = 8_000;

  @Override
  public boolean match(CharSequence text, int anchorStart, int anchorEnd, MatchState state,
      MatchResult result) {
    Matcher type = state.matcher(TYPE.get(), text);
    type.region(Math.max(0, anchorStart - 24), Math.min(text.length(), anchorEnd + 2));
    if (!type.find()) {
      return false;
    }
    int from = Math.max(0, anchorStart - REACH);
    int to = Math.min(text.length(), anchorEnd + REACH);
    String window = text.subSequence(from, to).toString();
    if (!window.contains("\"private_key\"") && !window.contains("\"private_key\\\"")) {
      return false;
    }
    Matcher id = state.matcher(KEY_ID.get(), text);
    id.region(from, to);
    if (!id.find()) {
      return false;
    }
    result.set(id.start("secret"), id.end("secret"), id.start("secret"), id.end("secret"), null);
    return true;
  }
}
