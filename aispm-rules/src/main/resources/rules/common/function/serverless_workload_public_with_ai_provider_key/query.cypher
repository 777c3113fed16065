MATCH (f)
WHERE (f:ServerlessWorkload OR f:AWSLambdaFunction)
  AND size(coalesce(f.aiProviderSettings, [])) > 0
OPTIONAL MATCH (i:Internet)-[:CAN_REACH]->(f)
WITH f, i IS NOT NULL AS open
RETURN f.id AS resourceId,
       CASE WHEN open THEN 'FAIL' WHEN f.internetReachable IS NULL THEN 'UNKNOWN' ELSE 'PASS' END AS status,
       CASE WHEN open THEN 'Anyone on the internet can invoke ' + f.name + ', which holds AI provider settings '
                 + reduce(s = '', x IN f.aiProviderSettings | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x)
            WHEN f.internetReachable IS NULL THEN 'Whether anyone on the internet can invoke ' + f.name
                 + ' is unknown (ingress or invoker policy not read); it holds AI provider settings'
            ELSE f.name + ' holds AI provider settings but is not invocable from the internet' END AS reason
