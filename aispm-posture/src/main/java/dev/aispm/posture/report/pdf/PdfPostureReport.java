package dev.aispm.posture.report.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.aispm.posture.report.HtmlPostureReport;
import dev.aispm.posture.report.PostureReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Renders a posture report to PDF (A4, page numbers in the footer). The renderer is given no base
 * URI and the page references nothing outside itself, so rendering never touches the network or
 * the disk.
 */
public final class PdfPostureReport {
  private PdfPostureReport() {}

  public static byte[] render(PostureReport report) throws IOException {
    return render(HtmlPostureReport.render(report));
  }

  /** The PDF of a well-formed XHTML page. */
  public static byte[] render(String xhtml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.withHtmlContent(xhtml, null);
    b.toStream(out);
    b.run();
    return out.toByteArray();
  }
}
