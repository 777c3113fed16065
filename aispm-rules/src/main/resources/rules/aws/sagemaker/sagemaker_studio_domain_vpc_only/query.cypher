MATCH (n:AWSSageMakerDomain)
WITH n, n.vpcOnly AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Studio domain gives its apps public internet access" + ': ' + coalesce(n.name, n.id)
              WHEN true THEN "Studio domain is VpcOnly" + ': ' + coalesce(n.name, n.id)
              ELSE 'vpcOnly could not be read for ' + coalesce(n.name, n.id) END AS reason
