package dev.aispm.misuse.detect;

import dev.aispm.misuse.event.ActivityEvent;
import java.util.Locale;
import java.util.Set;

/**
 * Which events write or delete objects of a data store, and which store: S3 object writes named
 * by bucket, Cloud Storage object writes named by bucket, Azure blob writes named by storage
 * account. Writes are what poisoning needs; reads are not looked at here.
 */
final class DataStores {
  static final Set<String> S3_WRITES = Set.of("PutObject", "CopyObject", "CompleteMultipartUpload",
      "RestoreObject", "PutObjectAcl");
  static final Set<String> S3_DELETES = Set.of("DeleteObject", "DeleteObjects");

  private DataStores() {}

  /** The store {@code e} changes objects of, or null. */
  static String storeOf(ActivityEvent e) {
    switch (e.provider()) {
      case "aws" -> {
        if ("s3.amazonaws.com".equals(e.service())
            && (S3_WRITES.contains(e.action()) || S3_DELETES.contains(e.action()))) {
          return e.param("bucketName");
        }
      }
      case "gcp" -> {
        if ("storage.googleapis.com".equals(e.service())
            && (e.action().equals("storage.objects.create") || e.action().equals("storage.objects.delete")
                || e.action().equals("storage.objects.update"))) {
          // resourceName is projects/_/buckets/BUCKET/objects/NAME.
          for (String r : e.resources()) {
            int b = r.indexOf("/buckets/");
            if (b >= 0) {
              String rest = r.substring(b + "/buckets/".length());
              int slash = rest.indexOf('/');
              return slash < 0 ? rest : rest.substring(0, slash);
            }
          }
        }
      }
      case "azure" -> {
        String a = e.action().toLowerCase(Locale.ROOT);
        if (a.startsWith("microsoft.storage/storageaccounts/blobservices/containers/blobs/")
            && (a.endsWith("/write") || a.endsWith("/delete"))) {
          // The resource id names the storage account: /subscriptions/../storageAccounts/NAME/...
          for (String r : e.resources()) {
            int s = r.toLowerCase(Locale.ROOT).indexOf("/storageaccounts/");
            if (s >= 0) {
              String rest = r.substring(s + "/storageaccounts/".length());
              int slash = rest.indexOf('/');
              return slash < 0 ? rest : rest.substring(0, slash);
            }
          }
        }
      }
      default -> {
        return null;
      }
    }
    return null;
  }

  /** Whether {@code e} deletes objects. */
  static boolean isDelete(ActivityEvent e) {
    String a = e.action();
    return S3_DELETES.contains(a) || a.equals("storage.objects.delete") || a.toLowerCase(Locale.ROOT).endsWith("/delete");
  }

  /**
   * Objects one delete call removed: a DeleteObjects record lists each object among its
   * resources; other calls remove one.
   */
  static int objectsDeleted(ActivityEvent e) {
    if (!"DeleteObjects".equals(e.action())) {
      return 1;
    }
    int objects = 0;
    for (String r : e.resources()) {
      if (r.startsWith("arn:aws:s3:::") && r.indexOf('/') > 0) {
        objects++;
      }
    }
    return Math.max(1, objects);
  }
}
