package org.mingjing.publicity.web;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.mingjing.publicity.DecisionDetail;

/**
 * The Atom 1.0 feed (RFC 4287) of the published decisions (seed §二(一)4, 7: open data for other platforms): one
 * entry per decision in publicity, its {@code updated} the time of its last public change, its content the masked
 * text as plain text (escaped by the XML writer; characters XML 1.0 forbids are left out).
 */
final class DecisionAtom {

    static final String NS = "http://www.w3.org/2005/Atom";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private DecisionAtom() {
    }

    /** The feed's texts in the reader's language. */
    record Heading(String title, String author, String language, String self, String alternate) {
    }

    static void write(OutputStream out, Heading heading, String base, List<DecisionDetail.Published> entries,
            Instant now) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml:lang", heading.language());
        element(xml, "id", heading.self());
        element(xml, "title", heading.title());
        Instant updated = entries.stream().map(DecisionDetail.Published::changedAt)
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(now);
        element(xml, "updated", time(updated));
        link(xml, "self", "application/atom+xml", heading.self());
        link(xml, "alternate", "text/html", heading.alternate());
        xml.writeStartElement(NS, "author");
        element(xml, "name", heading.author());
        xml.writeEndElement();
        for (DecisionDetail.Published d : entries) {
            String page = PublicLinks.decision(base, d.id());
            xml.writeStartElement(NS, "entry");
            element(xml, "id", page);
            element(xml, "title", d.title());
            element(xml, "updated", time(d.changedAt() != null ? d.changedAt() : updated));
            if (d.publishedOn() != null) {
                element(xml, "published", time(d.publishedOn().atStartOfDay(CHINA).toInstant()));
            }
            xml.writeStartElement(NS, "author");
            element(xml, "name", d.agencyName());
            xml.writeEndElement();
            link(xml, "alternate", "text/html", page);
            element(xml, "summary", String.join(" · ", nonNull(d.number()), nonNull(d.partyName()),
                    d.decidedOn() == null ? "" : d.decidedOn().toString()));
            xml.writeStartElement(NS, "content");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(clean(d.text()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    static String time(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(CHINA).withNano(0));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The text without the characters XML 1.0 cannot hold (controls other than tab and line ends, lone surrogates). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
