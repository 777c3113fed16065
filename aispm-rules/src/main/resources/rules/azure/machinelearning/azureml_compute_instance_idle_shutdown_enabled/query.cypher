MATCH (n:AzureMLComputeInstance)
WITH n, n.idleShutdownEnabled AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Compute instance has no idle shutdown" + ': ' + coalesce(n.name, n.id)
              WHEN true THEN "Compute instance shuts down when idle" + ': ' + coalesce(n.name, n.id)
              ELSE "Idle shutdown could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
