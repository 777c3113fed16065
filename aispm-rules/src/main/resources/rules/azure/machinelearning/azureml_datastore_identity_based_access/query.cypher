MATCH (n:AzureMLDatastore)
WITH n, n.sharedKeyCredential AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Datastore keeps an account key or SAS token" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Datastore uses identity-based access" + ': ' + coalesce(n.name, n.id)
              ELSE "Credential type could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
