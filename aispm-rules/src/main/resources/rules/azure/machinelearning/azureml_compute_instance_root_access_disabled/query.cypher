MATCH (n:AzureMLComputeInstance)
WITH n, n.rootAccess AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Compute instance gives users root access" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Compute instance root access is disabled" + ': ' + coalesce(n.name, n.id)
              ELSE "Root access could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
