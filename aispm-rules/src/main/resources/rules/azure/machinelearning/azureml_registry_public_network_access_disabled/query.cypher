MATCH (n:AzureMLRegistry)
WITH n, n.publiclyAccessible AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Registry accepts connections from public networks" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Registry public network access is disabled" + ': ' + coalesce(n.name, n.id)
              ELSE "Public network access could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
