// dataCollector is false when the deployment has no collector or keeps none of its collections,
// and absent only when the deployment's answer could not be read: that is unknown, never a pass.
MATCH (n:AzureMLOnlineDeployment)
WITH n, n.dataCollector AS v
RETURN n.id AS resourceId,
       CASE v WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN false THEN 'Deployment ' + n.name + ' of endpoint ' + coalesce(n.endpoint, '?') + ' keeps none of its inputs or outputs'
              WHEN true THEN 'Deployment ' + n.name + ' collects ' + coalesce(reduce(s = '', x IN coalesce(n.dataCollections, []) | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x), 'its data')
              ELSE 'Data collection could not be read for deployment ' + n.name END AS reason
