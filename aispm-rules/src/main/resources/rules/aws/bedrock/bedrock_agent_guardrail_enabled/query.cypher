MATCH (a:AWSBedrockAgent)
RETURN a.id AS resourceId,
       CASE a.guardrailConfigured WHEN true THEN 'PASS' WHEN false THEN 'FAIL' ELSE 'UNKNOWN' END AS status,
       CASE a.guardrailConfigured WHEN true THEN 'Agent ' + a.name + ' is protected by guardrail ' + a.guardrailId
            WHEN false THEN 'Agent ' + a.name + ' has no guardrail'
            ELSE 'The guardrail configuration of agent ' + coalesce(a.name, a.id) + ' could not be read' END AS reason
