MATCH (n:AzureStorageAccount) WHERE n.usedByAi = true
WITH n, n.allowSharedKeyAccess AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Storage account of AI data accepts shared keys" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Storage account refuses shared keys" + ': ' + coalesce(n.name, n.id)
              ELSE "Shared-key setting could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
