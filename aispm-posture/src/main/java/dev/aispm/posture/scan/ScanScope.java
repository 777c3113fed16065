package dev.aispm.posture.scan;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one scan covers: every provider, one provider, or one account of a provider. Schedules and
 * manual triggers name a scope; the scheduler never runs the same scope twice at once.
 *
 * @param provider {@code aws}, {@code azure}, {@code gcp}, or null for every configured provider
 * @param account  an account (subscription, project) id of that provider, or null for all of them
 */
public record ScanScope(String provider, String account) {
  private static final Pattern PROVIDER = Pattern.compile("[a-z][a-z0-9]{1,15}");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  public static final ScanScope ALL = new ScanScope(null, null);

  public ScanScope {
    if (provider != null) {
      provider = provider.strip().toLowerCase(Locale.ROOT);
      if (!PROVIDER.matcher(provider).matches()) {
        throw new IllegalArgumentException("provider must be a provider id such as aws, was '" + provider + "'");
      }
    }
    if (account != null) {
      if (provider == null) {
        throw new IllegalArgumentException("an account scope needs its provider");
      }
      if (!ACCOUNT.matcher(account).matches()) {
        throw new IllegalArgumentException("account must be 1-128 letters, digits, '.', '_', ':' or '-'");
      }
    }
  }

  /** {@code all}, {@code aws} or {@code aws:111111111111}: the scheduler's job name for the scope. */
  public String key() {
    return provider == null ? "all" : account == null ? provider : provider + ":" + account;
  }

  /** Parses {@link #key()}. */
  public static ScanScope parse(String key) {
    if (key == null || key.equals("all")) {
      return ALL;
    }
    int colon = key.indexOf(':');
    return colon < 0 ? new ScanScope(key, null) : new ScanScope(key.substring(0, colon), key.substring(colon + 1));
  }

  @Override
  public String toString() {
    return key();
  }
}
