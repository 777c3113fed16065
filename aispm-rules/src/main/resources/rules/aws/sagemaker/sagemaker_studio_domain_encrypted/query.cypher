MATCH (n:AWSSageMakerDomain)
WITH n, n.customerKmsKey AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Studio domain home volume uses an AWS managed key" + ': ' + coalesce(n.name, n.id)
              WHEN true THEN "Studio domain home volume uses a customer KMS key" + ': ' + coalesce(n.name, n.id)
              ELSE 'customerKmsKey could not be read for ' + coalesce(n.name, n.id) END AS reason
