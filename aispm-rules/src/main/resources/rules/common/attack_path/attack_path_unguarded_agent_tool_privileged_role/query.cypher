MATCH path = (a:Agent)-[:HAS_ACTION_GROUP]->(g:AgentTool)-[:INVOKES]->(f:Compute)-[:RUNS_AS]->(r:Identity)
WHERE a.guardrailConfigured = false AND coalesce(g.state, 'ENABLED') <> 'DISABLED'
  AND (r.isAdmin = true OR r.privilegeLevel IN ['admin', 'write'])
WITH a, r, f, head(collect(path)) AS path
RETURN a.id AS resourceId, 'FAIL' AS status,
       'Agent ' + a.name + ' has no guardrail and can call ' + coalesce(f.name, f.id) + ', which runs as '
         + coalesce(r.name, r.id) + CASE WHEN r.isAdmin THEN ' (admin)' ELSE ' (write rights)' END AS reason,
       [a.id, f.id, r.id] AS resourceIds, path
