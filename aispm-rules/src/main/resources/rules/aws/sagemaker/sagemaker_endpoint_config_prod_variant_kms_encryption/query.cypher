MATCH (n:AWSSageMakerEndpoint)
RETURN n.id AS resourceId,
       CASE WHEN n.kmsKeyId IS NULL THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN n.kmsKeyId IS NULL THEN "Endpoint has no customer managed key" + ': ' + n.name
            ELSE "Endpoint uses a customer managed key" + ': ' + n.name END AS reason
