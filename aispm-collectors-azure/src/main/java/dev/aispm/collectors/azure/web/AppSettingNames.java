package dev.aispm.collectors.azure.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.storage.BlobLocation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * What the scan keeps of a function app's settings: their names, and of
 * {@code WEBSITE_RUN_FROM_PACKAGE} only whether it is {@code 1} (the package is in the app's own
 * file share) or the blob URI it names, cut before its query so a SAS token is never kept. Every
 * other value (connection strings, provider keys) is dropped as the answer is read.
 *
 * @param names         setting names, in the answer's order
 * @param packageUri    the run-from-package blob's URI without query, null when none
 * @param localPackage  whether WEBSITE_RUN_FROM_PACKAGE is 1 (package in the app's file share)
 */
public record AppSettingNames(List<String> names, String packageUri, boolean localPackage) {
  public static final String RUN_FROM_PACKAGE = "WEBSITE_RUN_FROM_PACKAGE";

  public AppSettingNames {
    names = List.copyOf(names);
  }

  /** Reduces an {@code appsettings/list} answer ({@code {"properties": {NAME: VALUE}}}). */
  public static AppSettingNames of(JsonNode answer) {
    List<String> names = new ArrayList<>();
    String uri = null;
    boolean local = false;
    for (Iterator<String> it = answer.path("properties").fieldNames(); it.hasNext(); ) {
      String name = it.next();
      names.add(name);
      if (name.equalsIgnoreCase(RUN_FROM_PACKAGE)) {
        String value = answer.path("properties").path(name).asText("").strip();
        local = value.equals("1");
        uri = withoutQuery(value);
      }
    }
    return new AppSettingNames(names, uri, local);
  }

  /** An https URL without query and fragment; null for anything that is not an https URL. */
  static String withoutQuery(String value) {
    if (!value.toLowerCase(Locale.ROOT).startsWith("https://")) {
      return null;
    }
    int cut = value.length();
    for (char c : new char[] {'?', '#'}) {
      int i = value.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    String plain = value.substring(0, cut);
    return BlobLocation.parse(plain) == null ? null : plain;
  }
}
