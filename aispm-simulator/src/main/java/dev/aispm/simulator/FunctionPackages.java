package dev.aispm.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The code packages of the simulated Azure function apps and Cloud Functions. Two hide AI use no
 * managed AI service shows: a support bot calling OpenAI through LangChain at a version with a
 * path traversal advisory (PYSEC-2024-43, fixed in 0.1.11), and a ticket router calling Anthropic
 * directly; a third does plain work, for contrast.
 */
public final class FunctionPackages {
  private FunctionPackages() {}

  /** Flex Consumption deployment of the Azure support bot: openai 1.30.1 and langchain 0.1.10. */
  public static byte[] azureSupportBot() {
    return zip(Map.of(
        "function_app.py", "import azure.functions as func\nfrom langchain.chains import LLMChain\n"
            + "from langchain_openai import ChatOpenAI\nimport openai\n\napp = func.FunctionApp()\n\n"
            + "@app.route(route='answer', auth_level=func.AuthLevel.ANONYMOUS)\n"
            + "def answer(req: func.HttpRequest) -> func.HttpResponse:\n"
            + "    llm = ChatOpenAI(model='gpt-4o', base_url='https://api.openai.com/v1')\n"
            + "    return func.HttpResponse(llm.invoke(req.params.get('q')).content)\n",
        "requirements.txt", "azure-functions==1.18.0\nopenai==1.30.1\nlangchain==0.1.10\n",
        ".python_packages/lib/site-packages/openai-1.30.1.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: openai\nVersion: 1.30.1\n",
        ".python_packages/lib/site-packages/langchain-0.1.10.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: langchain\nVersion: 0.1.10\n"));
  }

  /** Run-from-package zip of the Azure invoice function: plain Node.js, no AI. */
  public static byte[] azureInvoiceFunction() {
    return zip(Map.of(
        "src/functions/invoice.js", "const { app } = require('@azure/functions');\n"
            + "app.http('invoice', { handler: async (req) => ({ body: 'ok' }) });\n",
        "package.json", "{\"name\":\"invoice-fn\",\"version\":\"1.0.0\",\"dependencies\":{\"@azure/functions\":\"^4.5.0\"}}\n"));
  }

  /** Cloud Function source of the GCP ticket router: anthropic SDK, langchain 0.1.10. */
  public static byte[] gcpTicketRouter() {
    return zip(Map.of(
        "main.py", "import functions_framework\nimport anthropic\nfrom langchain.prompts import PromptTemplate\n\n"
            + "client = anthropic.Anthropic()\n\n@functions_framework.http\ndef route(request):\n"
            + "    msg = client.messages.create(model='claude-3-5-sonnet-latest', max_tokens=64,\n"
            + "        messages=[{'role': 'user', 'content': request.get_json()['ticket']}])\n"
            + "    return msg.content[0].text\n",
        "requirements.txt", "functions-framework==3.5.0\nanthropic==0.25.0\nlangchain==0.1.10\n"));
  }

  /** A zip of the given files, entries in name order. */
  public static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (var e : new TreeMap<>(files).entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
