MATCH (n:AzureCognitiveServicesAccount)
WITH n, n.internetReachable AS v,
     // An approved private endpoint already serves private clients: public access is then pure exposure.
     [(e:AzurePrivateEndpoint)-[:PRIVATE_LINK_TO]->(n) WHERE e.approved = true | e.name] AS privateEndpoints
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Account accepts requests from any address" + ': ' + coalesce(n.name, n.id)
                + CASE WHEN size(privateEndpoints) > 0
                       THEN ', although private endpoint ' + reduce(s = '', p IN privateEndpoints | s + CASE s WHEN '' THEN '' ELSE ', ' END + p)
                            + ' already serves private clients: public access can be disabled'
                       ELSE '' END
              WHEN false THEN "Account is not open to the internet" + ': ' + coalesce(n.name, n.id)
              ELSE "Network settings could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
