MATCH (n:AzureBlobContainer) WHERE n.usedByAi = true
WITH n, n.anonymousAccess AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Container of AI data allows anonymous reads" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Container admits no anonymous access" + ': ' + coalesce(n.name, n.id)
              ELSE "Anonymous access could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
