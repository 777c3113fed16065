MATCH (n:AWSSageMakerProcessingJob)
WITH n, n.networkIsolation AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Processing job runs without network isolation" + ': ' + coalesce(n.name, n.id)
              WHEN true THEN "Processing job runs with network isolation" + ': ' + coalesce(n.name, n.id)
              ELSE 'networkIsolation could not be read for ' + coalesce(n.name, n.id) END AS reason
