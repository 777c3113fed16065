// A tool is unguarded when it belongs to the draft and the draft has no guardrail, or to a numbered
// version an alias serves without one: an alias runs that version's tools behind that version's
// guardrail, whatever the draft has since become. A tool written before tools carried a version is the draft's.
MATCH path = (a:Agent)-[:HAS_ACTION_GROUP]->(g:AgentTool)-[:INVOKES]->(f:Compute)-[:RUNS_AS]->(r:Identity)
WHERE coalesce(g.state, 'ENABLED') <> 'DISABLED'
  AND (r.isAdmin = true OR r.privilegeLevel IN ['admin', 'write'])
WITH a, f, r, path, coalesce(g.version, 'DRAFT') AS version
WHERE (version = 'DRAFT' AND a.guardrailConfigured = false)
   OR (version <> 'DRAFT' AND version IN coalesce(a.servedVersionsWithoutGuardrail, []))
WITH a, f, r, version, head(collect(path)) AS path
ORDER BY CASE WHEN version = 'DRAFT' THEN 0 ELSE 1 END, size(version), version
WITH a, f, r, head(collect(path)) AS path,
     collect(CASE WHEN version = 'DRAFT' THEN 'its draft' ELSE 'version ' + version END) AS versions
RETURN a.id AS resourceId, 'FAIL' AS status,
       'Agent ' + a.name + ' can call ' + coalesce(f.name, f.id) + ', which runs as ' + coalesce(r.name, r.id)
         + CASE WHEN r.isAdmin THEN ' (admin)' ELSE ' (write rights)' END + ', with no guardrail in '
         + reduce(s = '', i IN range(0, size(versions) - 1) | s
             + CASE WHEN i = 0 THEN '' WHEN i = size(versions) - 1 THEN ' and ' ELSE ', ' END + versions[i]) AS reason,
       [a.id, f.id, r.id] AS resourceIds, path
