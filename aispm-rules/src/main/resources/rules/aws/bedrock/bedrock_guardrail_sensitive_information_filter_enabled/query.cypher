MATCH (g:AWSBedrockGuardrail)
RETURN g.id AS resourceId,
       CASE g.sensitiveInformationEnabled WHEN true THEN 'PASS' WHEN false THEN 'FAIL' ELSE 'UNKNOWN' END AS status,
       CASE g.sensitiveInformationEnabled WHEN true THEN 'Guardrail ' + g.name + ' blocks or masks ' + toString(size(coalesce(g.piiEntityTypes, []))) + ' PII type(s) and ' + toString(coalesce(g.regexFilterCount, 0)) + ' pattern(s)'
            WHEN false THEN 'Guardrail ' + g.name + ' does not block or mask personal data'
            ELSE 'The sensitive-information policy of guardrail ' + coalesce(g.name, g.id) + ' could not be read' END AS reason
