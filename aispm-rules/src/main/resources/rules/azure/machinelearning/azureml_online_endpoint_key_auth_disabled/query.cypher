// Batch endpoints carry the same authMode setting (the API's enum admits Key for them too), so they
// are held to it the same way.
MATCH (n) WHERE n:AzureMLOnlineEndpoint OR n:AzureMLBatchEndpoint
WITH n, n.keyAuth AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Endpoint accepts static keys" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Endpoint requires token authentication" + ': ' + coalesce(n.name, n.id)
              ELSE "Authentication mode could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
