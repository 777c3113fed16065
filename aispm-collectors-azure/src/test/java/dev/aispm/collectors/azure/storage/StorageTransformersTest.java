package dev.aispm.collectors.azure.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.Recorded;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageTransformersTest {
  static final ScopeKey SCOPE = new ScopeKey("azure", "00000000-1111-2222-3333-444444444444", "global");

  @Test
  void absentFlagsTakeTheDocumentedDefaultsAndContainersInheritTheAccount() {
    NodeRecord account = StorageAccountTransformer.transform(Recorded.list("storage", "StorageAccounts_List").get(0), null, SCOPE);
    assertThat(account.properties()).containsEntry("allowSharedKeyAccess", true).containsEntry("allowBlobPublicAccess", false)
        .containsEntry("minimumTlsVersion", "TLS1_1").containsEntry("customerManagedKey", false)
        .containsEntry("versioning", null); // blob service not read: unknown
    List<NodeRecord> containers = ContainerTransformer.transform(Recorded.list("storage", "BlobContainers_List"), account, SCOPE);
    assertThat(containers).extracting(c -> c.properties().get("anonymousAccess"))
        .as("a Blob-level container is closed while the account forbids anonymous access").containsExactly(false, false);
    assertThat(containers.get(0).properties()).containsEntry("publicAccess", "Blob").containsEntry("policyPublicWrite", false);
  }

  @Test
  void parsesTheBlobUriForms() {
    assertThat(BlobLocation.parse("https://Acct.blob.core.windows.net/c/a/b/").uri()).isEqualTo("https://acct.blob.core.windows.net/c/a/b");
    assertThat(BlobLocation.parse("wasbs://c@acct.blob.core.windows.net/p")).isEqualTo(new BlobLocation("acct", "c", "p"));
    assertThat(BlobLocation.parse("abfss://fs@acct.dfs.core.windows.net/x/y")).isEqualTo(new BlobLocation("acct", "fs", "x/y"));
    assertThat(BlobLocation.parse("azureml:my-data:1")).isNull();
  }
}
