MATCH (f:ServerlessWorkload)
OPTIONAL MATCH (f)-[:USES_AI]->(u:AIUsage) WHERE u.managed = false
WITH f, collect(DISTINCT u.kind + ' ' + u.subject) AS uses
WHERE size(uses) > 0 OR f.codeScan IS NOT NULL
WITH f, uses,
     CASE WHEN f:AzureFunctionApp OR f:AzureContainerApp OR f:AzureContainerAppJob THEN 'Azure OpenAI'
          ELSE 'Vertex AI' END AS managed
RETURN f.id AS resourceId,
       CASE WHEN size(uses) > 0 THEN 'FAIL' WHEN f.codeScan = 'scanned' THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE WHEN size(uses) > 0 THEN 'Workload ' + f.name + ' uses AI outside ' + managed + ': '
                 + reduce(s = '', x IN uses | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x)
            WHEN f.codeScan = 'scanned' THEN 'The code of ' + f.name + ' shows no AI use outside ' + managed
            ELSE 'The code of ' + f.name + ' was not read (' + f.codeScan
                 + coalesce(': ' + f.codeScanError, '') + ')' END AS reason
