// Firewalls in a network that routes to the internet and holds AI compute, whether or not anything
// is attached to them yet. A firewall belongs to its network directly (AWS security groups, GCP
// firewall rules: IN_VPC) or through the subnets it is associated with (Azure network security
// groups: subnet -HAS_SECURITY_GROUP-> group, subnet -IN_VNET-> network). The route to the
// internet is a subnet's (AWS, Azure) or the network's own (GCP); AI compute sits in a subnet of
// the network or, on GCP, in the network itself.
MATCH (g:Firewall)
CALL {
  WITH g
  MATCH (g)-[:IN_VPC]->(v:Network)
  RETURN v
  UNION
  WITH g
  MATCH (g)<-[:HAS_SECURITY_GROUP]-(:Network)-[:IN_VNET]->(v:Network)
  RETURN v
}
WITH g, v
WHERE (v.routesToInternetGateway = true
       OR EXISTS { (:Network {routesToInternetGateway: true})-[:IN_VPC|IN_VNET]->(v) })
  AND (EXISTS {
         (c:Asset)-[:IN_SUBNET]->(:Network)-[:IN_VPC|IN_VNET]->(v)
         WHERE c:Notebook OR c:Compute OR c:TrainingJob OR c:ProcessingJob OR c:Model OR c:Endpoint
       }
       OR EXISTS {
         (c:Asset)-[:IN_VPC]->(v)
         WHERE c:Notebook OR c:Compute OR c:TrainingJob OR c:ProcessingJob OR c:Model OR c:Endpoint
       })
WITH DISTINCT g
// Protocols and ranges as each cloud spells them: tcp / 6 / Tcp, all / * for every protocol or port.
WITH g, [r IN coalesce(g.openToWorldPorts, []) | split(toLower(r), ':')] AS rules,
     // [port, tool] pairs of AI and ML tooling that listen on well-known ports.
     [[8888, 'Jupyter'], [5000, 'MLflow'], [8265, 'Ray dashboard'],
      [10001, 'Ray client'], [6006, 'TensorBoard'], [7860, 'Gradio'],
      [8501, 'Streamlit'], [8000, 'vLLM / Triton HTTP'], [8001, 'Triton gRPC'],
      [8080, 'TGI / TorchServe inference'], [8081, 'TorchServe management'],
      [11434, 'Ollama']] AS tools
WITH g, [t IN tools WHERE any(r IN rules WHERE r[0] IN ['tcp', '6', 'all', '*']
      AND (r[1] IN ['all', '*']
           OR (toInteger(split(r[1], '-')[0]) <= t[0]
               AND t[0] <= toInteger(coalesce(split(r[1], '-')[1], split(r[1], '-')[0])))))] AS exposed
RETURN g.id AS resourceId,
       CASE WHEN g.openToWorld IS NULL THEN 'UNKNOWN' WHEN size(exposed) > 0 THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN g.openToWorld IS NULL THEN 'Inbound rules of ' + coalesce(g.groupId, g.name, g.id) + ' could not be read'
            WHEN size(exposed) > 0 THEN 'Firewall ' + coalesce(g.name, g.groupId, g.id)
              + ', in a network with AI compute and a route from the internet, admits the world on '
              + reduce(s = '', t IN exposed | s + CASE s WHEN '' THEN '' ELSE ', ' END + t[1] + ' (' + t[0] + ')')
            ELSE 'Firewall ' + coalesce(g.name, g.groupId, g.id) + ' admits the world on no AI tool port' END AS reason
