// One row per model the model policy judged. The scan writes a verdict per model after
// collection (the same judge as scan-files --policy); without AISPM_MODEL_POLICY there are no
// verdicts and the rule reports nothing.
MATCH (p:ModelPolicy)-[:GAVE]->(v:ModelPolicyVerdict)-[:JUDGES]->(m:Asset)
RETURN m.id AS resourceId,
       CASE WHEN v.outside THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN v.outside
            THEN coalesce(m.name, m.id) + ' is outside the model policy ' + p.name + ': '
                 + reduce(text = '', r IN v.reasons | text + CASE WHEN text = '' THEN '' ELSE '; ' END + r)
            ELSE coalesce(m.name, m.id) + ' is inside the model policy ' + p.name END AS reason
