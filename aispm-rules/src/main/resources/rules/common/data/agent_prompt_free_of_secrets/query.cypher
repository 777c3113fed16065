// Agents and their tools: the text they give the model, judged line by line by the collector.
MATCH (n)
WHERE (n:Agent OR n:AgentTool) AND n.settingsScan IS NOT NULL
WITH n, coalesce(n.settingSecrets, []) AS found
RETURN n.id AS resourceId,
       CASE WHEN size(found) > 0 THEN 'FAIL' WHEN n.settingsScan = 'scanned' THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE WHEN size(found) > 0 THEN n.type + ' ' + coalesce(n.name, n.id) + ' gives its model ' + size(found)
                 + ' secret(s) that anyone who talks to it may extract: '
                 + reduce(s = '', x IN found | s + CASE WHEN s = '' THEN '' ELSE '; ' END + x)
            WHEN n.settingsScan = 'scanned' THEN 'No secret in the prompt text of ' + n.type + ' ' + coalesce(n.name, n.id)
            ELSE 'The prompt text of ' + n.type + ' ' + coalesce(n.name, n.id) + ' was not judged (' + n.settingsScan
                 + ': ' + coalesce(n.settingsScanError, 'no reason given') + ')' END AS reason
