MATCH (n:GCPWorkbenchInstance)
WITH n, n.publicIp AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN 'Workbench instance ' + n.name + ' has an external IP address'
                        + CASE WHEN n.internetReachable THEN ' and a firewall rule open to the world' ELSE '' END
              WHEN false THEN 'Workbench instance ' + n.name + ' has no external IP address'
              ELSE 'External IP of Workbench instance ' + n.name + ' could not be read' END AS reason
