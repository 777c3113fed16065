package dev.aispm.scanners.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code setup.cfg}: the setuptools declaration of {@code [options] install_requires} and the
 * lists of {@code [options.extras_require]}. It is how many projects declare their dependencies
 * without code, so unlike {@code setup.py} it can be read exactly.
 *
 * <p>Values follow setuptools' own splitting: a value over several (indented) lines is one
 * requirement per line, a one-line value is split at {@code ;}. A {@code file:} value points at
 * another file, which the inventory reads where it lies; it is not followed from here.
 */
final class SetupCfg {
  /** A PEP 508 environment marker that a one-line value's {@code ;} split leaves on its own. */
  private static final Pattern MARKER = Pattern.compile(
      "(?:python_(?:full_)?version|sys_platform|platform_[a-z_]+|os_name|implementation_[a-z_]+|extra)\\b.*");

  private SetupCfg() {
  }

  static DeclaredDependencies read(String text, String location) {
    DeclaredDependencies.Builder out = new DeclaredDependencies.Builder(location,
        PackageManifests.Kind.SETUP_CFG.source());
    String section = "";
    boolean inValue = false;
    boolean wanted = false;
    List<String> lines = new ArrayList<>();
    for (String raw : (text + "\n[end]").split("\r?\n")) {
      if (out.full()) {
        break;
      }
      String trimmed = raw.strip();
      boolean continuation = inValue && !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
      if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
        continue;
      }
      if (continuation || trimmed.isEmpty() && inValue) {
        // every key's continuation lines belong to it, wanted or not: they are never keys
        if (wanted && !trimmed.isEmpty() && lines.size() <= InstallCommands.MAX_PACKAGES) {
          lines.add(trimmed);
        }
        continue;
      }
      if (wanted) {
        value(lines, out);
      }
      inValue = false;
      wanted = false;
      lines.clear();
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        section = trimmed.substring(1, trimmed.length() - 1).strip().toLowerCase(Locale.ROOT);
        continue;
      }
      int sep = firstSeparator(trimmed);
      if (sep <= 0) {
        continue;
      }
      String name = trimmed.substring(0, sep).strip().toLowerCase(Locale.ROOT).replace('-', '_');
      inValue = true;
      wanted = section.equals("options") && name.equals("install_requires")
          || section.equals("options.extras_require");
      String first = trimmed.substring(sep + 1).strip();
      if (wanted && !first.isEmpty()) {
        lines.add(first);
      }
    }
    return out.build();
  }

  private static int firstSeparator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    return eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
  }

  private static void value(List<String> lines, DeclaredDependencies.Builder out) {
    if (lines.isEmpty() || lines.get(0).startsWith("file:")) {
      return;
    }
    if (lines.size() > 1) {
      lines.forEach(out::requirement);
      return;
    }
    for (String part : lines.get(0).split(";")) {
      String p = part.strip();
      if (!p.isEmpty() && !MARKER.matcher(p).matches()) {
        out.requirement(p);
      }
    }
  }
}
