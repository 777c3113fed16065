MATCH (n:Compute) WHERE n:AzureMLComputeInstance OR n:AzureMLComputeCluster
WITH n, n.sshPublicAccess AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Compute accepts SSH from the internet" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Compute has no public SSH" + ': ' + coalesce(n.name, n.id)
              ELSE "SSH settings could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
