MATCH (a:Asset)-[:RUNS_AS]->(s:GCPServiceAccount)
WHERE a:Notebook OR a:TrainingJob OR a:ProcessingJob OR a:Endpoint OR a:Pipeline
WITH a, collect(s) AS accounts
WITH a, [s IN accounts WHERE s.isDefaultComputeAccount = true] AS dc,
     [s IN accounts WHERE s.isDefaultComputeAccount IS NULL] AS unread
RETURN a.id AS resourceId,
       CASE WHEN size(dc) > 0 THEN 'FAIL' WHEN size(unread) > 0 THEN 'UNKNOWN' ELSE 'PASS' END AS status,
       CASE WHEN size(dc) > 0 THEN a.type + ' ' + coalesce(a.name, a.id) + ' runs as the Compute Engine default service account ' + dc[0].name
            WHEN size(unread) > 0 THEN 'The service account of ' + coalesce(a.name, a.id) + ' could not be read'
            ELSE a.type + ' ' + coalesce(a.name, a.id) + ' runs as a dedicated service account' END AS reason
