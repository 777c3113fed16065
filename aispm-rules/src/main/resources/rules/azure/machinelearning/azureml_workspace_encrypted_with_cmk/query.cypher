MATCH (n:AzureMLWorkspace)
WITH n, n.customerManagedKey AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Workspace data is encrypted with Microsoft-managed keys" + ': ' + coalesce(n.name, n.id)
              WHEN true THEN "Workspace is encrypted with a customer-managed key" + ': ' + coalesce(n.name, n.id)
              ELSE "Encryption could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
