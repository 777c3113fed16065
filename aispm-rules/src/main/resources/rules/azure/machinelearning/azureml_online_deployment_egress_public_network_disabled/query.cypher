// Kubernetes deployments take their egress from the attached cluster's own network policy, which
// this setting does not govern: only managed deployments are judged. The API's default is Enabled,
// but a deployment whose answer left the setting out is reported as unknown, never as passing.
MATCH (n:AzureMLOnlineDeployment) WHERE coalesce(n.endpointComputeType, 'Managed') = 'Managed'
WITH n, n.egressPublicNetworkAccess AS v
RETURN n.id AS resourceId,
       CASE WHEN v IS NULL THEN 'UNKNOWN' WHEN v = 'Enabled' THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN v IS NULL THEN 'Egress public network access could not be read for deployment ' + n.name
            WHEN v = 'Enabled' THEN 'Deployment ' + n.name + ' of endpoint ' + coalesce(n.endpoint, '?') + ' can reach the internet'
            ELSE 'Deployment ' + n.name + ' has no public egress' END AS reason
