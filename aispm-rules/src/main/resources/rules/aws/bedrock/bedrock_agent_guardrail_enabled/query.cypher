// The draft's guardrail, and that of every numbered version an alias serves: applications invoke
// the agent through an alias, so a live version without a guardrail fails even when the draft has one.
MATCH (a:AWSBedrockAgent)
WITH a, coalesce(a.servedVersionsWithoutGuardrail, []) AS unguarded
RETURN a.id AS resourceId,
       CASE WHEN a.guardrailConfigured = false OR size(unguarded) > 0 THEN 'FAIL'
            WHEN a.guardrailConfigured = true AND a.servedVersionsRead = true THEN 'PASS'
            ELSE 'UNKNOWN' END AS status,
       CASE WHEN a.guardrailConfigured = false THEN 'Agent ' + a.name + ' has no guardrail'
            WHEN size(unguarded) > 0 THEN 'Agent ' + a.name + ' is protected by guardrail ' + a.guardrailId
                 + ' in its draft, but its aliases serve version(s) '
                 + reduce(s = '', v IN unguarded | s + CASE WHEN s = '' THEN '' ELSE ', ' END + v)
                 + ' without a guardrail'
            WHEN a.guardrailConfigured = true AND a.servedVersionsRead = true THEN 'Agent ' + a.name
                 + ' is protected by guardrail ' + a.guardrailId + ', and so is every version its aliases serve'
            WHEN a.guardrailConfigured = true THEN 'The guardrail of the versions that the aliases of agent ' + a.name
                 + ' serve could not be read'
            ELSE 'The guardrail configuration of agent ' + coalesce(a.name, a.id) + ' could not be read' END AS reason
