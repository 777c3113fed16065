package dev.aispm.collectors.azure.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.azure.Recorded;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogArchiveTest {
  static final String ACCOUNT = "/subscriptions/00000000-0000-0000-0000-0000000000a1/resourceGroups/rg-ai/providers/"
      + "Microsoft.CognitiveServices/accounts/acme-openai";

  @Test
  void eachEnabledCategoryArchivedToAStorageAccountIsOneArchive() {
    List<LogArchive> archives = LogArchive.of(ACCOUNT, Recorded.list("diagnostics", "DiagnosticSettings_List"));

    // Trace is off; the workspace setting archives nothing; the audit group covers Audit only.
    assertThat(archives).extracting(LogArchive::storageAccount, LogArchive::category).containsExactly(
        org.assertj.core.groups.Tuple.tuple("acmelogarchive", "Audit"),
        org.assertj.core.groups.Tuple.tuple("acmelogarchive", "RequestResponse"),
        org.assertj.core.groups.Tuple.tuple("secopsarchive", "Audit"));
    LogArchive calls = archives.get(1);
    assertThat(calls.resourceId()).isEqualTo(ACCOUNT.toLowerCase());
    assertThat(calls.subscription()).isEqualTo("00000000-0000-0000-0000-0000000000a1");
    assertThat(calls.container()).isEqualTo("insights-logs-requestresponse");
    assertThat(calls.folder()).isEqualTo("resourceId=/SUBSCRIPTIONS/00000000-0000-0000-0000-0000000000A1/"
        + "RESOURCEGROUPS/RG-AI/PROVIDERS/MICROSOFT.COGNITIVESERVICES/ACCOUNTS/ACME-OPENAI/");
    assertThat(calls.source()).isEqualTo("azure/diagnostic-logs/acmelogarchive/insights-logs-requestresponse/"
        + ACCOUNT.toLowerCase());
  }

  @Test
  void allLogsCoversBothCategoriesAndSettingsWithoutStorageOrEnabledLogsGiveNone() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(LogArchive.of(ACCOUNT, List.of(json.readTree("""
        {"properties":{"storageAccountId":"/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/x",
         "logs":[{"category":null,"categoryGroup":"allLogs","enabled":true}]}}"""))))
        .extracting(LogArchive::category).containsExactly("Audit", "RequestResponse");
    assertThat(LogArchive.of(ACCOUNT, List.of(json.readTree("""
        {"properties":{"storageAccountId":"/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/x",
         "logs":[{"category":"RequestResponse","enabled":false},{"category":"Trace","enabled":true}]}}"""),
        json.readTree("""
        {"properties":{"eventHubAuthorizationRuleId":"/subscriptions/s/x","logs":[{"categoryGroup":"allLogs","enabled":true}]}}"""))))
        .isEmpty();
    assertThat(LogArchive.of(ACCOUNT, List.of())).isEmpty();
  }
}
