package dev.aispm.scanners.data.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One realistic positive and one near-miss negative for every credential format, as the line of
 * text a training set or config file would hold. The negatives are what a careless detector would
 * flag: wrong checksums, wrong lengths, placeholders, documented examples, missing context.
 */
public final class SecretSamples {

  /**
   * @param ruleId   the format's rule id
   * @param positive a line holding one such credential
   * @param secret   the credential's value exactly as the finding fingerprints it
   * @param negative a line that looks similar but must not be reported as this format
   * @param alsoFound other secrets the positive line legitimately holds (rule id to value)
   */
  public record Sample(String ruleId, String positive, String secret, String negative,
      Map<String, String> alsoFound) {
    Sample(String ruleId, String positive, String secret, String negative) {
      this(ruleId, positive, secret, negative, Map.of());
    }
  }

  private SecretSamples() {}

  /** The samples, generated from {@code seed}. */
  public static List<Sample> all(long seed) {
    Gen g = new Gen(seed);
    List<Sample> s = new ArrayList<>();
    String v;
    v = "AKIA" + g.chars(Gen.BASE32, 16);
    s.add(new Sample("secret.aws-access-key", "aws_access_key_id = " + v, v,
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE"));
    v = g.chars(Gen.B64, 40);
    s.add(new Sample("secret.aws-secret-key", "aws_secret_access_key = " + v, v,
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    v = "IQoJb3JpZ2luX2Vj" + g.chars(Gen.B64, 200);
    s.add(new Sample("secret.aws-session-token", "export AWS_SESSION_TOKEN=\"" + v + "\"", v,
        "export AWS_SESSION_TOKEN=\"${AWS_SESSION_TOKEN}\""));
    v = "AIza" + g.chars(Gen.URLSAFE, 35);
    s.add(new Sample("secret.gcp-api-key", "const firebaseConfig = { apiKey: \"" + v + "\" };", v,
        "apiKey: \"AIza" + g.chars(Gen.URLSAFE, 20) + "\""));
    v = g.hex(40);
    String saKey = g.pem("PRIVATE KEY", "\\n");
    String saBody = saKey.substring(saKey.indexOf("\\n") + 2, saKey.indexOf("-----END")).replace("\\n", "");
    s.add(new Sample("secret.gcp-service-account", "{\"type\": \"service_account\", \"project_id\": \"ml-prod\", "
        + "\"private_key_id\": \"" + v + "\", \"private_key\": \"" + saKey
        + "\\n\", \"client_email\": \"trainer@ml-prod.iam.gserviceaccount.com\"}", v,
        "{\"type\": \"service_account\", \"client_email\": \"trainer@ml-prod.iam.gserviceaccount.com\"}",
        Map.of("secret.private-key", saBody)));
    v = "GOCSPX-" + g.chars(Gen.URLSAFE, 28);
    s.add(new Sample("secret.google-oauth-client-secret", "client_secret: " + v, v,
        "client_secret: GOCSPX-" + g.alnum(12)));
    v = "ya29.a0" + g.chars(Gen.URLSAFE, 120);
    s.add(new Sample("secret.google-oauth-access-token", "Authorization: Bearer " + v, v,
        "see ya29.short for details"));
    v = g.chars(Gen.B64, 86) + "==";
    s.add(new Sample("secret.azure-storage-connection-string",
        "DefaultEndpointsProtocol=https;AccountName=mldata;AccountKey=" + v + ";EndpointSuffix=core.windows.net", v,
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="
            + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"));
    v = g.chars(Gen.B64, 43) + "=";
    s.add(new Sample("secret.azure-shared-access-key", "Endpoint=sb://ml-events.servicebus.windows.net/;"
        + "SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=" + v, v,
        "Endpoint=sb://ml-events.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=<key>"));
    v = g.alnum(20) + "%2B" + g.alnum(20) + "%3D";
    s.add(new Sample("secret.azure-sas-token", "https://mldata.blob.core.windows.net/train?sv=2022-11-02&ss=b"
        + "&srt=co&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=" + v, v,
        "https://example.org/page?sig=" + g.alnum(44)));
    v = g.alnum(3) + g.digits(1) + "Q~" + g.chars(Gen.ALNUM + "_~.-", 34);
    s.add(new Sample("secret.azure-ad-client-secret", "AZURE_CLIENT_SECRET=" + v, v,
        "AZURE_CLIENT_SECRET=abc1Q~short"));
    v = g.alnum(76) + "AZDO" + g.alnum(4);
    s.add(new Sample("secret.azure-devops-pat", "ado_pat: " + v, v, "ado_pat: " + g.alnum(40) + "AZDO" + g.alnum(4)));
    v = g.hex(32);
    s.add(new Sample("secret.azure-openai-key", "AZURE_OPENAI_API_KEY=" + v, v,
        "AZURE_OPENAI_ENDPOINT=https://ml.openai.azure.com/"));
    v = "LTAI" + g.alnum(20);
    s.add(new Sample("secret.alibaba-access-key", "accessKeyId: " + v, v, "accessKeyId: LTAIxxxxxxxxxxxxxxxx"));
    v = "dop_v1_" + g.hex(64);
    s.add(new Sample("secret.digitalocean-token", "DIGITALOCEAN_TOKEN=" + v, v, "DIGITALOCEAN_TOKEN=dop_v1_" + g.hex(20)));
    v = "HRKU-" + g.chars(Gen.URLSAFE, 60);
    s.add(new Sample("secret.heroku-api-key", "HEROKU_API_KEY=" + v, v, "HEROKU_API_KEY=HRKU-" + g.alnum(20)));
    v = "4b2f8e1a-" + g.hex(4) + "-4" + g.hex(3) + "-a" + g.hex(3) + "-" + g.hex(12);
    s.add(new Sample("secret.heroku-api-key-legacy", "HEROKU_API_KEY=" + v, v, "request_id=" + v));
    v = "v1.0-" + g.hex(24) + "-" + g.hex(146);
    s.add(new Sample("secret.cloudflare-origin-ca-key", "origin_ca_key = \"" + v + "\"", v, "version v1.0-beta"));
    v = g.chars(Gen.URLSAFE, 40);
    s.add(new Sample("secret.cloudflare-api-token", "CLOUDFLARE_API_TOKEN=" + v, v, "CLOUDFLARE_ZONE=ml-prod-zone"));
    v = "dapi" + g.hex(32);
    s.add(new Sample("secret.databricks-token", "DATABRICKS_TOKEN=" + v, v, "DATABRICKS_TOKEN=dapi" + g.hex(20)));
    v = "hvs." + g.chars(Gen.URLSAFE, 95);
    s.add(new Sample("secret.vault-token", "VAULT_TOKEN=" + v, v, "VAULT_TOKEN=hvs.short"));
    v = g.alnum(14) + ".atlasv1." + g.chars(Gen.URLSAFE, 67);
    s.add(new Sample("secret.terraform-cloud-token", "token = \"" + v + "\"", v, "uses .atlasv1. tokens"));
    v = "pul-" + g.hex(40);
    s.add(new Sample("secret.pulumi-token", "PULUMI_ACCESS_TOKEN=" + v, v, "PULUMI_ACCESS_TOKEN=pul-" + g.hex(30)));
    v = "dp.pt." + g.alnum(43);
    s.add(new Sample("secret.doppler-token", "DOPPLER_TOKEN=" + v, v, "DOPPLER_TOKEN=dp.pt.short"));
    v = "fo1_" + g.chars(Gen.URLSAFE, 43);
    s.add(new Sample("secret.flyio-token", "FLY_API_TOKEN=" + v, v, "FLY_API_TOKEN=fo1_short"));
    v = "sbp_" + g.hex(40);
    s.add(new Sample("secret.supabase-token", "SUPABASE_ACCESS_TOKEN=" + v, v, "SUPABASE_ACCESS_TOKEN=sbp_" + g.hex(12)));
    v = "pscale_tkn_" + g.chars(Gen.URLSAFE, 43);
    s.add(new Sample("secret.planetscale-token", "PLANETSCALE_SERVICE_TOKEN=" + v, v, "pscale_tkn_short"));
    v = "sk-proj-" + g.chars(Gen.URLSAFE, 74) + "T3BlbkFJ" + g.chars(Gen.URLSAFE, 74);
    s.add(new Sample("secret.openai-api-key", "client = OpenAI(api_key=\"" + v + "\")", v,
        "run task-proj-" + g.alnum(60) + " now"));
    v = "sk-ant-api03-" + g.chars(Gen.URLSAFE, 93) + "AA";
    s.add(new Sample("secret.anthropic-api-key", "ANTHROPIC_API_KEY=" + v, v, "ANTHROPIC_API_KEY=sk-ant-api03-short"));
    v = "sk-ant-admin01-" + g.chars(Gen.URLSAFE, 93) + "AA";
    s.add(new Sample("secret.anthropic-admin-key", "admin key " + v, v, "sk-ant-admin01-xyz"));
    v = "hf_" + g.alnum(34);
    s.add(new Sample("secret.huggingface-token", "huggingface-cli login --token " + v, v, "hf_" + g.alnum(12)));
    v = "api_org_" + g.alnum(34);
    s.add(new Sample("secret.huggingface-org-token", "HF_ORG_TOKEN=" + v, v, "api_org_" + g.alnum(10)));
    v = "r8_" + g.alnum(37);
    s.add(new Sample("secret.replicate-token", "REPLICATE_API_TOKEN=" + v, v, "r8_" + g.alnum(20)));
    v = "gsk_" + g.alnum(52);
    s.add(new Sample("secret.groq-api-key", "GROQ_API_KEY=" + v, v, "gsk_" + g.alnum(20)));
    v = "pplx-" + g.alnum(48);
    s.add(new Sample("secret.perplexity-api-key", "PPLX_API_KEY=" + v, v, "pplx-" + g.alnum(20)));
    v = "xai-" + g.alnum(80);
    s.add(new Sample("secret.xai-api-key", "XAI_API_KEY=" + v, v, "xai-" + g.alnum(30)));
    v = "lsv2_pt_" + g.hex(32) + "_" + g.hex(10);
    s.add(new Sample("secret.langsmith-api-key", "LANGCHAIN_API_KEY=" + v, v, "lsv2_pt_" + g.hex(10)));
    v = "pcsk_" + g.alnum(5) + "_" + g.alnum(60);
    s.add(new Sample("secret.pinecone-api-key", "PINECONE_API_KEY=" + v, v, "pcsk_" + g.alnum(5) + "_short"));
    v = g.alnum(40);
    s.add(new Sample("secret.cohere-api-key", "COHERE_API_KEY=" + v, v, "COHERE_MODEL=command-r-plus"));
    v = g.alnum(32);
    s.add(new Sample("secret.mistral-api-key", "MISTRAL_API_KEY=" + v, v, "MISTRAL_MODEL=mistral-large-latest"));
    v = g.hex(40);
    s.add(new Sample("secret.wandb-api-key", "WANDB_API_KEY=" + v, v, "WANDB_PROJECT=llm-finetune"));
    v = g.hex(32);
    s.add(new Sample("secret.kaggle-api-key", "KAGGLE_KEY=" + v, v, "KAGGLE_USERNAME=jdoe"));
    v = g.crcToken("ghp_");
    s.add(new Sample("secret.github-token", "git clone https://x-access-token:" + v + "@github.com/org/repo", v,
        "GITHUB_TOKEN=" + "ghp_" + g.alnum(20)));
    v = g.crcToken("gho_");
    s.add(new Sample("secret.github-oauth-token", "oauth " + v, v, "oauth " + "gho_" + g.alnum(20)));
    v = g.crcToken("ghu_");
    s.add(new Sample("secret.github-app-user-token", "token " + v, v, "token " + "ghu_" + g.alnum(20)));
    v = g.crcToken("ghs_");
    s.add(new Sample("secret.github-app-installation-token", "GH_TOKEN=" + v, v, "GH_TOKEN=" + "ghs_" + g.alnum(20)));
    v = g.crcToken("ghr_");
    s.add(new Sample("secret.github-refresh-token", "refresh: " + v, v, "refresh: " + "ghr_" + g.alnum(20)));
    v = "github_pat_" + g.alnum(22) + "_" + g.alnum(59);
    s.add(new Sample("secret.github-fine-grained-token", "GITHUB_PAT=" + v, v, "github_pat_" + g.alnum(22)));
    v = "glpat-" + g.chars(Gen.URLSAFE, 20);
    s.add(new Sample("secret.gitlab-token", "GITLAB_TOKEN=" + v, v, "GITLAB_TOKEN=glpat-short"));
    v = "glptt-" + g.hex(40);
    s.add(new Sample("secret.gitlab-pipeline-trigger-token", "curl -F token=" + v + " https://gitlab.com/api/v4", v,
        "glptt-" + g.hex(12)));
    v = "glrt-" + g.chars(Gen.URLSAFE, 20);
    s.add(new Sample("secret.gitlab-runner-token", "token = \"" + v + "\"", v, "glrt-short"));
    v = "gldt-" + g.chars(Gen.URLSAFE, 20);
    s.add(new Sample("secret.gitlab-deploy-token", "deploy " + v, v, "gldt-short"));
    v = g.crcToken("npm_");
    s.add(new Sample("secret.npm-token", "//npm.registry.example/:_authToken=" + v, v,
        "//npm.registry.example/:_authToken=" + "npm_" + g.alnum(20)));
    v = "pypi-AgEIcHlwaS5vcmc" + g.chars(Gen.URLSAFE, 70);
    s.add(new Sample("secret.pypi-token", "password = " + v, v, "pypi-AgEIcHlwaS5vcmcshort"));
    v = "dckr_pat_" + g.chars(Gen.URLSAFE, 27);
    s.add(new Sample("secret.dockerhub-token", "docker login -u ml -p " + v, v, "dckr_pat_short"));
    v = "ATATT3" + g.chars(Gen.URLSAFE, 186);
    s.add(new Sample("secret.atlassian-api-token", "JIRA_API_TOKEN=" + v, v, "ATATT3" + g.alnum(20)));
    v = "PMAK-" + g.hex(24) + "-" + g.hex(34);
    s.add(new Sample("secret.postman-api-key", "x-api-key: " + v, v, "PMAK-" + g.hex(10)));
    v = "lin_api_" + g.alnum(40);
    s.add(new Sample("secret.linear-api-key", "LINEAR_API_KEY=" + v, v, "lin_api_" + g.alnum(10)));
    v = "ntn_" + g.digits(11) + g.alnum(35);
    s.add(new Sample("secret.notion-token", "NOTION_TOKEN=" + v, v, "ntn_" + g.digits(5)));
    v = "pat" + g.alnum(14) + "." + g.hex(64);
    s.add(new Sample("secret.airtable-token", "AIRTABLE_TOKEN=" + v, v, "the pattern matters"));
    v = "figd_" + g.chars(Gen.URLSAFE, 40);
    s.add(new Sample("secret.figma-token", "FIGMA_TOKEN=" + v, v, "figd_short"));
    v = "ops_eyJ" + g.chars(Gen.B64, 300);
    s.add(new Sample("secret.onepassword-service-token", "OP_SERVICE_ACCOUNT_TOKEN=" + v, v, "ops_eyJshort"));
    v = "AGE-SECRET-KEY-1" + g.chars("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58);
    s.add(new Sample("secret.age-secret-key", "# created: 2024-01-01\n" + v, v, "AGE-SECRET-KEY-1SHORT"));
    v = "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.alnum(24);
    s.add(new Sample("secret.slack-bot-token", "SLACK_BOT_TOKEN=" + v, v, "xoxb-" + g.digits(12) + "-short"));
    v = "xoxp-" + g.digits(12) + "-" + g.digits(12) + "-" + g.digits(12) + "-" + g.hex(32);
    s.add(new Sample("secret.slack-user-token", "slack_token: " + v, v, "xoxp-" + g.digits(12)));
    v = "xapp-1-A" + g.chars(Gen.UPPER + Gen.DIGITS, 10) + "-" + g.digits(13) + "-" + g.hex(64);
    s.add(new Sample("secret.slack-app-token", "SLACK_APP_TOKEN=" + v, v, "xapp-1-short"));
    v = "xoxs-" + g.digits(10) + "-" + g.alnum(40);
    s.add(new Sample("secret.slack-legacy-token", "legacy " + v, v, "xoxs-short"));
    v = "T" + g.chars(Gen.UPPER + Gen.DIGITS, 8) + "/B" + g.chars(Gen.UPPER + Gen.DIGITS, 8) + "/" + g.alnum(24);
    s.add(new Sample("secret.slack-webhook", "webhook_url = https://hooks.slack.com/services/" + v, v,
        "see https://hooks.slack.com/services/T000/B000/XXXX"));
    v = g.digits(18) + "/" + g.chars(Gen.URLSAFE, 68);
    s.add(new Sample("secret.discord-webhook", "DISCORD_WEBHOOK=https://discord.com/api/webhooks/" + v, v,
        "https://discord.com/api/webhooks/123/abc"));
    v = "M" + g.chars(Gen.URLSAFE, 23) + "." + g.chars(Gen.URLSAFE, 6) + "." + g.chars(Gen.URLSAFE, 27);
    s.add(new Sample("secret.discord-bot-token", "DISCORD_TOKEN=" + v, v, "token=M" + g.chars(Gen.URLSAFE, 23) + "."
        + g.chars(Gen.URLSAFE, 6) + "." + g.chars(Gen.URLSAFE, 27)));
    v = g.digits(9) + ":AA" + g.chars(Gen.URLSAFE, 33);
    s.add(new Sample("secret.telegram-bot-token", "bot = telebot.TeleBot(\"" + v + "\")", v, "12:AAshort"));
    v = "EAAB" + g.alnum(160);
    s.add(new Sample("secret.facebook-access-token", "fb_token=" + v, v, "EAAB" + g.alnum(20)));
    v = "AAAAAAAAAAAAAAAAAAAAA" + "A" + g.alnum(30) + "%2B" + g.alnum(40) + "%3D" + g.alnum(20);
    s.add(new Sample("secret.twitter-bearer-token", "TWITTER_BEARER_TOKEN=" + v, v,
        "data AAAAAAAAAAAAAAAAAAAAAA" + g.alnum(80)));
    v = "sl." + g.chars(Gen.URLSAFE, 140);
    s.add(new Sample("secret.dropbox-token", "DROPBOX_TOKEN=" + v, v, "sl.short"));
    v = "00" + g.chars(Gen.URLSAFE, 40);
    s.add(new Sample("secret.okta-api-token", "OKTA_API_TOKEN=" + v, v, "OKTA_ORG_URL=https://ml.okta.com"));
    v = "sk_live_" + g.alnum(24);
    s.add(new Sample("secret.stripe-secret-key", "stripe.api_key = \"" + v + "\"", v,
        "stripe.api_key = \"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\""));
    v = "rk_live_" + g.alnum(24);
    s.add(new Sample("secret.stripe-restricted-key", "STRIPE_KEY=" + v, v, "rk_live_short"));
    v = "sk_test_" + g.alnum(24);
    s.add(new Sample("secret.stripe-test-key", "STRIPE_KEY=" + v, v, "STRIPE_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
    v = "whsec_" + g.alnum(32);
    s.add(new Sample("secret.stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET=" + v, v, "whsec_short"));
    v = "sq0atp-" + g.chars(Gen.URLSAFE, 22);
    s.add(new Sample("secret.square-access-token", "SQUARE_TOKEN=" + v, v, "sq0atp-short"));
    v = "sq0csp-" + g.chars(Gen.URLSAFE, 43);
    s.add(new Sample("secret.square-oauth-secret", "SQUARE_SECRET=" + v, v, "sq0csp-short"));
    v = "access_token$production$" + g.chars(Gen.LOWER + Gen.DIGITS, 16) + "$" + g.hex(32);
    s.add(new Sample("secret.braintree-access-token", "BRAINTREE_TOKEN=" + v, v, "access_token$production$short"));
    v = "shpat_" + g.hex(32);
    s.add(new Sample("secret.shopify-token", "SHOPIFY_TOKEN=" + v, v, "shpat_" + g.hex(10)));
    v = "SG." + g.chars(Gen.URLSAFE, 22) + "." + g.chars(Gen.URLSAFE, 43);
    s.add(new Sample("secret.sendgrid-api-key", "SENDGRID_API_KEY=" + v, v, "SG.short.value"));
    v = "key-" + g.hex(32);
    s.add(new Sample("secret.mailgun-api-key", "MAILGUN_API_KEY=" + v, v, "api-key-" + g.hex(32)));
    v = g.hex(32) + "-us6";
    s.add(new Sample("secret.mailchimp-api-key", "MAILCHIMP_KEY=" + v, v, "region-us6"));
    v = "xkeysib-" + g.hex(64) + "-" + g.alnum(16);
    s.add(new Sample("secret.brevo-api-key", "BREVO_KEY=" + v, v, "xkeysib-short"));
    v = "SK" + g.hex(32);
    s.add(new Sample("secret.twilio-api-key", "TWILIO_API_KEY=" + v, v, "TWILIO_ACCOUNT_NAME=ml-alerts"));
    v = "AAAA" + g.chars(Gen.URLSAFE, 7) + ":APA91b" + g.chars(Gen.URLSAFE, 134);
    s.add(new Sample("secret.firebase-cloud-messaging-key", "FCM_SERVER_KEY=" + v, v, "AAAA:APA91bshort"));
    v = "NRAK-" + g.chars(Gen.UPPER + Gen.DIGITS, 27);
    s.add(new Sample("secret.newrelic-user-key", "NEW_RELIC_API_KEY=" + v, v, "NRAK-SHORT"));
    v = "sntryu_" + g.hex(64);
    s.add(new Sample("secret.sentry-token", "SENTRY_AUTH_TOKEN=" + v, v, "sntryu_" + g.hex(10)));
    v = g.hex(32);
    s.add(new Sample("secret.datadog-api-key", "DD_API_KEY=" + v, v, "DD_SITE=datadoghq.eu"));
    v = "glsa_" + g.alnum(32) + "_" + g.hex(8);
    s.add(new Sample("secret.grafana-token", "GRAFANA_TOKEN=" + v, v, "glsa_short"));
    v = "sk.eyJ" + g.chars(Gen.URLSAFE, 60) + "." + g.chars(Gen.URLSAFE, 22);
    s.add(new Sample("secret.mapbox-secret-token", "MAPBOX_TOKEN=" + v, v, "sk.eyJshort"));
    String pem = g.pem("RSA PRIVATE KEY", "\n");
    v = pem.substring(pem.indexOf('\n') + 1, pem.indexOf("-----END")).replace("\n", "");
    s.add(new Sample("secret.private-key", pem, v,
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"));
    v = g.jwt();
    s.add(new Sample("secret.jwt", "Authorization: Bearer " + v, v,
        "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"));
    v = "Xk9q" + g.alnum(12);
    s.add(new Sample("secret.database-url", "DATABASE_URL=postgresql://app:" + v + "@db.internal:5432/prod", v,
        "DATABASE_URL=postgresql://app:${DB_PASSWORD}@db.internal:5432/prod"));
    v = "Dpl0y" + g.alnum(10);
    s.add(new Sample("secret.url-password", "git remote add origin https://deploy:" + v + "@git.corp.net/ml.git", v,
        "https://user:password@host.net/x"));
    v = "h7Kp" + g.alnum(8) + "!9";
    s.add(new Sample("secret.generic-secret", "db_password = \"" + v + "\"", v,
        "db_password = os.environ[\"DB_PASSWORD\"]"));
    v = g.hex(32);
    s.add(new Sample("secret.azure-openai-key-near-endpoint",
        "{\"endpoint\": \"https://ml-prod.openai.azure.com/\", \"key\": \"" + v + "\"}", v,
        "{\"endpoint\": \"https://ml-prod.openai.azure.com/\", \"deployment\": \"gpt-4o\"}"));
    v = "sk-or-v1-" + g.hex(64);
    s.add(new Sample("secret.openrouter-api-key", "OPENROUTER_API_KEY=" + v, v, "sk-or-v1-" + g.hex(20)));
    v = "tvly-" + g.alnum(32);
    s.add(new Sample("secret.tavily-api-key", "TAVILY_API_KEY=" + v, v, "tvly-short"));
    v = "ATBB" + g.alnum(32);
    s.add(new Sample("secret.bitbucket-app-password", "git ls-remote https://ci:" + v + "@bitbucket.org/org/repo", v,
        "ATBB" + g.alnum(12)));
    v = "CCIPAT_" + g.alnum(22) + "_" + g.hex(40);
    s.add(new Sample("secret.circleci-token", "CIRCLE_TOKEN=" + v, v, "CCIPAT_" + g.alnum(22)));
    v = g.alnum(22);
    s.add(new Sample("secret.travis-ci-token", "TRAVIS_API_TOKEN=" + v, v, "TRAVIS_BRANCH=main"));
    v = "sgp_" + g.hex(16) + "_" + g.hex(40);
    s.add(new Sample("secret.sourcegraph-token", "SRC_ACCESS_TOKEN=" + v, v, "sgp_" + g.hex(12)));
    v = "AKCp" + g.alnum(69);
    s.add(new Sample("secret.jfrog-token", "ARTIFACTORY_API_KEY=" + v, v, "AKCp" + g.alnum(20)));
    v = "CLOJARS_" + g.chars(Gen.LOWER + Gen.DIGITS, 60);
    s.add(new Sample("secret.clojars-token", "CLOJARS_PASSWORD=" + v, v, "CLOJARS_USERNAME=ml"));
    v = "rubygems_" + g.hex(48);
    s.add(new Sample("secret.rubygems-token", "GEM_HOST_API_KEY=" + v, v, "rubygems_" + g.hex(12)));
    v = "nfp_" + g.alnum(36);
    s.add(new Sample("secret.netlify-token", "NETLIFY_AUTH_TOKEN=" + v, v, "nfp_short"));
    v = "pat." + g.chars(Gen.URLSAFE, 22) + "." + g.hex(24) + "." + g.alnum(20);
    s.add(new Sample("secret.harness-token", "HARNESS_TOKEN=" + v, v, "see pat. 3 for details"));
    v = "ico-" + g.alnum(32);
    s.add(new Sample("secret.infracost-token", "INFRACOST_API_KEY=" + v, v, "ico-short"));
    v = "pnu_" + g.alnum(36);
    s.add(new Sample("secret.prefect-token", "PREFECT_API_KEY=" + v, v, "pnu_short"));
    v = "rdme_" + g.chars(Gen.LOWER + Gen.DIGITS, 70);
    s.add(new Sample("secret.readme-token", "README_API_KEY=" + v, v, "rdme_short"));
    v = "CFPAT-" + g.chars(Gen.URLSAFE, 43);
    s.add(new Sample("secret.contentful-token", "CONTENTFUL_TOKEN=" + v, v, "CFPAT-short"));
    v = "tfp_" + g.alnum(59);
    s.add(new Sample("secret.typeform-token", "TYPEFORM_TOKEN=" + v, v, "tfp_short"));
    v = g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12);
    s.add(new Sample("secret.snyk-token", "SNYK_TOKEN=" + v, v, "SNYK_ORG=ml-platform"));
    v = g.hex(32);
    s.add(new Sample("secret.algolia-admin-key", "ALGOLIA_ADMIN_KEY=" + v, v, "ALGOLIA_APP_ID=LATENCY"));
    v = g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12) + "@"
        + g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12)
        + "/IncomingWebhook/" + g.hex(32) + "/" + g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12);
    s.add(new Sample("secret.teams-webhook", "TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/" + v, v,
        "https://acme.webhook.office.com/webhookb2/"));
    v = "pat-na1-" + g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12);
    s.add(new Sample("secret.hubspot-token", "HUBSPOT_TOKEN=" + v, v, "pat-na1-short"));
    v = "access-production-" + g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12);
    s.add(new Sample("secret.plaid-access-token", "PLAID_ACCESS_TOKEN=" + v, v, "access-production-short"));
    v = "FLWSECK-" + g.chars("abcdefgh0123456789", 32) + "-X";
    s.add(new Sample("secret.flutterwave-secret-key", "FLW_SECRET_KEY=" + v, v, "FLWSECK-short-X"));
    v = "duffel_live_" + g.chars(Gen.URLSAFE, 43);
    s.add(new Sample("secret.duffel-token", "DUFFEL_TOKEN=" + v, v, "duffel_live_short"));
    v = "EZAK" + g.alnum(54);
    s.add(new Sample("secret.easypost-api-key", "EASYPOST_API_KEY=" + v, v, "EZAK" + g.alnum(10)));
    v = "shippo_live_" + g.hex(40);
    s.add(new Sample("secret.shippo-token", "SHIPPO_TOKEN=" + v, v, "shippo_live_" + g.hex(10)));
    v = "NRJS-" + g.hex(19);
    s.add(new Sample("secret.newrelic-ingest-key", "NEW_RELIC_BROWSER_KEY=" + v, v, "NRJS-short"));
    v = "dt0c01." + g.chars(Gen.UPPER + Gen.DIGITS, 24) + "." + g.chars(Gen.UPPER + Gen.DIGITS, 64);
    s.add(new Sample("secret.dynatrace-token", "DT_API_TOKEN=" + v, v, "dt0c01.SHORT"));
    v = "fio-u-" + g.chars(Gen.URLSAFE, 64);
    s.add(new Sample("secret.frameio-token", "FRAMEIO_TOKEN=" + v, v, "fio-u-short"));
    return s;
  }
}
