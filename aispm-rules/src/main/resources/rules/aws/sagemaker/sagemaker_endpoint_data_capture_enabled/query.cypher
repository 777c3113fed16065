MATCH (n:AWSSageMakerEndpoint)
WITH n, n.dataCaptureEnabled AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Endpoint does not capture inference data" + ': ' + n.name
              WHEN true THEN "Endpoint captures inference data" + ': ' + n.name
              ELSE 'dataCaptureEnabled could not be read for ' + n.name END AS reason
