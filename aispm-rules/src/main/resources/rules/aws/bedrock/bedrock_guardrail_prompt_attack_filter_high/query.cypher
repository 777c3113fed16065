MATCH (g:AWSBedrockGuardrail)
RETURN g.id AS resourceId,
       CASE WHEN g.promptAttackStrength IS NULL THEN 'UNKNOWN' WHEN g.promptAttackStrength = 'HIGH' THEN 'PASS' ELSE 'FAIL' END AS status,
       CASE WHEN g.promptAttackStrength IS NULL THEN 'The filters of guardrail ' + coalesce(g.name, g.id) + ' could not be read'
            WHEN g.promptAttackStrength = 'HIGH' THEN 'Guardrail ' + g.name + ' filters prompt attacks at HIGH strength'
            WHEN g.promptAttackStrength = 'NONE' THEN 'Guardrail ' + g.name + ' does not filter prompt attacks'
            ELSE 'Guardrail ' + g.name + ' filters prompt attacks only at ' + g.promptAttackStrength + ' strength' END AS reason
