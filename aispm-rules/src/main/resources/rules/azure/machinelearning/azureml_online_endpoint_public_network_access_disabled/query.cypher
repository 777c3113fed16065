MATCH (n:AzureMLOnlineEndpoint)
WITH n, n.publicNetworkAccess AS v
RETURN n.id AS resourceId,
       CASE WHEN v IS NULL THEN 'UNKNOWN' WHEN v = 'Enabled' THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN v IS NULL THEN 'Public network access could not be read for ' + n.name
            WHEN v = 'Enabled' THEN 'Endpoint ' + n.name + ' accepts requests from public networks'
            ELSE 'Endpoint ' + n.name + ' is private' END AS reason
