MATCH (n:AzureCognitiveServicesAccount)
WITH n, n.diagnosticLogging AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN "Account has no diagnostic logging" + ': ' + coalesce(n.name, n.id)
              WHEN true THEN "Account sends its logs to a destination" + ': ' + coalesce(n.name, n.id)
              ELSE "Diagnostic settings could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
