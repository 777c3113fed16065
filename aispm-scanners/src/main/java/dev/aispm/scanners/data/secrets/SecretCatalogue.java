package dev.aispm.scanners.data.secrets;

import static dev.aispm.scanners.core.Severity.CRITICAL;
import static dev.aispm.scanners.core.Severity.HIGH;
import static dev.aispm.scanners.core.Severity.LOW;
import static dev.aispm.scanners.core.Severity.MEDIUM;

import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.data.secrets.SecretFormat.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

/**
 * The credential formats aispm recognises, each with the structure its vendor documents: prefix,
 * alphabet, length, separators and, where the format has one, its checksum. Anchors are the
 * literals a match cannot exist without; they drive the single pass in {@link SecretDetector}.
 *
 * <p>Regular expressions start with a left boundary (a letter after a backslash does not count:
 * in raw JSON {@code \nghp_...} the {@code n} belongs to an escaped newline) so that a prefix inside a longer word (the
 * {@code sk-} in {@code task-}) never starts a match, and end with a right boundary so that a
 * longer random string is not cut into a token of the right length.
 */
public final class SecretCatalogue {
  private static final String LB = "(?<!(?<!\\\\)[A-Za-z0-9])";
  private static final String RB = "(?![A-Za-z0-9_-])";
  private static final List<SecretFormat> FORMATS = build();

  private SecretCatalogue() {}

  /** Every format, structured ones first. */
  public static List<SecretFormat> formats() {
    return FORMATS;
  }

  private static List<SecretFormat> build() {
    List<SecretFormat> f = new ArrayList<>();
    // Cloud providers.
    f.add(token("secret.aws-access-key", "AWS access key id", HIGH,
        LB + "(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])", null, "AKIA", "ASIA", "ABIA", "ACCA"));
    f.add(context("secret.aws-secret-key", "AWS secret access key", CRITICAL,
        List.of("aws_secret_access_key", "aws_secret_key", "secret_access_key", "secretaccesskey",
            "aws_secret", "aws-secret-access-key"),
        "[A-Za-z0-9/+]{40}", mixedBase64()));
    f.add(context("secret.aws-session-token", "AWS session token", HIGH,
        List.of("aws_session_token", "aws-session-token", "sessiontoken", "x-amz-security-token"),
        "[A-Za-z0-9/+=]{100,1200}", null));
    f.add(token("secret.gcp-api-key", "Google Cloud API key", HIGH,
        LB + "AIza[0-9A-Za-z_-]{35}" + RB, null, "AIza"));
    f.add(new SecretFormat("secret.gcp-service-account", "GCP service account key file", CRITICAL,
        Kind.STRUCTURED, List.of("service_account"), new ServiceAccountMatcher()));
    f.add(token("secret.google-oauth-client-secret", "Google OAuth client secret", HIGH,
        LB + "GOCSPX-[A-Za-z0-9_-]{28}" + RB, null, "GOCSPX-"));
    f.add(token("secret.google-oauth-access-token", "Google OAuth access token", HIGH,
        LB + "ya29\\.[0-9A-Za-z_-]{30,2048}" + RB, null, "ya29."));
    f.add(around("secret.azure-storage-connection-string", "Azure storage account key", CRITICAL,
        "AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)", 0, "AccountKey="));
    f.add(around("secret.azure-shared-access-key", "Azure Service Bus / Event Hubs shared access key",
        CRITICAL, "SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)", 0, "SharedAccessKey="));
    f.add(new SecretFormat("secret.azure-sas-token", "Azure shared access signature", HIGH,
        Kind.STRUCTURED, List.of("sig="),
        new RegexMatcher("(?<!(?<!\\\\)[A-Za-z0-9])sig=(?<secret>[A-Za-z0-9%+/]{40,120}(?:%3D|%3d|=){0,2})",
            0, 200, null, List.of("sv=20", "sv%3D20"), 500)));
    f.add(around("secret.azure-ad-client-secret", "Azure AD (Entra ID) client secret", HIGH,
        "(?<!(?<!\\\\)[A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])", 6, "Q~"));
    f.add(around("secret.azure-devops-pat", "Azure DevOps personal access token", HIGH,
        LB + "[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}(?![A-Za-z0-9])", 80, "AZDO"));
    f.add(context("secret.azure-openai-key", "Azure OpenAI key", HIGH,
        List.of("azure_openai", "azure-openai", "azureopenai", "aoai_"), "[a-f0-9]{32}", null));
    f.add(around("secret.azure-openai-key-near-endpoint", "Azure OpenAI key next to its endpoint",
        HIGH, "openai\\.azure\\.com[^\\n]{0,200}?(?<![A-Za-z0-9])(?<secret>[a-f0-9]{32})(?![A-Za-z0-9])",
        0, "openai.azure.com"));
    f.add(token("secret.alibaba-access-key", "Alibaba Cloud AccessKey id", HIGH,
        LB + "LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])", mixedAlnum(), "LTAI"));
    f.add(token("secret.digitalocean-token", "DigitalOcean token", HIGH,
        LB + "do[opr]_v1_[a-f0-9]{64}" + RB, null, "dop_v1_", "doo_v1_", "dor_v1_"));
    f.add(token("secret.heroku-api-key", "Heroku API key", HIGH,
        LB + "HRKU-[A-Za-z0-9_-]{60}" + RB, null, "HRKU-"));
    f.add(context("secret.heroku-api-key-legacy", "Heroku API key (legacy UUID)", HIGH,
        List.of("heroku"), "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", null));
    f.add(token("secret.cloudflare-origin-ca-key", "Cloudflare Origin CA key", HIGH,
        LB + "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}" + RB, null, "v1.0-"));
    f.add(context("secret.cloudflare-api-token", "Cloudflare API token", HIGH,
        List.of("cloudflare", "cf_api_token", "cf_api_key"), "[A-Za-z0-9_-]{40}", mixedAlnum()));
    f.add(token("secret.databricks-token", "Databricks personal access token", HIGH,
        LB + "dapi[a-f0-9]{32}(?:-[0-9])?" + RB, null, "dapi"));
    f.add(token("secret.vault-token", "HashiCorp Vault token", HIGH,
        LB + "hv[sb]\\.[A-Za-z0-9_-]{90,200}" + RB, null, "hvs.", "hvb."));
    f.add(around("secret.terraform-cloud-token", "Terraform Cloud / Enterprise token", HIGH,
        LB + "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}" + RB, 16, ".atlasv1."));
    f.add(token("secret.pulumi-token", "Pulumi access token", HIGH,
        LB + "pul-[a-f0-9]{40}" + RB, null, "pul-"));
    f.add(token("secret.doppler-token", "Doppler token", HIGH,
        LB + "dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}" + RB, null, "dp.pt.", "dp.st.",
        "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."));
    f.add(token("secret.flyio-token", "Fly.io token", HIGH,
        LB + "fo1_[A-Za-z0-9_-]{43}" + RB, null, "fo1_"));
    f.add(token("secret.supabase-token", "Supabase access token", HIGH,
        LB + "sbp_[a-f0-9]{40}" + RB, null, "sbp_"));
    f.add(token("secret.planetscale-token", "PlanetScale token or password", HIGH,
        LB + "pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}" + RB, null, "pscale_tkn_", "pscale_pw_",
        "pscale_oauth_"));
    // AI providers.
    f.add(new SecretFormat("secret.openai-api-key", "OpenAI API key", CRITICAL, Kind.STRUCTURED,
        List.of("sk-proj-", "sk-svcacct-", "sk-admin-", "sk-None-", "T3BlbkFJ"),
        new RegexMatcher(LB + "sk-(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,250}"
            + "|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})" + RB, 24, 300, mixedAlnum(), List.of(), 0)));
    f.add(token("secret.anthropic-api-key", "Anthropic API key", CRITICAL,
        LB + "sk-ant-api[0-9]{2}-[A-Za-z0-9_-]{80,100}AA" + RB, null, "sk-ant-api"));
    f.add(token("secret.anthropic-admin-key", "Anthropic admin key", CRITICAL,
        LB + "sk-ant-admin[0-9]{2}-[A-Za-z0-9_-]{80,100}AA" + RB, null, "sk-ant-admin"));
    f.add(token("secret.huggingface-token", "Hugging Face access token", HIGH,
        LB + "hf_[A-Za-z0-9]{34}" + RB, mixedAlnum(), "hf_"));
    f.add(token("secret.huggingface-org-token", "Hugging Face organisation token", HIGH,
        LB + "api_org_[A-Za-z0-9]{34}" + RB, mixedAlnum(), "api_org_"));
    f.add(token("secret.replicate-token", "Replicate API token", HIGH,
        LB + "r8_[A-Za-z0-9]{37}" + RB, mixedAlnum(), "r8_"));
    f.add(token("secret.groq-api-key", "Groq API key", HIGH,
        LB + "gsk_[A-Za-z0-9]{52}" + RB, mixedAlnum(), "gsk_"));
    f.add(token("secret.perplexity-api-key", "Perplexity API key", HIGH,
        LB + "pplx-[A-Za-z0-9]{48}" + RB, mixedAlnum(), "pplx-"));
    f.add(token("secret.openrouter-api-key", "OpenRouter API key", HIGH,
        LB + "sk-or-v1-[a-f0-9]{64}" + RB, null, "sk-or-v1-"));
    f.add(token("secret.tavily-api-key", "Tavily API key", HIGH,
        LB + "tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}" + RB, mixedAlnum(), "tvly-"));
    f.add(token("secret.xai-api-key", "xAI API key", HIGH,
        LB + "xai-[A-Za-z0-9]{80}" + RB, mixedAlnum(), "xai-"));
    f.add(token("secret.langsmith-api-key", "LangSmith API key", HIGH,
        LB + "lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}" + RB, null, "lsv2_"));
    f.add(token("secret.pinecone-api-key", "Pinecone API key", HIGH,
        LB + "pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,70}" + RB, null, "pcsk_"));
    f.add(context("secret.cohere-api-key", "Cohere API key", HIGH,
        List.of("cohere", "co_api_key"), "[A-Za-z0-9]{40}", mixedAlnum()));
    f.add(context("secret.mistral-api-key", "Mistral API key", HIGH,
        List.of("mistral"), "[A-Za-z0-9]{32}", mixedAlnum()));
    f.add(context("secret.wandb-api-key", "Weights & Biases API key", HIGH,
        List.of("wandb", "weights_and_biases"), "[a-f0-9]{40}", null));
    f.add(context("secret.kaggle-api-key", "Kaggle API key", MEDIUM,
        List.of("kaggle"), "[a-f0-9]{32}", null));
    // Source control and package registries.
    f.add(github("secret.github-token", "GitHub personal access token", "ghp_"));
    f.add(github("secret.github-oauth-token", "GitHub OAuth access token", "gho_"));
    f.add(github("secret.github-app-user-token", "GitHub App user-to-server token", "ghu_"));
    f.add(github("secret.github-app-installation-token", "GitHub App installation token", "ghs_"));
    f.add(github("secret.github-refresh-token", "GitHub App refresh token", "ghr_"));
    f.add(token("secret.github-fine-grained-token", "GitHub fine-grained personal access token",
        CRITICAL, LB + "github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}" + RB, null, "github_pat_"));
    f.add(token("secret.gitlab-token", "GitLab personal access token", CRITICAL,
        LB + "glpat-[A-Za-z0-9_-]{20,60}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9})?" + RB, null, "glpat-"));
    f.add(token("secret.gitlab-pipeline-trigger-token", "GitLab pipeline trigger token", HIGH,
        LB + "glptt-[0-9a-f]{40}" + RB, null, "glptt-"));
    f.add(token("secret.gitlab-runner-token", "GitLab runner token", HIGH,
        LB + "(?:glrt-[A-Za-z0-9_-]{20,60}|GR1348941[A-Za-z0-9_-]{20})" + RB, null, "glrt-", "GR1348941"));
    f.add(token("secret.gitlab-deploy-token", "GitLab deploy token", HIGH,
        LB + "gldt-[A-Za-z0-9_-]{20,60}" + RB, null, "gldt-"));
    f.add(token("secret.bitbucket-app-password", "Bitbucket app password", HIGH,
        LB + "ATBB[A-Za-z0-9]{32}" + RB, mixedAlnum(), "ATBB"));
    f.add(token("secret.circleci-token", "CircleCI personal or project API token", HIGH,
        LB + "CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}" + RB, null, "CCIPAT_", "CCIPRJ_"));
    f.add(context("secret.travis-ci-token", "Travis CI API token", MEDIUM,
        List.of("travis"), "[A-Za-z0-9_-]{22}", mixedAlnum()));
    f.add(token("secret.sourcegraph-token", "Sourcegraph access token", HIGH,
        LB + "sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}" + RB, null, "sgp_"));
    f.add(token("secret.jfrog-token", "JFrog Artifactory API key or reference token", HIGH,
        LB + "(?:AKCp[A-Za-z0-9]{69}|cmVmdGtuOjAxOj[A-Za-z0-9]{50,60})(?![A-Za-z0-9])", mixedAlnum(),
        "AKCp", "cmVmdGtuOjAxOj"));
    f.add(token("secret.clojars-token", "Clojars deploy token", HIGH,
        LB + "CLOJARS_[a-z0-9]{60}" + RB, null, "CLOJARS_"));
    f.add(token("secret.rubygems-token", "RubyGems API key", HIGH,
        LB + "rubygems_[a-f0-9]{48}" + RB, null, "rubygems_"));
    f.add(token("secret.netlify-token", "Netlify personal access token", HIGH,
        LB + "nfp_[A-Za-z0-9]{36}" + RB, mixedAlnum(), "nfp_"));
    f.add(token("secret.harness-token", "Harness personal or service account token", HIGH,
        LB + "(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}" + RB, null, "pat.", "sat."));
    f.add(token("secret.infracost-token", "Infracost API key", MEDIUM,
        LB + "ico-[A-Za-z0-9]{32}" + RB, mixedAlnum(), "ico-"));
    f.add(token("secret.prefect-token", "Prefect API key", HIGH,
        LB + "pnu_[A-Za-z0-9]{36}" + RB, mixedAlnum(), "pnu_"));
    f.add(token("secret.readme-token", "ReadMe API key", MEDIUM,
        LB + "rdme_[a-z0-9]{70}" + RB, null, "rdme_"));
    f.add(token("secret.contentful-token", "Contentful personal access token", HIGH,
        LB + "CFPAT-[A-Za-z0-9_-]{43}" + RB, null, "CFPAT-"));
    f.add(token("secret.typeform-token", "Typeform personal access token", MEDIUM,
        LB + "tfp_[A-Za-z0-9_.=-]{59}" + RB, mixedAlnum(), "tfp_"));
    f.add(context("secret.snyk-token", "Snyk API token", HIGH, List.of("snyk"),
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", null));
    f.add(context("secret.algolia-admin-key", "Algolia admin API key", HIGH,
        List.of("algolia"), "[a-f0-9]{32}", null));
    f.add(new SecretFormat("secret.npm-token", "npm access token", CRITICAL, Kind.STRUCTURED,
        List.of("npm_"), new RegexMatcher(LB + "npm_[A-Za-z0-9]{36}" + RB, 0, 64,
            null, Check.BASE62_CRC32, List.of(), 0)));
    f.add(token("secret.pypi-token", "PyPI API token", CRITICAL,
        LB + "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}" + RB, null, "pypi-AgEIcHlwaS5vcmc"));
    f.add(token("secret.dockerhub-token", "Docker Hub personal access token", HIGH,
        LB + "dckr_pat_[A-Za-z0-9_-]{27}" + RB, null, "dckr_pat_"));
    f.add(token("secret.atlassian-api-token", "Atlassian API token", HIGH,
        LB + "ATATT3[A-Za-z0-9_=-]{180,220}" + RB, null, "ATATT3"));
    f.add(token("secret.postman-api-key", "Postman API key", HIGH,
        LB + "PMAK-[a-f0-9]{24}-[a-f0-9]{34}" + RB, null, "PMAK-"));
    f.add(token("secret.linear-api-key", "Linear API key", HIGH,
        LB + "lin_api_[A-Za-z0-9]{40}" + RB, mixedAlnum(), "lin_api_"));
    f.add(token("secret.notion-token", "Notion integration token", HIGH,
        LB + "(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})" + RB, mixedAlnum(), "ntn_", "secret_"));
    f.add(token("secret.airtable-token", "Airtable personal access token", HIGH,
        LB + "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}" + RB, null, "pat"));
    f.add(token("secret.figma-token", "Figma personal access token", MEDIUM,
        LB + "figd_[A-Za-z0-9_-]{40}" + RB, null, "figd_"));
    f.add(token("secret.onepassword-service-token", "1Password service account token", CRITICAL,
        LB + "ops_eyJ[A-Za-z0-9+/=_-]{250,}" + RB, null, "ops_eyJ"));
    f.add(token("secret.age-secret-key", "age encryption secret key", CRITICAL,
        LB + "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])", null,
        "AGE-SECRET-KEY-1"));
    // Chat and collaboration.
    f.add(token("secret.slack-bot-token", "Slack bot token", HIGH,
        LB + "xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}" + RB, null, "xoxb-"));
    f.add(token("secret.slack-user-token", "Slack user token", HIGH,
        LB + "xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}" + RB, null, "xoxp-"));
    f.add(token("secret.slack-app-token", "Slack app-level token", HIGH,
        LB + "xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64}" + RB, null, "xapp-"));
    f.add(token("secret.slack-legacy-token", "Slack legacy or configuration token", HIGH,
        LB + "xox(?:[ars]-[0-9]{6,13}-[0-9A-Za-z-]{20,200}|e\\.xox[bp]-[0-9]-[A-Za-z0-9]{100,200})" + RB,
        null, "xoxa-", "xoxr-", "xoxs-", "xoxe."));
    f.add(around("secret.slack-webhook", "Slack incoming webhook URL", HIGH,
        "hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<secret>T[A-Z0-9]{8,12}/[A-Z0-9]{8,12}/[A-Za-z0-9]{20,40})"
            + "(?![A-Za-z0-9])", 0, "hooks.slack.com/"));
    f.add(around("secret.discord-webhook", "Discord webhook URL", HIGH,
        "discord(?:app)?\\.com/api/webhooks/(?<secret>[0-9]{17,20}/[A-Za-z0-9_-]{60,70})" + RB, 0,
        "discord.com/api/webhooks/", "discordapp.com/api/webhooks/"));
    f.add(context("secret.discord-bot-token", "Discord bot token", HIGH, List.of("discord"),
        "[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}", null));
    f.add(around("secret.telegram-bot-token", "Telegram bot token", HIGH,
        "(?<!(?<!\\\\)[0-9A-Za-z])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}" + RB, 11, ":AA"));
    f.add(token("secret.facebook-access-token", "Facebook / Meta access token", HIGH,
        LB + "EAA[A-Z][A-Za-z0-9]{100,400}(?![A-Za-z0-9])", mixedAlnum(), "EAA"));
    f.add(token("secret.twitter-bearer-token", "Twitter / X bearer token", HIGH,
        LB + "A{22}[A-Za-z0-9%]{60,140}(?![A-Za-z0-9%])", Check.URL_ENCODED, "AAAAAAAAAAAAAAAAAAAAAA"));
    f.add(token("secret.dropbox-token", "Dropbox access token", HIGH,
        LB + "sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1200}" + RB, mixedAlnum(), "sl."));
    f.add(context("secret.okta-api-token", "Okta API token", HIGH, List.of("okta"),
        "00[A-Za-z0-9_-]{40}", mixedAlnum()));
    f.add(around("secret.teams-webhook", "Microsoft Teams incoming webhook URL", HIGH,
        "\\.webhook\\.office\\.com/webhookb2/(?<secret>[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/"
            + "[a-f0-9]{32}/[a-f0-9-]{36})(?![A-Za-z0-9])", 0, ".webhook.office.com/webhookb2/"));
    f.add(token("secret.hubspot-token", "HubSpot private app token", HIGH,
        LB + "pat-(?:na|eu)[0-9]-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}" + RB, null,
        "pat-na", "pat-eu"));
    // Payments and commerce.
    f.add(token("secret.stripe-secret-key", "Stripe live secret key", CRITICAL,
        LB + "sk_live_[0-9a-zA-Z]{24,247}" + RB, mixedAlnum(), "sk_live_"));
    f.add(token("secret.stripe-restricted-key", "Stripe live restricted key", HIGH,
        LB + "rk_live_[0-9a-zA-Z]{24,247}" + RB, mixedAlnum(), "rk_live_"));
    f.add(token("secret.stripe-test-key", "Stripe test-mode secret key", LOW,
        LB + "[sr]k_test_[0-9a-zA-Z]{24,247}" + RB, mixedAlnum(), "sk_test_", "rk_test_"));
    f.add(token("secret.stripe-webhook-secret", "Stripe webhook signing secret", HIGH,
        LB + "whsec_[A-Za-z0-9+/=]{32,100}" + RB, mixedAlnum(), "whsec_"));
    f.add(token("secret.square-access-token", "Square access token", HIGH,
        LB + "(?:sq0atp-[0-9A-Za-z_-]{22}|EAAA[A-Za-z0-9_-]{60})" + RB, null, "sq0atp-", "EAAA"));
    f.add(token("secret.square-oauth-secret", "Square OAuth secret", HIGH,
        LB + "sq0csp-[0-9A-Za-z_-]{43}" + RB, null, "sq0csp-"));
    f.add(token("secret.braintree-access-token", "Braintree / PayPal access token", CRITICAL,
        LB + "access_token\\$production\\$[0-9a-z]{16}\\$[0-9a-f]{32}" + RB, null, "access_token$production$"));
    f.add(token("secret.shopify-token", "Shopify access token or shared secret", HIGH,
        LB + "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + RB, null, "shpat_", "shpca_", "shppa_", "shpss_"));
    f.add(token("secret.plaid-access-token", "Plaid access token", HIGH,
        LB + "access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}"
            + "-[a-f0-9]{12}" + RB, null, "access-sandbox-", "access-development-", "access-production-"));
    f.add(token("secret.flutterwave-secret-key", "Flutterwave secret key", HIGH,
        LB + "FLWSECK(?:_TEST)?-[a-h0-9]{32}-X" + RB, null, "FLWSECK"));
    f.add(token("secret.duffel-token", "Duffel API token", HIGH,
        LB + "duffel_(?:test|live)_[A-Za-z0-9_=-]{43}" + RB, null, "duffel_test_", "duffel_live_"));
    f.add(token("secret.easypost-api-key", "EasyPost API key", HIGH,
        LB + "EZ[AT]K[A-Za-z0-9]{54}" + RB, mixedAlnum(), "EZAK", "EZTK"));
    f.add(token("secret.shippo-token", "Shippo API token", HIGH,
        LB + "shippo_(?:live|test)_[a-f0-9]{40}" + RB, null, "shippo_live_", "shippo_test_"));
    // Mail and messaging.
    f.add(token("secret.sendgrid-api-key", "SendGrid API key", HIGH,
        LB + "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}" + RB, null, "SG."));
    f.add(token("secret.mailgun-api-key", "Mailgun API key", HIGH,
        "(?<!(?<!\\\\)[A-Za-z0-9_-])key-[0-9a-f]{32}(?![A-Za-z0-9])", null, "key-"));
    f.add(around("secret.mailchimp-api-key", "Mailchimp API key", HIGH,
        LB + "[0-9a-f]{32}-us[0-9]{1,2}(?![A-Za-z0-9])", 33, "-us"));
    f.add(token("secret.brevo-api-key", "Brevo (Sendinblue) API key", HIGH,
        LB + "xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}" + RB, null, "xkeysib-"));
    f.add(context("secret.twilio-api-key", "Twilio API key or auth token", HIGH, List.of("twilio"),
        "(?:SK[0-9a-fA-F]{32}|[0-9a-f]{32})", null));
    f.add(around("secret.firebase-cloud-messaging-key", "Firebase Cloud Messaging server key", HIGH,
        "(?<!(?<!\\\\)[A-Za-z0-9_-])AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,150}" + RB, 12, ":APA91b"));
    // Observability.
    f.add(token("secret.newrelic-user-key", "New Relic user API key", HIGH,
        LB + "NRAK-[A-Z0-9]{27}(?![A-Za-z0-9])", null, "NRAK-"));
    f.add(token("secret.newrelic-ingest-key", "New Relic browser or insert key", MEDIUM,
        LB + "(?:NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_-]{32})" + RB, null, "NRJS-", "NRII-"));
    f.add(token("secret.dynatrace-token", "Dynatrace API token", HIGH,
        LB + "dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}" + RB, null, "dt0c01."));
    f.add(token("secret.frameio-token", "Frame.io API token", MEDIUM,
        LB + "fio-u-[A-Za-z0-9_=-]{64}" + RB, null, "fio-u-"));
    f.add(token("secret.sentry-token", "Sentry auth token", HIGH,
        LB + "(?:sntrys_eyJ[A-Za-z0-9+/=_-]{60,400}|sntryu_[a-f0-9]{64})" + RB, null, "sntrys_", "sntryu_"));
    f.add(context("secret.datadog-api-key", "Datadog API or application key", HIGH,
        List.of("datadog", "dd_api_key", "dd_app_key", "dd-api-key", "dd_application_key"),
        "(?:[a-f0-9]{32}|[a-f0-9]{40})", null));
    f.add(token("secret.grafana-token", "Grafana Cloud or service account token", HIGH,
        LB + "(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_-])",
        null, "glc_", "glsa_"));
    f.add(token("secret.mapbox-secret-token", "Mapbox secret token", HIGH,
        LB + "sk\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}" + RB, null, "sk.eyJ"));
    // Keys, tokens and connection strings of any vendor.
    f.add(new SecretFormat("secret.private-key", "private key", CRITICAL, Kind.STRUCTURED,
        List.of("-----BEGIN "), new PrivateKeyMatcher()));
    f.add(new SecretFormat("secret.jwt", "JSON Web Token", MEDIUM, Kind.STRUCTURED, List.of("eyJ"),
        new RegexMatcher("(?<!(?<!\\\\)[A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{10,2000}\\.eyJ[A-Za-z0-9_-]{10,8000}"
            + "\\.[A-Za-z0-9_-]{16,1000}(?![A-Za-z0-9_-])", 0, 11_100, Check.JWT, List.of(), 0)));
    f.add(urlWithPassword("secret.database-url", "database connection URL with a password", CRITICAL,
        "(?<!(?<!\\\\)[A-Za-z0-9+])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql"
            + "|sqlserver|clickhouse|cockroachdb|couchdb|neo4j(?:\\+s)?|bolt|snowflake|oracle)"
            + "(?:\\+[a-z0-9]+)?://[^:/@\\s\"'<>]{1,64}:(?<secret>[^@/\\s\"'<>]{3,128})@[A-Za-z0-9._-]+",
        24));
    f.add(urlWithPassword("secret.url-password", "password in a URL", MEDIUM,
        "(?<!(?<!\\\\)[A-Za-z0-9+])(?:https?|ftps?|sftp|ssh|git|smtps?|ldaps?)://[^:/@\\s\"'<>]{1,64}"
            + ":(?<secret>[^@/\\s\"'<>]{3,128})@[A-Za-z0-9._-]+", 8));
    f.add(new SecretFormat("secret.generic-secret", "hard-coded secret assignment", MEDIUM,
        Kind.GENERIC, Arrays.asList(AssignmentJudge.secretNameWords()), new AssignmentMatcher()));
    return List.copyOf(f);
  }

  private static SecretFormat token(String id, String title, Severity severity, String regex,
      Predicate<String> validator, String... anchors) {
    int window = 1024;
    return new SecretFormat(id, title, severity, Kind.STRUCTURED, List.of(anchors),
        new RegexMatcher(regex, 0, window, validator, List.of(), 0));
  }

  /** A structured format whose match may start up to {@code back} characters before its anchor. */
  private static SecretFormat around(String id, String title, Severity severity, String regex,
      int back, String... anchors) {
    return new SecretFormat(id, title, severity, Kind.STRUCTURED, List.of(anchors),
        new RegexMatcher(regex, back, 400, null, List.of(), 0));
  }

  /** A URL carrying a password; the password must be a literal, not a placeholder. */
  private static SecretFormat urlWithPassword(String id, String title, Severity severity,
      String regex, int back) {
    return new SecretFormat(id, title, severity, Kind.URL, List.of("://"),
        new RegexMatcher(regex, back, 400, urlPassword(), List.of(), 0));
  }

  private static SecretFormat context(String id, String title, Severity severity,
      List<String> keywords, String valueRegex, Predicate<String> validator) {
    return new SecretFormat(id, title, severity, Kind.CONTEXT, keywords,
        new ContextMatcher(keywords, valueRegex, validator));
  }

  private static SecretFormat github(String id, String title, String prefix) {
    // Refresh tokens may be longer than 40 characters; only 40-character ones carry the checksum
    // as the last six characters, so longer ones are accepted on structure alone.
    return new SecretFormat(id, title, CRITICAL, Kind.STRUCTURED, List.of(prefix),
        new RegexMatcher(LB + prefix + "[A-Za-z0-9]{36,76}" + RB, 0, 96,
            null, Check.GITHUB_CHECKSUM, List.of(), 0));
  }

  /** The value mixes at least two character classes, as generated keys do and words do not. */
  private static Predicate<String> mixedAlnum() {
    return Check.MIXED_ALNUM;
  }

  private static Predicate<String> mixedBase64() {
    return Check.MIXED_BASE64;
  }

  /** A password inside a URL is only a leak if it is not a template placeholder. */
  private static Predicate<String> urlPassword() {
    return Check.URL_PASSWORD;
  }

  /**
   * The validators formats use, as constants rather than lambdas: each lambda is linked the
   * first time its expression runs, and a short scan's start-up paid for dozens of them.
   */
  private enum Check implements Predicate<String> {
    MIXED_ALNUM {
      @Override
      public boolean test(String t) {
        return Entropy.characterClasses(t, 0, t.length()) >= 2 && Entropy.bitsPerChar(t) >= 3.0;
      }
    },
    MIXED_BASE64 {
      @Override
      public boolean test(String t) {
        return Entropy.characterClasses(t, 0, t.length()) >= 3 && Entropy.bitsPerChar(t) >= 3.5;
      }
    },
    URL_PASSWORD {
      @Override
      public boolean test(String v) {
        return !dev.aispm.scanners.data.noise.Decoys.isPlaceholder(v)
            && !dev.aispm.scanners.data.noise.Decoys.isEnvironmentLookup(v)
            && !v.equalsIgnoreCase("password") && !v.equalsIgnoreCase("pass")
            && !v.equalsIgnoreCase("secret") && !v.equalsIgnoreCase("pwd");
      }
    },
    /** The last six characters are the base62 CRC32 of the rest (npm, GitHub). */
    BASE62_CRC32 {
      @Override
      public boolean test(String t) {
        return Checksums.base62Crc32(t, 4);
      }
    },
    /**
     * GitHub refresh tokens may be longer than 40 characters; only 40-character ones carry the
     * checksum, so longer ones are accepted on structure alone.
     */
    GITHUB_CHECKSUM {
      @Override
      public boolean test(String t) {
        return t.length() != 40 || Checksums.base62Crc32(t, 4);
      }
    },
    /** Twitter bearer tokens are URL-encoded and carry a percent sign. */
    URL_ENCODED {
      @Override
      public boolean test(String t) {
        return t.indexOf('%') > 0;
      }
    },
    JWT {
      @Override
      public boolean test(String t) {
        return isJwt(t);
      }
    }
  }

  /** A JWT's header decodes to a JSON object that names an algorithm. */
  static boolean isJwt(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    try {
      byte[] header = Base64.getUrlDecoder().decode(stripPadding(token.substring(0, dot)));
      String json = new String(header, java.nio.charset.StandardCharsets.UTF_8);
      return json.startsWith("{") && json.contains("\"alg\"");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String stripPadding(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '=') {
      end--;
    }
    return s.substring(0, end);
  }
}
