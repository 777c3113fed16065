MATCH (n:AWSSageMakerNotebookInstance)
RETURN n.id AS resourceId,
       CASE WHEN n.kmsKeyId IS NULL THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN n.kmsKeyId IS NULL THEN "Notebook instance volume is not encrypted with a customer managed key" + ': ' + n.name
            ELSE "Notebook instance volume uses a customer managed key" + ': ' + n.name END AS reason
