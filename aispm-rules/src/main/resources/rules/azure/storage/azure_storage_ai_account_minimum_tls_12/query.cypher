MATCH (n:AzureStorageAccount) WHERE n.usedByAi = true
WITH n, n.minimumTlsVersion AS v
RETURN n.id AS resourceId,
       CASE WHEN v IS NULL THEN 'UNKNOWN' WHEN v IN ['TLS1_0', 'TLS1_1'] THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN v IS NULL THEN 'Minimum TLS version could not be read for ' + n.name
            WHEN v IN ['TLS1_0', 'TLS1_1'] THEN 'Storage account ' + n.name + ' accepts ' + v
            ELSE 'Storage account ' + n.name + ' requires ' + v END AS reason
