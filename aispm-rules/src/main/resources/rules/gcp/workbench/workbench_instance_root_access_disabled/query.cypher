MATCH (n:GCPWorkbenchInstance)
WITH n, n.rootAccess AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN 'Workbench instance gives users root access: ' + n.name
              WHEN false THEN 'Workbench instance root access is disabled: ' + n.name
              ELSE 'rootAccess could not be read for ' + n.name END AS reason
