MATCH (n:AzureCognitiveServicesAccount)
WITH n, n.internetReachable AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Account accepts requests from any address" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Account is not open to the internet" + ': ' + coalesce(n.name, n.id)
              ELSE "Network settings could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
