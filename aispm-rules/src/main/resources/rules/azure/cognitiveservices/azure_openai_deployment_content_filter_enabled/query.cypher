MATCH (n:AzureCognitiveServicesDeployment)
WITH n, n.contentFilterWeakened AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN 'Deployment ' + n.name + ' uses content filter ' + n.raiPolicyName + ', which turns off or does not block '
                        + reduce(s = '', f IN coalesce(n.disabledFilters, []) | s + CASE s WHEN '' THEN '' ELSE ', ' END + f)
              WHEN false THEN 'Deployment ' + n.name + ' uses a blocking content filter'
              ELSE 'Content filter ' + coalesce(n.raiPolicyName, '?') + ' of deployment ' + n.name + ' could not be read' END AS reason
