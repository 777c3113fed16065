MATCH (c:Asset)-[:HAS_SECURITY_GROUP]->(g:Network)
WHERE c:Notebook OR c:TrainingJob OR c:ProcessingJob OR c:Model OR c:Endpoint
   // Compute that serves a self-hosted AI server (a VM or a container service running vLLM, MLflow, Ray...).
   OR (c:Compute AND EXISTS { (c)-[:USES_AI]->(:AIUsage {kind: 'server'}) })
WITH g, collect(c) AS users
WITH g, users, g.openToWorld AS v
RETURN g.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN 'Security group ' + coalesce(g.name, g.groupId, g.id) + ' admits the world on '
              + reduce(t = '', p IN coalesce(g.openToWorldPorts, []) | t + CASE t WHEN '' THEN '' ELSE ', ' END + p)
              + ' and governs ' + reduce(t = '', u IN users | t + CASE t WHEN '' THEN '' ELSE ', ' END + coalesce(u.name, u.id))
              WHEN false THEN 'Security group ' + coalesce(g.name, g.groupId, g.id) + ' admits no world-wide traffic'
              ELSE 'Rules of security group ' + coalesce(g.groupId, g.id) + ' could not be read' END AS reason,
       [g.id] + [u IN users | u.id] AS resourceIds
