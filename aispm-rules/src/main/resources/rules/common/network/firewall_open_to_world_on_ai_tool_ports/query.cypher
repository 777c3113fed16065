// Firewalls in a network that routes to the internet and holds AI compute, whether or not anything
// is attached to them yet.
MATCH (g:Firewall)-[:IN_VPC]->(v:Network)
WHERE EXISTS { (:Network {routesToInternetGateway: true})-[:IN_VPC]->(v) }
  AND EXISTS {
    (c:Asset)-[:IN_SUBNET]->(:Network)-[:IN_VPC]->(v)
    WHERE c:Notebook OR c:Compute OR c:TrainingJob OR c:ProcessingJob OR c:Model OR c:Endpoint
  }
WITH g, [r IN coalesce(g.openToWorldPorts, []) | split(r, ':')] AS rules,
     // [port, tool] pairs of AI and ML tooling that listen on well-known ports.
     [[8888, 'Jupyter'], [5000, 'MLflow'], [8265, 'Ray dashboard'],
      [10001, 'Ray client'], [6006, 'TensorBoard'], [7860, 'Gradio'],
      [8501, 'Streamlit'], [8000, 'vLLM / Triton HTTP'], [8001, 'Triton gRPC'],
      [8080, 'TGI / TorchServe inference'], [8081, 'TorchServe management'],
      [11434, 'Ollama']] AS tools
WITH g, [t IN tools WHERE any(r IN rules WHERE r[0] IN ['tcp', '6', 'all']
      AND (r[1] = 'all'
           OR (toInteger(split(r[1], '-')[0]) <= t[0]
               AND t[0] <= toInteger(coalesce(split(r[1], '-')[1], split(r[1], '-')[0])))))] AS exposed
RETURN g.id AS resourceId,
       CASE WHEN g.openToWorld IS NULL THEN 'UNKNOWN' WHEN size(exposed) > 0 THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN g.openToWorld IS NULL THEN 'Inbound rules of ' + coalesce(g.groupId, g.id) + ' could not be read'
            WHEN size(exposed) > 0 THEN 'Firewall ' + coalesce(g.name, g.groupId, g.id)
              + ', in a network with AI compute and a route from the internet, admits the world on '
              + reduce(s = '', t IN exposed | s + CASE s WHEN '' THEN '' ELSE ', ' END + t[1] + ' (' + t[0] + ')')
            ELSE 'Firewall ' + coalesce(g.name, g.groupId, g.id) + ' admits the world on no AI tool port' END AS reason
