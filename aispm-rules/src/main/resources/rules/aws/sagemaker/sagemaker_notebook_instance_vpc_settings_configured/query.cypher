MATCH (n:AWSSageMakerNotebookInstance)
RETURN n.id AS resourceId,
       CASE WHEN n.subnetId IS NULL THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN n.subnetId IS NULL THEN "Notebook instance is not in a VPC" + ': ' + n.name
            ELSE "Notebook instance is in a VPC subnet" + ': ' + n.name END AS reason
