MATCH (n:AWSSageMakerNotebookLifecycleConfig)
WITH n, n.remoteScriptExecution AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Lifecycle script executes a download" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Lifecycle scripts run no code fetched at run time" + ': ' + coalesce(n.name, n.id)
              ELSE 'remoteScriptExecution could not be read for ' + coalesce(n.name, n.id) END AS reason
