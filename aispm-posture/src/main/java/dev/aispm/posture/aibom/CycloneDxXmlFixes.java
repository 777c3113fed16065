package dev.aispm.posture.aibom;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Repairs the two places where the CycloneDX library's XML writer departs from the 1.6 XSD for
 * the elements an AI-BOM uses (its JSON is right): a model card's dataset reference is wrapped
 * in a {@code <dataset>} element the schema does not have, and a data governance list repeats
 * its own name for its items ({@code <owners><owners>}) where the schema names them in the
 * singular ({@code <owners><owner>}), and calls a person {@code <contact>} where the schema says
 * {@code <individual>}. The schema test holds the result to the XSD, so a library
 * release that fixes its writer leaves nothing here to do and nothing broken.
 */
final class CycloneDxXmlFixes {
  private static final Map<String, String> GOVERNANCE_ITEMS = Map.of("owners", "owner", "custodians", "custodian",
      "stewards", "steward");

  private CycloneDxXmlFixes() {}

  static String apply(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      for (Element datasets : elements(doc, "datasets")) {
        for (Element dataset : children(datasets, "dataset")) {
          List<Element> inner = children(dataset);
          if (inner.size() == 1 && inner.get(0).getLocalName().equals("ref")) {
            datasets.replaceChild(inner.get(0), dataset);
          }
        }
      }
      for (Element governance : elements(doc, "governance")) {
        for (Element list : children(governance)) {
          String item = GOVERNANCE_ITEMS.get(list.getLocalName());
          if (item != null) {
            for (Element wrong : children(list, list.getLocalName())) {
              doc.renameNode(wrong, wrong.getNamespaceURI(), item);
            }
            for (Element party : children(list, item)) {
              for (Element contact : children(party, "contact")) {
                doc.renameNode(contact, contact.getNamespaceURI(), "individual");
              }
            }
          }
        }
      }
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException("CycloneDX XML could not be repaired: " + e.getMessage(), e);
    }
  }

  private static List<Element> elements(Document doc, String localName) {
    NodeList list = doc.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> children(Element parent, String localName) {
    return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
  }
}
