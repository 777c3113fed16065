// Managed AI resources (SageMaker, Vertex AI) always; general compute (functions, containers) when
// it shows AI use itself or runs an image that does.
MATCH (n)
WHERE n.settingsScan IS NOT NULL
  // An agent's prompt text is judged by agent_prompt_free_of_secrets.
  AND NOT (n:Agent OR n:AgentTool)
  AND (NOT (n:AWSLambdaFunction OR n:AWSECSTaskDefinition OR n:ServerlessWorkload)
       OR EXISTS { (n)-[:USES_AI]->(:AIUsage) }
       OR EXISTS { (n)-[:RUNS_IMAGE]->()-[:USES_AI]->(:AIUsage) })
WITH n, coalesce(n.settingSecrets, []) AS found
RETURN n.id AS resourceId,
       CASE WHEN size(found) > 0 THEN 'FAIL' WHEN n.settingsScan = 'scanned' THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE WHEN size(found) > 0 THEN n.type + ' ' + n.name + ' holds ' + size(found)
                 + ' secret(s) in settings that anyone allowed to describe it can read: '
                 + reduce(s = '', x IN found | s + CASE WHEN s = '' THEN '' ELSE '; ' END + x)
            WHEN n.settingsScan = 'scanned' THEN 'No secret in the settings of ' + n.type + ' ' + n.name
            ELSE 'The settings of ' + n.type + ' ' + n.name + ' were not judged (' + n.settingsScan + ': '
                 + coalesce(n.settingsScanError, 'no reason given') + ')' END AS reason
