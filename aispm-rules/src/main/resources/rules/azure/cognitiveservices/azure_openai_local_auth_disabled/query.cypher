MATCH (n:AzureCognitiveServicesAccount)
WITH n, n.keyAuth AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Account accepts API keys" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Account refuses API keys" + ': ' + coalesce(n.name, n.id)
              ELSE "Local authentication could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
