MATCH (n:Compute) WHERE n:AzureMLComputeInstance OR n:AzureMLComputeCluster
WITH n, n.publicIp AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Compute nodes get a public IP address" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Compute has no public IP" + ': ' + coalesce(n.name, n.id)
              ELSE "Public IP setting could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
