MATCH (c:AWSBedrockGuardrailCoverage)
// Only where Bedrock is in use: an empty region needs no guardrail.
OPTIONAL MATCH (u:Asset) WHERE u.account = c.account AND u.region = c.region
  AND (u:AWSBedrockAgent OR u:AWSBedrockCustomModel OR u:AWSBedrockImportedModel
       OR u:AWSBedrockProvisionedThroughput OR u:AWSBedrockModelCustomizationJob)
WITH c, count(u) AS used, collect(DISTINCT u.type) AS kinds
WHERE used > 0
RETURN c.id AS resourceId,
       CASE WHEN c.listed = true AND c.guardrailCount > 0 THEN 'PASS'
            WHEN c.listed = true AND c.guardrailCount = 0 THEN 'FAIL'
            ELSE 'UNKNOWN' END AS status,
       CASE WHEN c.listed = true AND c.guardrailCount > 0
              THEN c.account + '/' + c.region + ' defines ' + c.guardrailCount + ' Bedrock guardrail(s)'
            WHEN c.listed = true AND c.guardrailCount = 0
              THEN 'Bedrock is in use in ' + c.account + '/' + c.region + ' (' + used + ' resource(s): '
                + reduce(s = '', k IN kinds | s + CASE s WHEN '' THEN '' ELSE ', ' END + k)
                + ') but no guardrail is defined there'
            ELSE 'The Bedrock guardrails of ' + c.account + '/' + c.region + ' could not be listed' END AS reason
