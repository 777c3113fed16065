MATCH (n:AWSSageMakerModel)
RETURN n.id AS resourceId,
       CASE WHEN n.subnetIds IS NULL THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN n.subnetIds IS NULL THEN "Model is not in a VPC" + ': ' + n.name
            ELSE "Model runs in a VPC" + ': ' + n.name END AS reason
