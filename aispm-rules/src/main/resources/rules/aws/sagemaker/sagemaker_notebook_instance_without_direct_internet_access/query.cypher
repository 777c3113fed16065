MATCH (n:AWSSageMakerNotebookInstance)
WITH n, n.directInternetAccess AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Notebook instance has direct internet access" + ': ' + n.name
              WHEN false THEN "Notebook instance has no direct internet access" + ': ' + n.name
              ELSE 'directInternetAccess could not be read for ' + n.name END AS reason
