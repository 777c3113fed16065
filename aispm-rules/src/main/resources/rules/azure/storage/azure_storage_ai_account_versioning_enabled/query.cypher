MATCH (n:AzureStorageAccount) WHERE n.usedByAi = true
WITH n, n.versioning AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Storage account of AI data keeps no blob versions" + ': ' + coalesce(n.name, n.id)
              WHEN true THEN "Storage account keeps blob versions" + ': ' + coalesce(n.name, n.id)
              ELSE "Blob service settings could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
