MATCH (n:AWSSageMakerModel)
WITH n, n.networkIsolation AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Model runs without network isolation" + ': ' + n.name
              WHEN true THEN "Model runs with network isolation" + ': ' + n.name
              ELSE 'networkIsolation could not be read for ' + n.name END AS reason
