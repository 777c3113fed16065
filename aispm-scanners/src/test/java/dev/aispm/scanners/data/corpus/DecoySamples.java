package dev.aispm.scanners.data.corpus;

import java.util.List;

/**
 * Lines that look like secrets or personal data and are neither. Every scanner must stay silent
 * on all of them: they are what tutorials, configs and synthetic data are full of.
 */
public final class DecoySamples {
  private DecoySamples() {}

  public static List<String> all() {
    return List.of(
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "password = ${DB_PASSWORD}",
        "api_key: \"{{ secrets.OPENAI_API_KEY }}\"",
        "OPENAI_API_KEY=<your-api-key>",
        "export GITHUB_TOKEN=$GITHUB_TOKEN",
        "password = os.environ[\"DB_PASSWORD\"]",
        "api_key = os.getenv('ANTHROPIC_API_KEY')",
        "const token = process.env.SLACK_TOKEN;",
        "String secret = System.getenv(\"CLIENT_SECRET\");",
        "token = dbutils.secrets.get(scope=\"ml\", key=\"hf\")",
        "password: changeme",
        "secret_key = \"your_secret_key_here\"",
        "api_key = \"xxxxxxxxxxxxxxxxxxxxxxxx\"",
        "\"sha256\": \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "password_hash = \"$2b$12$KIXQJ3rJ8xJxg6cU1uYQn.3cJ8S0YHk0r3t0hA1o3V5oJ6m8a9bCq\"",
        "token_hash: 5f4dcc3b5aa765d61d8327deb882cf99",
        "request_id: 3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "\"session_token\": \"123e4567-e89b-12d3-a456-426614174000\"",
        "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkAIZBAbUAAAAWZ3hpcAIzQUlhAKIAFGhwMTdrYXNrLUFLSUFBQkNERUZHSElKS0xNTk9QAAAABJRU5ErkJggg==\">",
        "max_tokens = 4096",
        "\"num_tokens\": 123456789",
        "tokenizer = AutoTokenizer.from_pretrained(\"gpt2\")",
        "\"eos_token\": \"</s>\"",
        "next_page_token = \"CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA0c2JnMBABGAE\"",
        "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"",
        "jwt = eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----",
        "DATABASE_URL=postgres://user:password@localhost:5432/db",
        "DATABASE_URL=postgres://app:${PGPASSWORD}@db:5432/app",
        "mongodb://localhost:27017/test",
        "Contact us at support@example.com or jane.doe@example.org.",
        "git@github.com:org/repo.git",
        "icon@2x.png",
        "Test card 4111 1111 1111 1111 and 4242424242424242 always succeed.",
        "Example IBAN GB82 WEST 1234 5698 7654 32 from the registry.",
        "SSN format is 123-45-6789; 078-05-1120 was the Woolworth card.",
        "Call 555-0142 or (212) 555-0199 in the film.",
        "Version 2.3.14 released on 2024-03-15 at 12:30:45.",
        "order id 1700000000123 shipped to 10.0.12.254",
        "The model reached 0.9234 accuracy after 15000 steps.",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (placeholder)",
        "run task-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL now",
        "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
        "The word password appears here, as does token and secret.",
        "if password == confirm_password: return True",
        "password = get_password(user)",
        "password = self.password",
        "headers = {\"Authorization\": f\"Bearer {token}\"}");
  }
}
